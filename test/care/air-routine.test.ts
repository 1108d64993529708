/**
 * The clean-air done-case through the public surfaces of a real hub on the demo home (the
 * simulated zigbee2mqtt bridge on the embedded MQTT broker, the virtual wall-pad, SQLite, HTTP):
 * a routine triggered by the 아이방 CO₂ sensor crossing 1,000 ppm — made by the API, and by voice
 * ("이산화탄소가 1000ppm 넘으면 환기 켜줘") — turns the wall-pad ventilator on, and GET /air shows
 * the risk estimate.
 */
import { connect } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUp, say } from '../assistants/support/hub.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const R = '/api/v1/homes/demo/routines';
const CO2_TOPIC = 'zigbee2mqtt/0x00158d0001a1b2c8';

let h: TestHub;
beforeAll(async () => {
  h = await startTestHub({ faces: { care: { flushMs: 10, evaluateMs: 60_000 } } });
});
afterAll(async () => {
  await h?.stop();
});

async function waitFor<T>(fn: () => Promise<T | undefined> | T | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The CO₂ reading as the sensor reports it on its zigbee2mqtt topic. */
async function co2(ppm: number): Promise<void> {
  const client = connect(h.hub.home('demo')?.runtime.simulatorUrl('zigbee') as string);
  await new Promise<void>((res) => client.once('connect', () => res()));
  await client.publishAsync(CO2_TOPIC, JSON.stringify({ co2: ppm, linkquality: 100 }), { retain: true });
  await client.endAsync();
  await waitFor(async () => {
    const r = await h.api('/api/v1/homes/demo/air');
    return r.body.find((x: any) => x.area === 'kids' && x.co2 === ppm);
  });
}

const fanMode = async (): Promise<number> => {
  const r = await h.api('/api/v1/homes/demo/devices/ventilator');
  expect(r.status).toBe(200);
  return r.body.endpoints[0].clusters.FanControl.FanMode as number;
};

/** Turns the ventilator off through the API (so that each case starts from off). */
async function ventilatorOff(): Promise<void> {
  const r = await h.api('/api/v1/homes/demo/devices/ventilator/commands', {
    method: 'POST',
    body: JSON.stringify({
      endpoint: 'main',
      cluster: 'FanControl',
      command: 'WriteAttributes',
      args: { FanMode: 0 },
    }),
  });
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
  expect(await fanMode()).toBe(0);
}

describe('CO₂ above 1,000 ppm turns the ventilator on under a routine', () => {
  it('an API routine on the 아이방 sensor crossing 1,000 ppm turns the wall-pad ventilator on', async () => {
    await ventilatorOff();
    await co2(870);
    const made = await h.api(R, {
      method: 'POST',
      body: JSON.stringify({
        name: '아이방 환기',
        triggers: [
          {
            type: 'attribute',
            device: 'kids-co2',
            cluster: 'CarbonDioxideConcentrationMeasurement',
            attribute: 'MeasuredValue',
            above: 1000,
          },
        ],
        actions: [
          {
            type: 'command',
            device: 'ventilator',
            cluster: 'FanControl',
            command: 'WriteAttributes',
            args: { FanMode: 1 },
          },
        ],
      }),
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    // Below the threshold nothing happens.
    await co2(990);
    await new Promise((r) => setTimeout(r, 300));
    expect(await fanMode()).toBe(0);
    await co2(1240);
    await waitFor(async () => ((await fanMode()) > 0 ? true : undefined));
    const air = (await h.api('/api/v1/homes/demo/air')).body.find((x: any) => x.area === 'kids');
    expect(air.co2).toBe(1240);
    expect(air.ventilationAdvice).toContain('환기');
    expect(air.infectionRisk.value).toBeGreaterThan(0);
    expect(air.infectionRisk.assumptions.model).toMatch(/Wells–Riley/);
    const runs = (await h.api(`${R}/${made.body.id}/runs`)).body as any[];
    expect(runs[0]).toMatchObject({ outcome: 'success', trigger: { kind: 'attribute', index: 0 } });
    await h.api(`${R}/${made.body.id}`, { method: 'DELETE' });
  });

  it('"이산화탄소가 1000ppm 넘으면 환기 켜줘" by voice makes that routine, and it runs', async () => {
    await ventilatorOff();
    await co2(870);
    const asked = await say(h, {
      text: '지니야, 이산화탄소가 1000ppm 넘으면 환기 켜줘',
      satellite: 'genie-speaker',
    });
    expect(asked.status).toBe(200);
    expect(asked.body.needsInput?.kind, asked.body.response.text).toBe('confirm');
    expect(asked.body.response.text).toContain('아이방 이산화탄소 1000ppm 넘으면');
    expect(asked.body.response.text).toContain('환기 장치');
    // Nothing was done yet: the request is only repeated back.
    expect(await fanMode()).toBe(0);
    const yes = await followUp(h, asked, '네', 'genie-speaker');
    expect(yes.body.response.text).toMatch(/루틴을 만들었어요/);
    const made = ((await h.api(R)).body as any[]).find((r) => r.id === yes.body.intents[0].slots.id);
    expect(made).toMatchObject({ createdVia: 'voice', enabled: true });
    expect(made.triggers).toEqual([
      {
        type: 'attribute',
        device: 'kids-co2',
        endpoint: expect.any(String),
        cluster: 'CarbonDioxideConcentrationMeasurement',
        attribute: 'MeasuredValue',
        above: 1000,
      },
    ]);
    expect(made.actions[0]).toMatchObject({ type: 'command', device: 'ventilator', cluster: 'FanControl' });
    await co2(1100);
    await waitFor(async () => ((await fanMode()) > 0 ? true : undefined));
    const air = (await h.api('/api/v1/homes/demo/air')).body.find((x: any) => x.area === 'kids');
    expect(air.infectionRisk.value).toBeGreaterThan(0);
  });

  it('asks which sensor when a room has none of that measurement, and makes nothing', async () => {
    const before = (await h.api(R)).body.length;
    const r = await say(h, {
      text: '지니야, 안방 이산화탄소가 1000ppm 넘으면 환기 켜줘',
      satellite: 'genie-speaker',
    });
    expect(r.status).toBe(200);
    expect(r.body.needsInput).toBeNull();
    expect(r.body.response.text).toContain('이산화탄소 센서');
    expect((await h.api(R)).body.length).toBe(before);
  });
});
