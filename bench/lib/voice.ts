/**
 * The voice section: the hub (its own process) drives N Wyoming satellites — here Wyoming servers
 * in this process, on the hub's own codec — and a recognizer that answers at once (so its own time
 * is excluded). One utterance: `run-pipeline`, 1 s of tone as 16 kHz PCM, `audio-stop` (the end of
 * speech); measured until the first reply `audio-chunk` arrives. Also: espeak-ng's time to the
 * first audio of a 20-character reply, and the hub's memory per connected satellite.
 */
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { EspeakVoice } from '../../src/voice/tts/espeak.js';
import { WyomingConnection } from '../../src/voice/wyoming/connection.js';
import {
  Client,
  freePort,
  rssOf,
  type Summary,
  sleep,
  startHub,
  summarize,
  tempDir,
  writeFile,
} from './procs.js';
import { log } from './report.js';
import type { BenchOptions } from './sections.js';

const SATELLITES = 20;
const REPLY_20 = '거실 환기 장치를 켰어요. 좋은 하루';
const FORMAT = { rate: 16000, width: 2, channels: 1 };

function tone(ms: number): Buffer {
  const n = Math.round((FORMAT.rate * ms) / 1000);
  const b = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++)
    b.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 220 * i) / FORMAT.rate)), i * 2);
  return b;
}

/** A recognizer that answers every utterance at once, alternating on and off. */
function instantAsr(): Promise<{ server: Server; port: number }> {
  let k = 0;
  const server = createServer((s) => {
    const c = new WyomingConnection(s);
    void (async () => {
      for await (const ev of c.events())
        if (ev.type === 'audio-stop')
          await c.send('transcript', { text: k++ % 2 ? '환기 장치 꺼줘' : '환기 장치 켜줘' });
    })();
  });
  return new Promise((res) =>
    server.listen(0, '127.0.0.1', () => res({ server, port: (server.address() as { port: number }).port })),
  );
}

/** One satellite: a Wyoming server the hub connects to. */
class BenchSatellite {
  conn: WyomingConnection | null = null;
  readonly server: Server;
  #ready: Promise<void>;

  constructor(port: number) {
    let ready!: () => void;
    this.#ready = new Promise((r) => (ready = r));
    this.server = createServer((s) => {
      this.conn = new WyomingConnection(s);
      void this.conn.nextOf(['run-satellite']).then(() => ready());
    });
    this.server.listen(port, '127.0.0.1');
  }

  ready(): Promise<void> {
    return this.#ready;
  }

  /** One utterance; ms from audio-stop to the first reply audio chunk. */
  async utterance(audio: Buffer): Promise<number> {
    const c = this.conn;
    if (!c) throw new Error('satellite not connected');
    await c.send('run-pipeline', { start_stage: 'asr', end_stage: 'tts' });
    await c.send('audio-start', { ...FORMAT, timestamp: 0 });
    for (let i = 0; i < audio.length; i += 2048)
      await c.send('audio-chunk', { ...FORMAT, timestamp: 0 }, audio.subarray(i, i + 2048));
    await c.send('audio-stop', { timestamp: 0 });
    const t0 = performance.now();
    const first = await c.nextOf(['audio-chunk'], 30_000);
    const ms = performance.now() - t0;
    if (!first) throw new Error('the hub closed the satellite');
    await c.nextOf(['audio-stop'], 30_000);
    return ms;
  }
}

export interface VoiceResult {
  satellites: number;
  oneSatellite: Summary;
  manySatellites: Summary;
  ttsFirstAudioMs: Summary;
  hubRssMB: { offline: number; connected: number; afterTurns: number };
  memoryPerSatelliteKB: number;
}

export async function voiceSection(o: BenchOptions): Promise<VoiceResult> {
  // TTS: time to the first audio of a 20-character reply, in this process.
  const voice = new EspeakVoice();
  const tts: number[] = [];
  for (let i = 0; i < (o.quick ? 5 : 20); i++) {
    const t0 = performance.now();
    for await (const _p of voice.speak(REPLY_20)) {
      tts.push(performance.now() - t0);
      break;
    }
  }
  const asr = await instantAsr();
  const ports = await Promise.all(Array.from({ length: SATELLITES }, () => freePort()));
  const sats = ports
    .map(
      (p, i) =>
        `\n  - { id: sat${i}, name: 스피커 ${i}, area: living, assistants: [genie], wyoming: 'tcp://127.0.0.1:${p}' }`,
    )
    .join('');
  const dir = tempDir('yd-bench-voice-');
  const home = writeFile(
    dir,
    'voice.yaml',
    `version: 1
home: { id: bench, name: 벤치 하우스, language: ko-KR, timezone: Asia/Seoul }
areas: [{ id: living, name: 거실 }]
assistants: [{ id: genie, name: 기가지니, provider: KT, wakeWords: [지니야] }]
satellites:${sats}
grants: [{ assistant: '*', privilege: operate }]
voice: { stt: 'wyoming://127.0.0.1:${asr.port}' }
connections:
  - id: wallpad
    adapter: virtual
    tickMs: 100000000
    simulator:
      devices:
        - { externalId: vent-1, type: ventilator, state: { on: false, speed: LOW } }
devices:
  - { id: vent, connection: wallpad, externalId: vent-1, name: 환기 장치, area: living }
`,
  );
  const hub = await startHub({ homes: [home], data: join(dir, 'data'), env: { YEONDONG_LOG: 'warn' } });
  try {
    await sleep(1500);
    const offline = rssOf(hub.pid);
    const satellites = ports.map((p) => new BenchSatellite(p));
    await Promise.all(satellites.map((s) => s.ready()));
    const api = new Client(hub.url, hub.token);
    for (let i = 0; i < 100; i++) {
      const r = await api.req('GET', '/api/v1/homes/bench/voice/satellites');
      if ((r.body as { satellites: Array<{ online: boolean }> }).satellites.every((s) => s.online)) break;
      await sleep(100);
    }
    await sleep(500);
    const connected = rssOf(hub.pid);
    const audio = tone(1000);
    const first = satellites[0] as BenchSatellite;
    const n = o.quick ? 10 : 40;
    for (let i = 0; i < 3; i++) await first.utterance(audio);
    const one: number[] = [];
    for (let i = 0; i < n; i++) one.push(await first.utterance(audio));
    log(`  1 satellite: ${JSON.stringify(summarize(one))}`);
    const many: number[] = [];
    const rounds = o.quick ? 3 : 10;
    // Each satellite pauses 0–1 s (seeded) before each utterance, so they do not talk in lockstep.
    let seed = 7;
    const pause = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed / 2147483648) * 1000;
    };
    await Promise.all(
      satellites.map(async (s) => {
        for (let i = 0; i < rounds; i++) {
          await sleep(pause());
          many.push(await s.utterance(audio));
        }
      }),
    );
    log(`  ${SATELLITES} satellites at once: ${JSON.stringify(summarize(many))}`);
    const afterTurns = rssOf(hub.pid);
    for (const s of satellites) {
      s.conn?.destroy();
      s.server.close();
    }
    const mb = (b: number) => Math.round(b / 1e5) / 10;
    const result: VoiceResult = {
      satellites: SATELLITES,
      oneSatellite: summarize(one),
      manySatellites: summarize(many),
      ttsFirstAudioMs: summarize(tts),
      hubRssMB: { offline: mb(offline), connected: mb(connected), afterTurns: mb(afterTurns) },
      memoryPerSatelliteKB: Math.round((connected - offline) / SATELLITES / 1024),
    };
    log(`  TTS first audio (20 chars): ${JSON.stringify(result.ttsFirstAudioMs)}`);
    log(`  hub RSS MB: ${JSON.stringify(result.hubRssMB)}; per satellite ${result.memoryPerSatelliteKB} KB`);
    return result;
  } finally {
    await hub.kill();
    asr.server.close();
  }
}
