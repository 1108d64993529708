/**
 * A vendor simulator (the c2c cloud, its own process) killed and restarted: its devices go offline
 * and come back; commands in between fail fast with device-offline and are not replayed later.
 */
import { describe, expect, it } from 'vitest';
import {
  Client,
  c2cExecutions,
  commandsOf,
  faultRig,
  report,
  settopAtVendor,
  sleep,
  volume,
  waitFor,
} from './support.js';

describe('a vendor cloud killed and restarted', () => {
  const rig = faultRig('yd-fault-vendor-');

  it('marks devices offline, fails commands fast, brings them back, replays nothing', async () => {
    let sim = await rig.simulator('kt');
    const port = sim.port;
    const hub = await rig.hub([rig.home({ kt: sim.url, settings: { kt: { pollMs: 300 } } })]);
    const client = new Client(hub.url, hub.token);
    const path = commandsOf('settop');
    const online = async () =>
      (await client.get('/api/v1/homes/bench/devices/settop')).body?.online as boolean;

    let acknowledged = 0;
    const ok = await client.post(path, volume(30));
    expect(ok.status).toBe(200);
    acknowledged++;

    sim.proc.kill('SIGKILL');
    await sim.exited;
    // Commands while the vendor is gone: each fails within 1 s with device-offline.
    const failures: Array<{ status: number; code: string; ms: number }> = [];
    for (let i = 0; i < 8; i++) {
      const r = await client.post(path, volume(40 + i));
      failures.push({ status: r.status, code: r.body?.error?.code, ms: r.ms });
      await sleep(150);
    }
    await waitFor('the set-top box offline', async () => !(await online()), 10_000);
    for (const f of failures) {
      expect(f.status).toBe(503);
      expect(f.code).toBe('device-offline');
      expect(f.ms).toBeLessThan(1_000);
    }

    sim = await rig.simulator('kt', port);
    await waitFor('the set-top box back online', online, 15_000);
    // Nothing refused while offline reaches the vendor later.
    await sleep(1_500);
    const replayed = await c2cExecutions(sim.url);
    const after = await client.post(path, volume(55));
    expect(after.status).toBe(200);
    acknowledged++;
    const executions = await c2cExecutions(sim.url);
    const state = await settopAtVendor(sim.url);
    client.close();
    report('vendor-killed-and-restarted', {
      acknowledged,
      lost: state.volume === 55 ? 0 : 1,
      duplicated: replayed + Math.max(0, executions - replayed - 1),
      refusedWhileOffline: failures.length,
      refusedCodes: [...new Set(failures.map((f) => f.code))],
      slowestRefusalMs: Math.round(Math.max(...failures.map((f) => f.ms))),
    });
    expect(replayed).toBe(0);
    expect(executions).toBe(1);
    expect(state.volume).toBe(55);
  });
});
