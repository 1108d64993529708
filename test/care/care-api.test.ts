/**
 * Care and clean air through the public surfaces on the demo home (real simulators, real broker,
 * real SQLite, real HTTP): the fridge door left open becomes a finding naming the compartment, is
 * told by voice and proactively on the chosen satellite, can be dismissed, and closes itself when
 * the door is shut; the 아이방 CO₂ sensor above 1,000 ppm gives ventilation advice, a risk
 * estimate and an airChanged event, and is answered by voice.
 */
import { randomBytes } from 'node:crypto';
import { connect } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusEvents } from '../../src/bus/types.js';
import { loadHomeFile } from '../../src/home/load.js';
import { DEMO_HOME, startTestHub, type TestHub } from '../support/hub.js';

let h: TestHub;
/** The hub's clock runs `offset` ms ahead of the wall clock (the test moves time on). */
let offset = 0;
const airEvents: Array<BusEvents['airChanged']> = [];
const announced: Array<BusEvents['careAnnounced']> = [];

beforeAll(async () => {
  const file = loadHomeFile(DEMO_HOME);
  // Speak at any hour in this test (quiet hours are covered in care-engine.test.ts).
  if (file.care) file.care.quietHours = null;
  h = await startTestHub({
    homes: [file],
    clock: { now: () => Date.now() + offset },
    faces: { care: { flushMs: 10, evaluateMs: 100 } },
  });
  h.hub.ctx.bus.on('airChanged', (e) => airEvents.push(e));
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

const LG = {
  authorization: 'Bearer test',
  'x-country': 'KR',
  'x-client-id': 'test',
  'x-api-key': 'test',
  'x-service-phase': 'OP',
};

async function lgFridge(state: Record<string, unknown>): Promise<void> {
  const base = h.hub.home('demo')?.runtime.simulatorUrl('lg');
  const res = await fetch(`${base}/__sim/devices/lg-fridge-01`, {
    method: 'POST',
    headers: {
      ...LG,
      'x-message-id': randomBytes(16).toString('base64url'),
      'content-type': 'application/json',
    },
    body: JSON.stringify({ state }),
  });
  expect(res.status).toBe(200);
}

const say = (text: string, satellite = 'console') =>
  h.api('/api/v1/homes/demo/conversation', { method: 'POST', body: JSON.stringify({ text, satellite }) });

const care = async (q = '') => (await h.api(`/api/v1/homes/demo/care${q}`)).body as any[];

describe('care findings', () => {
  it('tells a fridge door left open, with the compartment, by voice and proactively', async () => {
    expect((await say('지니야, 우리 집 가전 괜찮아?')).body.response.text).toContain('괜찮아요');
    await lgFridge({ doorOpen: true });
    // The hub saw the door open (history has it), then 10 minutes pass.
    await waitFor(async () => {
      const r = await h.api('/api/v1/homes/demo/devices/fridge/history?attribute=RefrigeratorAlarm.State');
      return r.body.series.some((s: any) => s.points.at(-1)?.value === 1) ? true : undefined;
    });
    offset += 10 * 60_000;
    const f = await waitFor(async () => (await care()).find((x) => x.kind === 'door-left-open'));
    expect(f).toMatchObject({
      deviceId: 'fridge',
      endpoint: 'refrigerator',
      severity: 'critical',
      state: 'open',
    });
    expect(f.evidence.openMinutes).toBeGreaterThanOrEqual(5);
    expect(f.advice).toContain('냉장실');
    const r = await say('지니야, 우리 집 가전 괜찮아?');
    expect(r.status).toBe(200);
    expect(r.body.response.text).toContain('냉장실');
    expect(r.body.response.text).toContain('문');
    const a = await waitFor(async () => announced.find((x) => x.finding === f.id));
    expect(a).toMatchObject({ satellite: 'genie-speaker', assistant: 'genie' });
    expect(a.text).toContain('냉장실');
  });

  it('dismisses a finding (404 for an unknown one) and closes it when the door is shut', async () => {
    const [f] = (await care()).filter((x) => x.kind === 'door-left-open');
    const d = await h.api(`/api/v1/homes/demo/care/${encodeURIComponent(f.id)}/dismiss`, { method: 'POST' });
    expect(d.status).toBe(200);
    expect(d.body.state).toBe('dismissed');
    const none = await h.api('/api/v1/homes/demo/care/nothing-here/dismiss', { method: 'POST' });
    expect(none.status).toBe(404);
    await lgFridge({ doorOpen: false });
    await waitFor(async () => ((await care()).some((x) => x.id === f.id) ? undefined : true));
    const all = await care('?state=all');
    expect(all.find((x) => x.id === f.id)?.state).toBe('closed');
    expect((await h.api('/api/v1/homes/demo/care?state=bogus')).status).toBe(400);
  });
});

describe('clean air', () => {
  it('advises ventilation above 1,000 ppm in 아이방 with a risk estimate, an event and a voice answer', async () => {
    const broker = h.hub.home('demo')?.runtime.simulatorUrl('zigbee') as string;
    const client = connect(broker);
    await new Promise<void>((res) => client.once('connect', () => res()));
    await client.publishAsync(
      'zigbee2mqtt/0x00158d0001a1b2c8',
      JSON.stringify({ co2: 1240, linkquality: 100 }),
      {
        retain: true,
      },
    );
    await client.endAsync();
    const kids = await waitFor(async () => {
      const r = await h.api('/api/v1/homes/demo/air');
      expect(r.status).toBe(200);
      return r.body.find((x: any) => x.area === 'kids' && x.co2 === 1240);
    });
    expect(kids.ventilationAdvice).toContain('환기');
    expect(kids.infectionRisk.value).toBeGreaterThan(0);
    expect(kids.infectionRisk.value).toBeLessThan(1);
    expect(kids.infectionRisk.assumptions.outdoorCo2Ppm).toBe(420);
    expect(airEvents.some((e) => e.area === 'kids' && e.co2 === 1240 && e.level === 'ventilate')).toBe(true);
    const r = await say('지니야 아이방 공기 어때?');
    expect(r.body.response.text).toContain('1240ppm');
    expect(r.body.response.text).toContain('환기');
  });
});
