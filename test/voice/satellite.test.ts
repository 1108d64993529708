/**
 * Real `wyoming-satellite` processes (microphone and speaker on files, no sound card) driven by the
 * hub as Home Assistant drives them. The wake service and the recognizer are TEST DOUBLES built on
 * the `wyoming` library (peers/doubles.py): no Korean wake-word model or recognizer can be had here,
 * so they answer for registered recordings. All audio is real espeak-ng speech.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusEvents } from '../../src/bus/types.js';
import { loadHomeFile } from '../../src/home/load.js';
import { waitUntil } from '../support/commands.js';
import { DEMO_HOME, startTestHub, type TestHub, tempDir } from '../support/hub.js';
import { espeakMissing, PEERS, pythonMissing, SATELLITE_PY, servePy, speechRaw } from './support.js';

const missing = pythonMissing() ?? pythonMissing(SATELLITE_PY) ?? espeakMissing();
if (missing) console.log(`skipped: the Wyoming satellite tests: ${missing}`);

/** A free port for wyoming-satellite, which cannot tell the port it took when given 0. */
const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => res(typeof a === 'object' && a ? a.port : 0));
    });
  });

function satellite(port: number, name: string, mic: string[], snd: string, wakeUri?: string): ChildProcess {
  const py = (script: string, args: string[]) =>
    [SATELLITE_PY, resolve(PEERS, script), ...args].map((a) => `'${a}'`).join(' ');
  const args = [
    '-m',
    'wyoming_satellite',
    '--uri',
    `tcp://127.0.0.1:${port}`,
    '--name',
    name,
    '--no-zeroconf',
    '--mic-command',
    py('mic_player.py', mic),
    '--snd-command',
    py('snd_sink.py', [snd]),
    ...(wakeUri ? ['--wake-uri', wakeUri, '--wake-word-name', '지니야'] : []),
  ];
  return spawn(SATELLITE_PY, args, { stdio: 'ignore' });
}

describe.skipIf(missing)('Wyoming satellites (wyoming-satellite, wake and ASR test doubles)', () => {
  const dir = tempDir('yd-voice-');
  const turns: BusEvents['turnHandled'][] = [];
  const stops: Array<() => void> = [];
  let h: TestHub;
  let speakerPort = 0;
  let budsPort = 0;
  const speakerOut = join(dir, 'speaker.raw');
  const budsOut = join(dir, 'buds.raw');
  let buds: ChildProcess;
  const budsMic: string[] = [];

  beforeAll(async () => {
    const a = (name: string, text: string) => speechRaw(text, join(dir, `${name}.raw`));
    const wake = a('wake', '지니야');
    const lightOn = a('light-on', '거실 불 켜줘');
    const bixby = a('bixby', '빅스비, 거실 불 꺼줘');
    const aria = a('aria', '아리아, 거실 불 켜줘');
    const kakao = a('kakao', '헤이 카카오, 거실 불 꺼줘');
    const door = a('door', '아리아, 현관문 열어줘');
    const stop = a('stop', '아리아, 그만');
    const pin = a('pin', '공오일이');
    const wakeDouble = await servePy('doubles.py', ['wake', `${wake}=지니야`]);
    const asrDouble = await servePy('doubles.py', [
      'asr',
      `${lightOn}=거실 불 켜줘`,
      `${bixby}=빅스비 거실 불 꺼줘`,
      `${aria}=아리아 거실 불 켜줘`,
      `${kakao}=헤이 카카오 거실 불 꺼줘`,
      `${door}=아리아 현관문 열어줘`,
      `${stop}=아리아 그만`,
      `${pin}=공오일이`,
    ]);
    stops.push(wakeDouble.stop, asrDouble.stop);
    speakerPort = await freePort();
    budsPort = await freePort();
    const file = loadHomeFile(DEMO_HOME);
    file.voice = { stt: `wyoming://127.0.0.1:${asrDouble.port}`, tts: 'espeak-ng', language: 'ko-KR' };
    for (const s of file.satellites) {
      if (s.id === 'genie-speaker') s.wyoming = `tcp://127.0.0.1:${speakerPort}`;
      if (s.id === 'galaxy-buds') s.wyoming = `tcp://127.0.0.1:${budsPort}`;
    }
    h = await startTestHub({
      homes: [file],
      faces: { voiceSatellites: { backoffMs: 100, maxBackoffMs: 400 } },
    });
    h.hub.ctx.bus.on('turnHandled', (t) => turns.push(t));
    // The speaker wakes locally on 지니야 (wake test double), then streams the command.
    const speaker = satellite(
      speakerPort,
      'genie-speaker',
      ['silence:1.5', wake, 'silence:0.3', lightOn],
      speakerOut,
      `tcp://127.0.0.1:${wakeDouble.port}`,
    );
    stops.push(() => speaker.kill('SIGKILL'));
    // The earbuds stream always; the wake word in each transcript picks the assistant.
    budsMic.push('silence:1.5', bixby, 'silence:3', aria, 'silence:3', kakao, 'silence:3');
    // A question (the PIN), interrupted by 그만 while it is spoken; then asked again and answered.
    budsMic.push(door, 'silence:0.8', stop, 'silence:3', door, 'silence:5.5', pin);
    buds = satellite(budsPort, 'galaxy-buds', budsMic, budsOut);
    stops.push(() => buds.kill('SIGKILL'));
  }, 60_000);

  afterAll(async () => {
    for (const s of stops) s();
    await h?.stop();
  });

  const light = async () => {
    const d = (await h.api('/api/v1/homes/demo/devices/living-light')).body;
    return d.endpoints.map((e: any) => e.clusters.OnOff?.OnOff).find((v: unknown) => v !== undefined);
  };
  const heard = (satellite: string) => turns.filter((t) => t.satellite === satellite);

  it('the speaker wakes on 지니야, hears "거실 불 켜줘": the light is on and the reply comes back as audio', async () => {
    await waitUntil(() => heard('genie-speaker').length > 0, 25_000, 100);
    const t = heard('genie-speaker')[0];
    expect(t?.assistant).toBe('genie');
    expect(t?.text).toBe('거실 불 켜줘');
    expect(t?.understood).toBe(true);
    expect(t?.actions[0]).toMatchObject({ deviceId: 'living-light', status: 'success' });
    // The spoken reply reached the satellite's speaker: at least half a second of 22 kHz audio.
    await waitUntil(() => existsSync(speakerOut) && statSync(speakerOut).size > 22050, 10_000, 100);
  }, 40_000);

  it('the earbuds route 빅스비, 아리아 and 헤이 카카오 by the wake word in what was said', async () => {
    await waitUntil(() => heard('galaxy-buds').length >= 3, 35_000, 100);
    expect(
      heard('galaxy-buds')
        .slice(0, 3)
        .map((t) => t.assistant),
    ).toEqual(['bixby', 'aria', 'kakao']);
    expect(
      heard('galaxy-buds')
        .slice(0, 3)
        .every((t) => t.actions[0]?.status === 'success'),
    ).toBe(true);
    expect(await light()).toBe(false);
    await waitUntil(() => existsSync(budsOut) && statSync(budsOut).size > 22050, 10_000, 100);
  }, 50_000);

  it('"그만" stops the spoken question; the PIN is spoken ("공오일이") and the door opens', async () => {
    await waitUntil(() => heard('galaxy-buds').length >= 7, 45_000, 100);
    const t = heard('galaxy-buds').slice(3);
    expect(t[0]?.decision).toBe('pin-required');
    expect(t[1]?.intents?.[0]?.intent).toBe('HassStop');
    expect(t[2]?.decision).toBe('pin-required');
    expect(t[3]?.text).not.toContain('0512');
    expect(t[3]?.actions[0]).toMatchObject({ deviceId: 'door', command: 'UnlockDoor', status: 'success' });
    const status = (await h.api('/api/v1/homes/demo/voice/satellites')).body.satellites;
    expect(status.find((s: any) => s.satellite === 'galaxy-buds').repliesStopped).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('a satellite that goes away is shown offline, reconnected when it is back', async () => {
    const status = async () =>
      (await h.api('/api/v1/homes/demo/voice/satellites')).body.satellites.find(
        (s: any) => s.satellite === 'galaxy-buds',
      );
    expect((await status()).online).toBe(true);
    buds.kill('SIGKILL');
    const until = Date.now() + 5000;
    while ((await status()).online && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect((await status()).online).toBe(false);
    buds = satellite(budsPort, 'galaxy-buds', ['silence:1'], budsOut);
    const back = Date.now() + 15_000;
    while (!(await status()).online && Date.now() < back) await new Promise((r) => setTimeout(r, 100));
    expect((await status()).online).toBe(true);
    expect((await status()).reconnects).toBeGreaterThanOrEqual(1);
  }, 30_000);
});
