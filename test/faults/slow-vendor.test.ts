/**
 * A slow vendor (the ThinQ cloud answering after 5 s, its own process) does not delay commands to
 * another vendor (the c2c cloud) through the same hub.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  Client,
  c2cExecutions,
  fridgeTemp,
  homeYaml,
  type Proc,
  report,
  SIM_HOME_YAML,
  startHub,
  startSimulator,
  summarize,
  tempDir,
  volume,
  writeFile,
} from './support.js';

describe('a slow vendor', () => {
  const procs: Proc[] = [];
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.kill('SIGKILL')));
  });

  it('does not delay the other vendors', async () => {
    const dir = tempDir('yd-fault-slow-');
    const simHome = writeFile(dir, 'sim.yaml', SIM_HOME_YAML);
    const [lg, kt] = await Promise.all([
      startSimulator({ home: simHome, connection: 'lg' }),
      startSimulator({ home: simHome, connection: 'kt' }),
    ]);
    procs.push(lg, kt);
    // The LG connection waits up to 8 s, so its 5 s answers are slow successes, not timeouts.
    const home = writeFile(
      dir,
      'home.yaml',
      homeYaml({ lg: lg.url, kt: kt.url, settings: { lg: { timeoutMs: 8000 } } }),
    );
    const hub = await startHub({ homes: [home], data: `${dir}/data` });
    procs.push(hub);
    const client = new Client(hub.url, hub.token);
    const settop = '/api/v1/homes/bench/devices/settop/commands';
    const fridge = '/api/v1/homes/bench/devices/fridge/commands';

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

    const faults = await fetch(`${lg.url}/__sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ delayMs: 5000 }),
    });
    expect(faults.status).toBe(200);
    const t0 = performance.now();
    const slow = [300, 400, 500].map((t) => client.post(fridge, fridgeTemp(t)));
    const during = await run(20, 40);
    const duringElapsed = performance.now() - t0;
    const slowResults = await Promise.all(slow);
    await fetch(`${lg.url}/__sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ delayMs: 0 }),
    });
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
