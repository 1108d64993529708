/**
 * The hub as a Wyoming service, spoken to by the reference `wyoming` library's client: describe →
 * info (handle in Korean, the espeak-ng voice), transcript → handled / not-handled after a real
 * turn on the demo home's console satellite, the spoken PIN on one connection, synthesize → PCM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';
import { espeakMissing, lastJson, pythonMissing, runPy } from './support.js';

const missing = pythonMissing() ?? espeakMissing();
if (missing) console.log(`skipped: the Wyoming service tests: ${missing}`);

describe.skipIf(missing)('serve --wyoming (with the wyoming library as client)', () => {
  let h: TestHub;
  let port = 0;
  const jsonLines = (out: Buffer) =>
    out
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  const fridge = async () => {
    const d = (await h.api('/api/v1/homes/demo/devices/fridge')).body;
    const ep = d.endpoints.find((e: any) => e.tags?.includes?.('Refrigerator') || e.id === 'refrigerator');
    return ep.clusters.TemperatureControl.TemperatureSetpoint as number;
  };

  beforeAll(async () => {
    let line = '';
    h = await startTestHub({ faces: { wyoming: { port: 0, announce: (l) => (line = l) } } });
    port = Number(/tcp:\/\/127\.0\.0\.1:(\d+)/.exec(line)?.[1]);
    expect(port).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('describe → info: a handle program in Korean and the built-in Korean voice', async () => {
    const info = lastJson(await runPy('client.py', ['127.0.0.1', String(port), 'describe']));
    expect(info.handle).toHaveLength(1);
    expect(info.handle[0].models[0].languages).toEqual(['ko']);
    expect(info.handle[0].models[0].name).toBe('demo');
    expect(info.tts[0].name).toBe('espeak-ng');
    expect(info.tts[0].voices[0].languages).toEqual(['ko']);
  });

  it('"지니야 냉장고 온도 3도로 낮춰줘" → handled, and the fridge is at 3 °C', async () => {
    expect(await fridge()).not.toBe(300);
    const a = lastJson(
      await runPy('client.py', ['127.0.0.1', String(port), 'transcript', '지니야 냉장고 온도 3도로 낮춰줘']),
    );
    expect(a.type).toBe('handled');
    expect(a.text).toMatch(/3/);
    expect(await fridge()).toBe(300);
  });

  it('nothing understood → not-handled; an empty transcript → error', async () => {
    const out = jsonLines(
      await runPy('client.py', ['127.0.0.1', String(port), 'transcript', '지니야 블라블라 쿵짝쿵짝', '']),
    );
    expect(out[0].type).toBe('not-handled');
    expect(out[1].type).toBe('error');
  });

  it('the PIN is asked and spoken on the same connection ("공오일이")', async () => {
    const out = jsonLines(
      await runPy('client.py', ['127.0.0.1', String(port), 'transcript', '지니야 현관문 열어줘', '공오일이']),
    );
    expect(out[0].type).toBe('handled');
    expect(out[0].text).toMatch(/비밀번호/);
    expect(out[1].type).toBe('handled');
    const door = (await h.api('/api/v1/homes/demo/devices/door')).body;
    const lock = door.endpoints
      .map((e: any) => e.clusters.DoorLock?.LockState)
      .find((v: any) => v !== undefined);
    expect(lock).toBe(2);
  });

  it('synthesize → audio-start, chunks and audio-stop of 16-bit mono PCM', async () => {
    const r = lastJson(
      await runPy('client.py', ['127.0.0.1', String(port), 'synthesize', '거실 불을 켰어요']),
    );
    expect(r.start).toEqual({ rate: 22050, width: 2, channels: 1 });
    expect(r.chunks).toBeGreaterThan(3);
    expect(r.bytes).toBeGreaterThan(22050);
  });
});
