/**
 * `npm run bench:nlu`: time per utterance of the Korean engine over the demo home plus 1,000
 * generated devices, for in-domain commands and out-of-domain input. Prints p50/p95/p99 and the machine.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { light, plug, primaryDeviceType } from '../src/model/devices.js';
import type { DeviceDescription } from '../src/model/types.js';
import { koreanUnderstander } from '../src/nlu/ko/index.js';
import { demoHome } from '../test/nlu/support/demo-home.js';

const ROOMS = ['거실', '주방', '안방', '작은방', '아이방', '현관', '베란다'];
const WORDS = [
  '스탠드',
  '무드등',
  '간접등',
  '식탁등',
  '벽등',
  '수면등',
  '멀티탭',
  '가습기',
  '제습기',
  '선풍기',
];

function extraDevices(n: number): DeviceDescription[] {
  const out: DeviceDescription[] = [];
  for (let i = 0; i < n; i++) {
    const word = WORDS[i % WORDS.length] as string;
    const area = ['living', 'kitchen', 'master', 'study', 'kids', 'entrance', 'balcony'][i % 7] as string;
    const endpoints = i % 3 === 0 ? plug(false) : light({ on: false, level: 100 });
    out.push({
      id: `extra-${i}`,
      name: `${ROOMS[i % 7]} ${word} ${i + 1}호`,
      aliases: [`${word}${i + 1}`],
      area,
      connection: 'bench',
      online: true,
      deviceType: primaryDeviceType(endpoints),
      endpoints,
    });
  }
  return out;
}

const IN_DOMAIN = [
  '냉장고 온도 3도로 낮춰줘',
  '지니 TV 채널 KBS1으로 바꿔줘',
  '거실 불 끄고 TV도 꺼줘',
  '볼륨 세 칸 올려',
  '채널 십일번',
  '냉동실 영하 20도로',
  '투니버스 틀어줘',
  '에어컨 제습으로 틀어줘',
  '거실 조명 밝기 50%로 해줘',
  '커튼 반만 열어',
  '현관문 잠가줘',
  '청소기 돌려',
  '세탁기 일시정지',
  '냉장고 몇 도야?',
  '거실 스탠드 17호 켜줘',
  '무드등42 꺼',
  '모든 불 꺼',
  '안방 난방 25.5도로',
  '공기청정기 강풍으로',
  '지금 몇 시야',
];
const OUT_OF_DOMAIN = [
  '',
  '오늘 점심 뭐 먹지',
  '피자 주문해줘',
  '🤖🤖🤖',
  'こんにちは',
  'Hello, how are you?',
  '\u0000\u0001\u0002',
  '가'.repeat(10_000),
  'ㅋㅋㅋㅋㅋ',
  '엄마한테 전화해줘',
];

function measure(texts: string[], rounds: number, run: (t: string) => void): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const a = performance.now();
      run(t);
      times.push(performance.now() - a);
    }
  }
  return times.sort((x, y) => x - y);
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const ms = (v: number) => `${(v * 1000).toFixed(1)} µs`;

const base = demoHome();
const home = { areas: base.areas, devices: [...base.devices, ...extraDevices(1000)] };
const ctx = {
  satelliteArea: 'living',
  satellitePlayer: 'genie-speaker',
  pending: null,
  now: Date.now(),
  timezone: 'Asia/Seoul',
};
const run = (t: string) => {
  koreanUnderstander.understand(t, home, ctx);
};

const t0 = performance.now();
run('거실 불 켜줘'); // builds the index of this home once
const indexMs = performance.now() - t0;
measure(IN_DOMAIN, 200, run); // warm-up
const inDomain = measure(IN_DOMAIN, 1000, run);
const ood = measure(OUT_OF_DOMAIN, 1000, run);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: ${cpu.trim()}, ${cpus().length} cores, Node ${process.version}`);
console.log(
  `home: ${home.devices.length} devices (demo home + 1,000 generated), first-call index build ${indexMs.toFixed(1)} ms`,
);
for (const [label, t] of [
  ['in-domain', inDomain],
  ['out-of-domain', ood],
] as const) {
  console.log(
    `${label.padEnd(14)} n=${t.length}  p50 ${ms(pct(t, 50))}  p95 ${ms(pct(t, 95))}  p99 ${ms(pct(t, 99))}  max ${ms(t[t.length - 1] ?? 0)}`,
  );
}
const p95 = pct(inDomain, 95);
console.log(p95 < 0.2 ? 'goal met: p95 < 0.2 ms per utterance' : 'goal missed: p95 >= 0.2 ms per utterance');
