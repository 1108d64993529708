/** Numbers, PINs, particles, garbage input, ambiguity and the HA line protocol. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runNluHa, understandHa } from '../../src/nlu/ko/ha.js';
import { koreanUnderstander, parseKoreanNumber, parseSpokenDigits } from '../../src/nlu/ko/index.js';
import { withJosa } from '../../src/nlu/ko/text.js';
import { ctxFor, demoDevices, demoHome } from './support/demo-home.js';

const home = demoHome();

describe('numbers', () => {
  it.each([
    ['3', 3],
    ['삼', 3],
    ['이십오', 25],
    ['십일', 11],
    ['백', 100],
    ['열다섯', 15],
    ['스물두', 22],
    ['세', 3],
    ['영하 3', -3],
    ['마이너스 2.5', -2.5],
    ['삼점오', 3.5],
    ['이십삼 점 오', 23.5],
    ['천이백', 1200],
  ])('%s → %d', (text, n) => {
    expect(parseKoreanNumber(text)).toBe(n);
  });
  it('rejects words that are not numbers', () => {
    expect(parseKoreanNumber('사과')).toBeNull();
    expect(parseKoreanNumber('')).toBeNull();
  });
});

describe('spoken digits', () => {
  it.each([
    ['공오일이', '0512'],
    ['0512', '0512'],
    ['영 오 일 이', '0512'],
    ['공오일이요', '0512'],
    ['비밀번호는 공오일이', '0512'],
    ['0-5-1-2', '0512'],
  ])('%s → %s', (text, pin) => {
    expect(parseSpokenDigits(text)).toBe(pin);
  });
  it.each(['', '안녕', '공오일이 켜줘', 'abc'])('%s → null', (text) => {
    expect(parseSpokenDigits(text)).toBeNull();
  });
});

describe('particles', () => {
  it.each([
    ['냉장고', '을/를', '냉장고를'],
    ['거실 조명', '을/를', '거실 조명을'],
    ['TV', '을/를', 'TV를'],
    ['3도', '으로/로', '3도로'],
    ['KBS1', '으로/로', 'KBS1로'],
    ['MBC', '으로/로', 'MBC로'],
    ['20', '으로/로', '20으로'],
    ['15', '으로/로', '15로'],
    ['50%', '으로/로', '50%로'],
    ['현관문', '은/는', '현관문은'],
    ['거실 조명', '와/과', '거실 조명과'],
    ['거실 TV', '와/과', '거실 TV와'],
    ['10', '이/가', '10이'],
  ])('%s + %s', (w, p, out) => {
    expect(withJosa(w, p as '을/를')).toBe(out);
  });
});

describe('garbage and out-of-domain input', () => {
  const junk = [
    '',
    ' ',
    'x'.repeat(10_000),
    '가'.repeat(10_000),
    '🤖'.repeat(500),
    '\u0000\u0007\u001b[31m',
    'Привет мир',
    'مرحبا',
    '你好世界',
    '\uD800',
    '냉장고'.repeat(200),
  ];
  it.each(junk.map((j) => [j.slice(0, 20), j]))('%j', (_label, text) => {
    const u = koreanUnderstander.understand(text, home, ctxFor());
    expect(u.understood).toBe(false);
    expect(u.actions).toEqual([]);
    expect(u.answer).toContain('못 알아들었어요');
  });
  it('never throws on non-string input', () => {
    const u = koreanUnderstander.understand(undefined as unknown as string, home, ctxFor());
    expect(u.understood).toBe(false);
  });
});

describe('ambiguity', () => {
  it('asks which TV and takes the answer in the next turn', () => {
    const u = koreanUnderstander.understand('TV 켜줘', home, ctxFor('console'));
    expect(u.ask?.kind).toBe('choice');
    expect(u.ask?.text).toBe('거실 TV와 안방 TV 중 어느 것을 켤까요?');
    expect(u.ask?.options.map((o) => o.id)).toEqual(['settop', 'bedroom-tv']);
    for (const [answer, id] of [
      ['안방', 'bedroom-tv'],
      ['안방 TV', 'bedroom-tv'],
      ['거실 거', 'settop'],
      ['두 번째', 'bedroom-tv'],
      ['첫 번째 거', 'settop'],
    ] as const) {
      const next = koreanUnderstander.understand(answer, home, ctxFor('console', u.ask?.pending));
      expect(next.actions.map((a) => `${a.deviceId} ${a.command}`)).toEqual([`${id} On`]);
    }
    const both = koreanUnderstander.understand('둘 다', home, ctxFor('console', u.ask?.pending));
    expect(both.actions).toHaveLength(2);
  });
  it('asks which cabinet and carries the answer ("하칸") back to the request', () => {
    for (const [first, answer, want] of [
      ['김치냉장고 온도 낮춰', '하칸', 'kimchi/lower SetTemperature TargetTemperature=0'],
      ['김치냉장고 온도 낮춰', '아래 칸', 'kimchi/lower SetTemperature TargetTemperature=0'],
      ['김치냉장고 2도로', '윗칸', 'kimchi/upper SetTemperature TargetTemperature=200'],
      ['김치가 너무 얼었어', '하칸', 'kimchi/lower SetTemperature TargetTemperature=200'],
      ['김치가 너무 얼었어', '상칸이요', 'kimchi/upper SetTemperature TargetTemperature=0'],
    ] as const) {
      const u = koreanUnderstander.understand(first, home, ctxFor('console'));
      expect(u.ask?.options.map((o) => o.label)).toEqual(['김치냉장고 상칸', '김치냉장고 하칸']);
      const next = koreanUnderstander.understand(answer, home, ctxFor('console', u.ask?.pending));
      const got = next.actions.map(
        (a) =>
          `${a.deviceId}/${a.endpoint} ${a.command} ${Object.entries(a.args)
            .map(([k, v]) => `${k}=${String(v)}`)
            .join(',')}`,
      );
      expect(got).toEqual([want]);
    }
    const u = koreanUnderstander.understand('김치냉장고 온도 낮춰', home, ctxFor('console'));
    const both = koreanUnderstander.understand('둘 다', home, ctxFor('console', u.ask?.pending));
    expect(both.actions.map((a) => a.endpoint)).toEqual(['upper', 'lower']);
  });
  it('carries a device kind answered to its own question back ("난방" → the heating)', () => {
    for (const [first, answer, want] of [
      ['거실이 덥다', '난방', 'heat-living WriteAttributes'],
      ['거실 너무 더워', '보일러요', 'heat-living WriteAttributes'],
      ['거실이 후끈하네', '난방 쪽', 'heat-living WriteAttributes'],
      ['거실이 덥다', '에어컨', 'aircon On'],
    ] as const) {
      const u = koreanUnderstander.understand(first, home, ctxFor('genie-speaker'));
      expect(u.ask?.options.map((o) => o.id)).toEqual(['aircon', 'heat-living']);
      const next = koreanUnderstander.understand(answer, home, ctxFor('genie-speaker', u.ask?.pending));
      expect(next.actions.map((a) => `${a.deviceId} ${a.command}`)).toEqual([want]);
    }
    const tv = koreanUnderstander.understand('TV 켜줘', home, ctxFor('console'));
    const again = koreanUnderstander.understand('TV', home, ctxFor('console', tv.ask?.pending));
    expect(again.actions).toHaveLength(0);
  });
  it('treats an unrelated answer as a new request', () => {
    const u = koreanUnderstander.understand('TV 켜줘', home, ctxFor('console'));
    const next = koreanUnderstander.understand('거실 불 꺼줘', home, ctxFor('console', u.ask?.pending));
    expect(next.actions.map((a) => a.deviceId)).toEqual(['living-light']);
  });
});

describe('intent names', () => {
  // "잠가" locks a door (Home Assistant: a lock is turned on to lock it) but closes a valve
  it('names locking a door HassTurnOn and closing the gas valve with the same verb HassTurnOff', () => {
    const door = koreanUnderstander.understand('현관문 잠가줘', home, ctxFor());
    expect(door.actions.map((a) => `${a.cluster}.${a.command}`)).toEqual(['DoorLock.LockDoor']);
    expect(door.intents.map((i) => i.intent)).toEqual(['HassTurnOn']);
    const gas = koreanUnderstander.understand('가스 밸브 잠가줘', home, ctxFor());
    expect(gas.actions.map((a) => `${a.cluster}.${a.command}`)).toEqual([
      'ValveConfigurationAndControl.Close',
    ]);
    expect(gas.intents.map((i) => i.intent)).toEqual(['HassTurnOff']);
  });
});

describe('replies after errors', () => {
  it('explains an out-of-range temperature', () => {
    const u = koreanUnderstander.understand('냉장고 10도로 맞춰줘', home, ctxFor());
    const action = u.actions[0];
    expect(action).toBeDefined();
    if (!action) return;
    const r = koreanUnderstander.reply(
      u,
      [{ action, status: 'error', error: { code: 'value-out-of-range' } }],
      home,
    );
    expect(r).toBe('냉장고 냉장실은 1도에서 7도 사이로만 맞출 수 있어요.');
  });
  it('says when a device is offline', () => {
    const u = koreanUnderstander.understand('거실 불 켜줘', home, ctxFor());
    const action = u.actions[0];
    if (!action) throw new Error('no action');
    const r = koreanUnderstander.reply(
      u,
      [{ action, status: 'error', error: { code: 'device-offline' } }],
      home,
    );
    expect(r).toBe('거실 조명이 지금 연결되어 있지 않아요.');
  });
});

describe('state answers', () => {
  /** The demo home with one attribute of one device's endpoint changed. */
  function homeWith(changes: Array<[string, string, string, string, unknown]>) {
    const devices = demoDevices();
    for (const [id, ep, cluster, name, value] of changes) {
      const e = devices.find((d) => d.id === id)?.endpoints.find((x) => x.id === ep);
      const c = e?.clusters[cluster] as Record<string, unknown> | undefined;
      if (!c) throw new Error(`no ${id}/${ep} ${cluster}`);
      c[name] = value;
    }
    return demoHome(devices);
  }
  const answer = (text: string, h = home) => koreanUnderstander.understand(text, h, ctxFor()).answer;

  it('says what a switched-on device is on at, in sentences', () => {
    expect(answer('주방 불 켜져 있어?')).toBe('주방 조명은 켜져 있어요. 밝기 79%예요.');
    expect(answer('안방 난방 켜져 있어?')).toBe('안방 난방은 켜져 있어요. 설정 온도 23도예요.');
    expect(answer('로봇청소기 뭐 해')).toBe('로봇청소기는 쉬고 있어요. 배터리는 90% 남았어요.');
    const cooling = homeWith([
      ['aircon', 'main', 'OnOff', 'OnOff', true],
      ['aircon', 'main', 'Thermostat', 'SystemMode', 3],
    ]);
    expect(answer('에어컨 상태 어때', cooling)).toBe('에어컨은 켜져 있어요. 냉방 24도, 바람 자동이에요.');
    const drying = homeWith([
      ['aircon', 'main', 'OnOff', 'OnOff', true],
      ['aircon', 'main', 'Thermostat', 'SystemMode', 8],
    ]);
    expect(answer('에어컨 어떻게 돼 있어', drying)).toBe('에어컨은 켜져 있어요. 제습, 바람 자동이에요.');
    expect(answer('에어컨 상태 어때')).toBe('에어컨은 꺼져 있어요.');
  });

  it('tells the lights of a group together: which are on, the rest off', () => {
    expect(answer('불 다 꺼져 있어?')).toBe('주방 조명은 켜져 있어요. 나머지는 꺼져 있어요.');
    const two = homeWith([['master-light', 'main', 'OnOff', 'OnOff', true]]);
    expect(answer('집에 불 켜진 데 있어?', two)).toBe(
      '주방 조명, 안방 조명은 켜져 있어요. 나머지는 꺼져 있어요.',
    );
    const none = homeWith([['kitchen-light', 'main', 'OnOff', 'OnOff', false]]);
    expect(answer('불 다 꺼져 있어?', none)).toBe('조명은 모두 꺼져 있어요.');
    // one light asked is told alone
    expect(answer('거실 불 꺼져 있어?')).toBe('거실 조명은 꺼져 있어요.');
  });

  it('answers a temperature asked after a request about a light from the room, not the light', () => {
    for (const text of ['불 켜 주고 지금 몇 도야?', '거실 불 켜 줘 그리고 여기 온도 몇 도야?']) {
      const u = koreanUnderstander.understand(text, home, ctxFor());
      expect(u.actions.map((a) => `${a.deviceId} ${a.command}`)).toEqual(['living-light On']);
      expect(u.answer).toContain('23.5도');
    }
  });
});

describe('Home Assistant line protocol', () => {
  it('answers one line per line, in order, and survives bad lines', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString()));
    const done = runNluHa(input, output);
    input.write(
      `${JSON.stringify({ sentence: '불 켜줘', entities: [{ name: '거실 조명', domain: 'light', area: '거실' }], areas: ['거실'], contextArea: '거실' })}\n`,
    );
    input.write('not json\n');
    input.write('{"sentence": 42}\n');
    input.write(`${JSON.stringify({ sentence: '몇 시야', entities: [], areas: [] })}\n`);
    input.end();
    await done;
    const lines = chunks
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { intent: 'HassTurnOn', slots: { domain: 'light' } },
      { intent: null, slots: {} },
      { intent: null, slots: {} },
      { intent: 'HassGetCurrentTime', slots: {} },
    ]);
  });
  it('understands natural phrasings beyond the suite', () => {
    const ents = [
      { name: '거실 조명', domain: 'light', area: '거실' },
      { name: '무드등', domain: 'light', area: '침실' },
    ];
    expect(
      understandHa({ sentence: '무드등 좀 켜 줄래요', entities: ents, areas: ['거실', '침실'] }),
    ).toEqual({
      intent: 'HassTurnOn',
      slots: { name: '무드등' },
    });
    expect(understandHa({ sentence: '거실불꺼', entities: ents, areas: ['거실', '침실'] }).intent).toBe(
      'HassTurnOff',
    );
    expect(understandHa({ sentence: '무드등 밝기 삼십 퍼센트로', entities: ents, areas: [] }).slots).toEqual({
      name: '무드등',
      brightness: 30,
    });
  });
});
