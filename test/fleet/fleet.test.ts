/**
 * A fleet of three hub processes (`serve --fleet`) on the machine's PostgreSQL and NATS JetStream
 * (a fresh schema, stream and KV buckets per run, removed after): 30 generated homes, a steady load
 * of commands across all homes through all nodes, kill -9 of a node, its restart, and a rolling
 * restart (SIGTERM) of all three. Every acknowledged command is in the command log exactly once,
 * no command runs twice, and every home is served again. (The full size is `npm run bench -- --fleet`.)
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  type CommandOutcome,
  commandLog,
  type Fleet,
  homeRequest,
  liveNodes,
  NATS_URL,
  PG_URL,
  placement,
  startFleet,
  startNode,
  steadyLoad,
  stopFleet,
  stopNode,
  waitAllServed,
  waitTokens,
} from '../../bench/lib/fleet.js';

const NODES = 3;
const BIN = join(import.meta.dirname, '../../bin/yeondong.js');

/** Runs the CLI to its end (at most 45 s), with the output it wrote. */
function runYd(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((res) => {
    const p = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (b) => (stdout += b));
    p.stderr.on('data', (b) => (stderr += b));
    const kill = setTimeout(() => p.kill('SIGKILL'), 45_000);
    p.on('close', (code) => {
      clearTimeout(kill);
      res({ code, stdout, stderr });
    });
  });
}
const HOMES = 30;
const TTL_MS = 3000;

let f: Fleet;
let tokens: Map<string, string>;

beforeAll(async () => {
  f = await startFleet({ nodes: NODES, homes: HOMES, ttlMs: TTL_MS });
  // Every home's owner token is written once, by the node that first served it.
  tokens = await waitTokens(f, 60_000);
  expect(tokens.size).toBe(HOMES);
}, 180_000);

afterAll(async () => {
  if (f) await stopFleet(f);
}, 60_000);

/** Every acknowledged command is in the log once, as a success; no home ran more than it was sent. */
async function checkLog(outcomes: CommandOutcome[]): Promise<void> {
  const log = await commandLog(f);
  const ids = new Map<string, number>();
  for (const r of log) ids.set(r.id, (ids.get(r.id) ?? 0) + 1);
  const acked = outcomes.filter((o) => o.commandId !== null);
  expect(acked.length).toBeGreaterThan(0);
  for (const o of acked) {
    expect(ids.get(o.commandId as string), `command ${o.key}`).toBe(1);
    expect(log.find((r) => r.id === o.commandId)?.status).toBe('success');
  }
  // Keys sent per home vs successes logged per home: a key never ran twice.
  const sent = new Map<string, number>();
  for (const o of outcomes) sent.set(o.home, (sent.get(o.home) ?? 0) + 1);
  const done = new Map<string, number>();
  for (const r of log) if (r.status === 'success') done.set(r.home, (done.get(r.home) ?? 0) + 1);
  for (const [home, n] of done) expect(n, home).toBeLessThanOrEqual(sent.get(home) ?? 0);
}

describe('a fleet of hubs on PostgreSQL and NATS JetStream', () => {
  const all: CommandOutcome[] = [];

  it('spreads the homes over the nodes, and any node answers any home as its owner would', async () => {
    await waitAllServed(f, tokens);
    const owners = await placement(f, tokens);
    expect(owners.size).toBe(HOMES);
    const per = new Map<string, number>();
    for (const n of owners.values()) per.set(n, (per.get(n) ?? 0) + 1);
    expect(per.size).toBe(NODES);
    const home = f.homes[0] as string;
    const token = tokens.get(home) as string;
    for (const node of liveNodes(f)) {
      const r = await homeRequest(f, token, 'GET', `/api/v1/homes/${home}/devices`, undefined, {}, node);
      expect(r.status).toBe(200);
      expect(r.body.map((d: { id: string }) => d.id).sort()).toEqual(['door', 'heat']);
      // A bad token or another home's token is refused as the owner refuses it, on every node.
      const bad = await homeRequest(
        f,
        'yd_nope',
        'GET',
        `/api/v1/homes/${home}/devices`,
        undefined,
        {},
        node,
      );
      expect(bad.status).toBe(401);
      const other = tokens.get(f.homes[1] as string) as string;
      const wrong = await homeRequest(f, other, 'GET', `/api/v1/homes/${home}/devices`, undefined, {}, node);
      expect(wrong.status).toBe(404);
      // A route that names no home finds it by the token.
      const me = await homeRequest(f, token, 'GET', '/api/v1/me', undefined, {}, node);
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ home, role: 'owner' });
    }
  }, 60_000);

  it("streams a home's events over WebSocket from a node that does not serve it", async () => {
    const owners = await placement(f, tokens);
    const home = f.homes[2] as string;
    const other = liveNodes(f).find((n) => n !== owners.get(home)) as string;
    const url = (f.nodes.get(other)?.url ?? '').replace('http', 'ws');
    const token = tokens.get(home) as string;
    const ws = new WebSocket(`${url}/api/v1/homes/${home}/events`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const seen: Array<{ type: string; command?: string }> = [];
    ws.on('message', (d) => seen.push(JSON.parse(String(d))));
    await new Promise<void>((res, rej) => {
      const t = setTimeout(() => rej(new Error('no hello')), 15_000);
      const check = setInterval(() => {
        if (seen.some((m) => m.type === 'hello')) {
          clearTimeout(t);
          clearInterval(check);
          res();
        }
      }, 20);
    });
    const r = await homeRequest(
      f,
      token,
      'POST',
      `/api/v1/homes/${home}/devices/heat/commands`,
      {
        endpoint: 'main',
        cluster: 'Thermostat',
        command: 'SetpointRaiseLower',
        args: { Mode: 0, Amount: 1 },
      },
      { 'idempotency-key': 'ws-1' },
      owners.get(home),
    );
    expect(r.status).toBe(200);
    all.push({ home, key: 'ws-1', commandId: r.body.commandId, status: 200, attempts: 1, ms: r.ms });
    const until = Date.now() + 10_000;
    while (!seen.some((m) => m.type === 'commandExecuted') && Date.now() < until) {
      await new Promise((res) => setTimeout(res, 50));
    }
    expect(seen.find((m) => m.type === 'commandExecuted')).toMatchObject({ command: 'SetpointRaiseLower' });
    ws.close();
  }, 60_000);

  it('kill -9 of a node: its homes are served again by the others, no acknowledged command is lost or run twice', async () => {
    const load = steadyLoad(f, tokens, 4, 'kill');
    await new Promise((r) => setTimeout(r, 1500));
    const owners = await placement(f, tokens);
    const victim = 'n2';
    const itsHomes = [...owners].filter(([, n]) => n === victim).map(([h]) => h);
    await stopNode(f, victim, 'SIGKILL');
    const t0 = Date.now();
    await waitAllServed(f, tokens, 30_000);
    const after = await placement(f, tokens);
    for (const h of itsHomes) expect(after.get(h)).not.toBe(victim);
    // Bounded: the lease TTL plus a few ticks (loose on a loaded CI machine; measured in the bench).
    expect(Date.now() - t0).toBeLessThan(TTL_MS + 20_000);
    await startNode(f, victim);
    await new Promise((r) => setTimeout(r, 3000));
    all.push(...(await load.stop()));
    await waitAllServed(f, tokens);
    await checkLog(all);
  }, 120_000);

  it('a rolling restart (SIGTERM, one node after the other) loses nothing and serves every home again', async () => {
    const load = steadyLoad(f, tokens, 4, 'roll');
    for (const name of [...f.nodes.keys()]) {
      const t0 = Date.now();
      await stopNode(f, name, 'SIGTERM');
      // A graceful stop hands its homes over within the 5 s SIGTERM allows.
      expect(Date.now() - t0).toBeLessThan(5000);
      await startNode(f, name);
    }
    await new Promise((r) => setTimeout(r, 2000));
    const outcomes = await load.stop();
    all.push(...outcomes);
    // Clients retrying with the same key through the next node saw every command acknowledged.
    const failed = outcomes.filter((o) => o.commandId === null);
    expect(failed).toEqual([]);
    await waitAllServed(f, tokens);
    const owners = await placement(f, tokens);
    expect(new Set(owners.values()).size).toBe(NODES);
    await checkLog(all);
  }, 240_000);

  it('a node whose port is taken says so in one line and exits 1, and the others serve on', async () => {
    const taken = createServer();
    await new Promise<void>((res) => taken.listen({ host: '127.0.0.1', port: 0 }, res));
    const port = (taken.address() as { port: number }).port;
    try {
      const r = await runYd(
        [
          'serve',
          '--fleet',
          'late',
          '--homes',
          join(f.dir, 'homes'),
          '--data',
          join(f.dir, 'late'),
          '--port',
          String(port),
          '--store',
          `${PG_URL}?schema=${f.schema}`,
          '--bus',
          `${NATS_URL}?stream=${f.stream}&subjects=${f.stream.toLowerCase()}`,
        ],
        { YEONDONG_SECRET_KEY: f.key, YEONDONG_FLEET_TTL_MS: String(f.ttlMs) },
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(String(port));
      expect(r.stdout).not.toContain('listening on');
    } finally {
      taken.close();
    }
    await waitAllServed(f, tokens);
  }, 60_000);
});
