/**
 * The failing-compressor done-case through the public surfaces of a real hub on the demo home:
 * the LG simulator's refrigerator loses part of its cooling (its fault-injection surface), the hub
 * records the warmer compartment, and after most of a day (the hub's clock moved on) care finds a
 * failing compressor on the refrigerator compartment — not the freezer — and tells it by voice in
 * Korean, when asked and proactively on the household's satellite.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusEvents } from '../../src/bus/types.js';
import { loadHomeFile } from '../../src/home/load.js';
import { DEMO_HOME, startTestHub, type TestHub } from '../support/hub.js';

let h: TestHub;
let offset = 0;
const announced: Array<BusEvents['careAnnounced']> = [];

beforeAll(async () => {
  const file = loadHomeFile(DEMO_HOME);
  if (file.care) file.care.quietHours = null;
  h = await startTestHub({
    homes: [file],
    clock: { now: () => Date.now() + offset },
    faces: { care: { flushMs: 10, evaluateMs: 100 } },
  });
  h.hub.ctx.bus.on('careAnnounced', (e) => announced.push(e));
});
afterAll(async () => {
  await h?.stop();
});

async function waitFor<T>(fn: () => Promise<T | undefined>, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The LG simulator's test surface: overwrite the refrigerator's vendor state. */
async function lgFridge(state: Record<string, unknown>): Promise<void> {
  const base = h.hub.home('demo')?.runtime.simulatorUrl('lg');
  const res = await fetch(`${base}/__sim/devices/lg-fridge-01`, {
    method: 'POST',
    headers: {
      authorization: 'Bearer test',
      'x-country': 'KR',
      'x-client-id': 'test',
      'x-api-key': 'test',
      'x-service-phase': 'OP',
      'x-message-id': randomBytes(16).toString('base64url'),
      'content-type': 'application/json',
    },
    body: JSON.stringify({ state }),
  });
  expect(res.status).toBe(200);
}

const say = (text: string, satellite = 'genie-speaker') =>
  h.api('/api/v1/homes/demo/conversation', { method: 'POST', body: JSON.stringify({ text, satellite }) });

describe('a failing compressor told by voice', () => {
  it('names the refrigerator compartment and the compressor in Korean, asked and proactively', async () => {
    expect((await say('지니야, 우리 집 가전 괜찮아?')).body.response.text).toContain('괜찮아요');
    // A quarter of the cooling lost: the shut compartment settles about 3 °C above its 3 °C setpoint.
    await lgFridge({ coolingLoss: 0.24, fridgeCurrentC: 6 });
    await waitFor(async () => {
      const r = await h.api(
        '/api/v1/homes/demo/devices/fridge/history?attribute=TemperatureMeasurement.MeasuredValue&endpoint=refrigerator',
      );
      return r.body.series[0]?.points.some((p: any) => p.value >= 550) ? true : undefined;
    });
    // Not yet: one warm reading is no failing compressor.
    const early = (await h.api('/api/v1/homes/demo/care')).body as any[];
    expect(early.some((f) => f.kind === 'compressor-failing')).toBe(false);
    offset += 20 * 3_600_000;
    const f = await waitFor(async () =>
      ((await h.api('/api/v1/homes/demo/care')).body as any[]).find((x) => x.kind === 'compressor-failing'),
    );
    expect(f).toMatchObject({ deviceId: 'fridge', endpoint: 'refrigerator', state: 'open' });
    expect(f.evidence.meanExcessC).toBeGreaterThanOrEqual(2);
    const r = await say('지니야, 우리 집 가전 괜찮아?');
    expect(r.status).toBe(200);
    expect(r.body.response.text).toContain('냉장실');
    expect(r.body.response.text).toContain('컴프레서');
    expect(r.body.response.text).not.toContain('냉동실');
    const a = await waitFor(async () => announced.find((x) => x.finding === f.id));
    expect(a).toMatchObject({ satellite: 'genie-speaker', assistant: 'genie' });
    expect(a.text).toContain('냉장실');
  });
});
