/**
 * kill -9 of the hub in the middle of a stream of acknowledged commands, then a restart on the same
 * data: every acknowledged command is in the command log with its effect in the state; nothing is
 * missing; nothing is executed twice (counted at the vendor simulator, a separate process), not
 * even when the client retries with the same Idempotency-Key.
 */
import { describe, expect, it } from 'vitest';
import {
  attr,
  Client,
  c2cExecutions,
  commandsOf,
  faultRig,
  type Hub,
  report,
  settopAtVendor,
  sleep,
  volume,
  waitFor,
} from './support.js';

const ROUNDS = 3;

describe('kill -9 of the hub during a command stream', () => {
  const rig = faultRig('yd-fault-kill-');

  it('loses no acknowledged command and executes none twice', async () => {
    const sim = await rig.simulator('kt');
    const home = rig.home({ kt: sim.url, settings: { kt: { pollMs: 300 } } });
    const cmdPath = commandsOf('settop');

    const acked: Array<{ key: string; id: string; level: number }> = [];
    let inFlight: { key: string; level: number } | null = null;
    let unacknowledgedSent = 0;
    let duplicated = 0;
    let retriedExecuted = 0;
    const executionsBefore = await c2cExecutions(sim.url);
    let lastLevel: number | null = null;
    let lastCutOff: number | null = null;

    let hub: Hub = await rig.hub([home]);
    for (let round = 0; round < ROUNDS; round++) {
      const client = new Client(hub.url, hub.token);
      let stop = false;
      const stream = (async () => {
        for (let i = 0; !stop; i++) {
          const key = `r${round}-${i}`;
          const level = 5 + ((round * 37 + i) % 90);
          inFlight = { key, level };
          try {
            const res = await client.post(cmdPath, volume(level), { 'idempotency-key': key });
            expect(res.status, JSON.stringify(res.body)).toBe(200);
            acked.push({ key, id: res.body.commandId, level });
            lastLevel = level;
            inFlight = null;
          } catch {
            return; // the hub died under this request
          }
        }
      })();
      // Kill at a moment that varies per round, in the middle of the stream.
      await waitFor('some acknowledged commands', async () => acked.length >= (round + 1) * 15, 20_000, 5);
      await sleep(37 * round);
      hub.proc.kill('SIGKILL');
      await hub.exited;
      stop = true;
      await stream;
      client.close();
      const pending = inFlight as { key: string; level: number } | null;
      if (pending) unacknowledgedSent++;
      lastCutOff = pending?.level ?? null;

      hub = await rig.hub([home]);
      const c2 = new Client(hub.url, hub.token);
      // The first request of this round's keys that were cut off: retried once with the same key.
      const before = await c2cExecutions(sim.url);
      if (pending) {
        const retry = await c2.post(cmdPath, volume(pending.level), { 'idempotency-key': pending.key });
        // 200 (its first outcome, or a first execution if the crash came before the hub saw it)
        // or 409 (cut off mid-way: not repeated). Never a second execution.
        expect([200, 409]).toContain(retry.status);
        const after = await c2cExecutions(sim.url);
        if (after > before) {
          retriedExecuted++;
          if (retry.status === 200) lastLevel = pending.level;
        }
        if (retry.status === 200 && retry.headers['idempotent-replayed'] === 'true') {
          expect(after).toBe(before);
        }
      }
      // Every acknowledged key replays its first outcome and executes nothing.
      const replayBefore = await c2cExecutions(sim.url);
      for (const a of acked.slice(-20)) {
        const r = await c2.post(cmdPath, volume(a.level), { 'idempotency-key': a.key });
        expect(r.status).toBe(200);
        expect(r.body.commandId).toBe(a.id);
      }
      duplicated += (await c2cExecutions(sim.url)) - replayBefore;
      c2.close();
    }

    // Nothing is replayed by surprise after the restart.
    const settled = await c2cExecutions(sim.url);
    await sleep(1_500);
    duplicated += (await c2cExecutions(sim.url)) - settled;

    const client = new Client(hub.url, hub.token);
    const log = await client.get('/api/v1/homes/bench/commands?limit=1000');
    const byId = new Map<string, any>((log.body as any[]).map((c) => [c.id, c]));
    const lost = acked.filter((a) => byId.get(a.id)?.status !== 'success').length;
    // Executions at the vendor: each acknowledged command once, plus at most one per cut-off request
    // (it may have reached the vendor before the kill), plus retries that ran for the first time.
    const executions = (await c2cExecutions(sim.url)) - executionsBefore;
    const allowed = acked.length + unacknowledgedSent + retriedExecuted;
    duplicated += Math.max(0, executions - allowed);
    // The effect is in the state: the hub (after its restart) shows the last acknowledged level.
    const device = await waitFor('the set-top box online', async () => {
      const d = (await client.get('/api/v1/homes/bench/devices/settop')).body;
      return d?.online ? d : null;
    });
    const simState = await settopAtVendor(sim.url);
    client.close();
    report('kill-9-hub', {
      acknowledged: acked.length,
      lost,
      duplicated,
      rounds: ROUNDS,
      cutOffRequests: unacknowledgedSent,
      vendorExecutions: executions,
    });
    expect(lost).toBe(0);
    expect(duplicated).toBe(0);
    expect(executions).toBeGreaterThanOrEqual(acked.length);
    expect(attr(device, 'speaker', 'LevelControl', 'CurrentLevel')).toBe(simState.volume);
    // …which is the last acknowledged level, or the cut-off request's if that reached the vendor.
    expect([lastLevel, lastCutOff]).toContain(simState.volume);
  });
});
