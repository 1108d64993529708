/**
 * A slow vendor (the ThinQ cloud answering after 5 s, its own process) does not delay commands to
 * another vendor (the c2c cloud) through the same hub.
 */
import { describe, expect, it } from 'vitest';
import {
  Client,
  c2cExecutions,
  commandsOf,
  faultRig,
  fridgeTemp,
  report,
  summarize,
  volume,
} from './support.js';

/** The LG simulator's injected answer delay (POST /__sim/faults). */
const delayAnswers = (simUrl: string, delayMs: number) =>
  fetch(`${simUrl}/__sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ delayMs }),
  });

describe('a slow vendor', () => {
  const rig = faultRig('yd-fault-slow-');

  it('does not delay the other vendors', async () => {
    const [lg, kt] = await Promise.all([rig.simulator('lg'), rig.simulator('kt')]);
    // The LG connection waits up to 8 s, so its 5 s answers are slow successes, not timeouts.
    const home = rig.home({ lg: lg.url, kt: kt.url, settings: { lg: { timeoutMs: 8000 } } });
    const hub = await rig.hub([home]);
    const client = new Client(hub.url, hub.token);
    const settop = commandsOf('settop');
    const fridge = commandsOf('fridge');

    const run = async (n: number, from: number) => {
      const ms: number[] = [];
      for (let i = 0; i < n; i++) {
        const r = await client.post(settop, volume(from + i));
        expect(r.status).toBe(200);
        ms.push(r.ms);
      }
      return ms;
    };
    const executions0 = await c2cExecutions(kt.url);
    const baseline = await run(20, 10);

    const faults = await delayAnswers(lg.url, 5000);
    expect(faults.status).toBe(200);
    const t0 = performance.now();
    const slow = [300, 400, 500].map((t) => client.post(fridge, fridgeTemp(t)));
    const during = await run(20, 40);
    const duringElapsed = performance.now() - t0;
    const slowResults = await Promise.all(slow);
    await delayAnswers(lg.url, 0);
    const executions = (await c2cExecutions(kt.url)) - executions0;
    client.close();

    const b = summarize(baseline);
    const d = summarize(during);
    const slowOk = slowResults.filter((r) => r.status === 200).length;
    report('slow-vendor', {
      acknowledged: 40 + slowOk,
      lost: 0,
      duplicated: Math.max(0, executions - 40),
      otherVendorBaselineMs: { p50: b.p50, p95: b.p95, max: b.max },
      otherVendorDuringMs: { p50: d.p50, p95: d.p95, max: d.max },
      slowVendorMs: slowResults.map((r) => Math.round(r.ms)),
    });
    // The other vendor's commands all finished while the slow ones were still waiting…
    expect(duringElapsed).toBeLessThan(4_500);
    // …each well under a second, and not meaningfully slower than before.
    expect(d.max).toBeLessThan(1_000);
    expect(d.p95).toBeLessThan(Math.max(b.p95 * 3, b.p95 + 100));
    // The slow ones succeed after the vendor's 5 s.
    for (const r of slowResults) {
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.ms).toBeGreaterThanOrEqual(4_900);
    }
    expect(executions).toBe(40);
  });
});
