/**
 * The history route over real HTTP on the demo home: a command's new state is in the history, raw
 * and stepped; bad parameters are 400 and change nothing; hidden or unknown devices are 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';

let h: TestHub;

beforeAll(async () => {
  h = await startTestHub({ faces: { care: { flushMs: 10 } } });
});
afterAll(async () => {
  await h?.stop();
});

const history = (q: string, device = 'fridge') => h.api(`/api/v1/homes/demo/devices/${device}/history?${q}`);

async function waitFor<T>(fn: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('GET /devices/{id}/history', () => {
  it('has the setpoint a command wrote, raw and by step', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const r = await h.api('/api/v1/homes/demo/devices/fridge/commands', {
      method: 'POST',
      body: JSON.stringify({
        endpoint: 'refrigerator',
        cluster: 'TemperatureControl',
        command: 'SetTemperature',
        args: { TargetTemperature: 500 },
      }),
    });
    expect(r.status).toBe(200);
    const q = `attribute=TemperatureControl.TemperatureSetpoint&endpoint=refrigerator&from=${from}`;
    const body = await waitFor(async () => {
      const res = await history(q);
      expect(res.status).toBe(200);
      return res.body.series[0]?.points.length > 0 ? res.body : undefined;
    });
    expect(body.device).toBe('fridge');
    expect(body.step).toBeNull();
    expect(body.series[0].endpoint).toBe('refrigerator');
    expect(body.series[0].points.map((p: any) => p.value)).toEqual([400, 500]);
    const stepped = await history(`${q}&step=1h`);
    expect(stepped.status).toBe(200);
    expect(stepped.body.step).toBe(3_600_000);
    // One hourly bucket: the setpoint care found at start (the demo's 4 °C) and the new 5 °C.
    expect(stepped.body.series[0].points).toHaveLength(1);
    expect(stepped.body.series[0].points[0]).toMatchObject({ value: 450, min: 400, max: 500 });
  });

  it('refuses bad parameters with 400', async () => {
    for (const q of [
      '',
      'attribute=nodot',
      'attribute=A.B&from=yesterday',
      'attribute=A.B&to=2026-12-01T00:00',
      'attribute=A.B&from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z',
      'attribute=A.B&from=2020-01-01T00:00:00Z&to=2026-12-01T00:00:00Z',
      'attribute=A.B&step=5x',
      'attribute=A.B&step=0s',
      'attribute=A.B&from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z&step=1s',
      'attribute=A.B&color=red',
    ]) {
      const r = await history(q);
      expect(r.status, q).toBe(400);
      expect(r.body.error.code, q).toBe('invalid-request');
    }
  });

  it('is 404 for an unknown device and 401 without a token', async () => {
    expect((await history('attribute=A.B', 'nope')).status).toBe(404);
    const r = await h.api('/api/v1/homes/demo/devices/fridge/history?attribute=A.B', { token: null });
    expect(r.status).toBe(401);
  });
});
