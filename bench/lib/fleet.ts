/**
 * A fleet of hub processes (`serve --fleet`) on the machine's PostgreSQL and NATS, for the fleet
 * test and `npm run bench -- --fleet`: generated homes, a fresh schema and fresh stream/buckets per
 * run (dropped by `stopFleet`), one data folder per node, one shared YEONDONG_SECRET_KEY.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'nats';
import pg from 'pg';
import { writeFleetHomes } from './fleet-homes.js';
import { Client, type Proc, type Res, sleep, spawnYd, tempDir } from './procs.js';

export const PG_URL = process.env.YEONDONG_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
export const NATS_URL = process.env.YEONDONG_TEST_NATS ?? 'nats://127.0.0.1:4222';

export interface Fleet {
  dir: string;
  homes: string[];
  schema: string;
  stream: string;
  ttlMs: number;
  key: string;
  /** Node name → its process (null while stopped). */
  nodes: Map<string, Proc | null>;
  clients: Map<string, Client>;
}

export async function startFleet(o: { nodes: number; homes: number; ttlMs: number; parent?: string }) {
  const run = randomBytes(4).toString('hex');
  const dir = tempDir('yd-fleet-');
  const f: Fleet = {
    dir,
    homes: writeFleetHomes(join(dir, 'homes'), o.homes),
    schema: `yd_fleet_${run}`,
    stream: `YD_FLEET_${run}`,
    ttlMs: o.ttlMs,
    key: randomBytes(32).toString('base64'),
    nodes: new Map(),
    clients: new Map(),
  };
  await Promise.all(Array.from({ length: o.nodes }, (_, i) => startNode(f, `n${i + 1}`)));
  return f;
}

export async function startNode(f: Fleet, name: string): Promise<Proc> {
  const p = await spawnYd(
    [
      'serve',
      '--fleet',
      name,
      '--homes',
      join(f.dir, 'homes'),
      '--data',
      join(f.dir, name),
      '--port',
      '0',
      '--store',
      `${PG_URL}?schema=${f.schema}`,
      '--bus',
      `${NATS_URL}?stream=${f.stream}&subjects=${f.stream.toLowerCase()}`,
    ],
    {
      env: { YEONDONG_SECRET_KEY: f.key, YEONDONG_FLEET_TTL_MS: String(f.ttlMs) },
      timeoutMs: 120_000,
    },
  );
  f.nodes.set(name, p);
  f.clients.get(name)?.close();
  f.clients.set(name, new Client(p.url, '', 64));
  return p;
}

/** The owner tokens, from the node data folders that created them. */
export function fleetTokens(f: Fleet): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const name of f.nodes.keys()) {
    const d = join(f.dir, name, 'tokens');
    if (!existsSync(d)) continue;
    for (const file of readdirSync(d)) {
      tokens.set(file.replace(/\.token$/, ''), readFileSync(join(d, file), 'utf8').trim());
    }
  }
  return tokens;
}

export const liveNodes = (f: Fleet) => [...f.nodes].filter(([, p]) => p !== null).map(([n]) => n);
const pickLive = (f: Fleet, node: string | undefined) => (node && f.nodes.get(node) ? node : undefined);

let rr = 0;
/** A request for a home through the live nodes in turn; `via` picks one. */
export async function homeRequest(
  f: Fleet,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  via?: string,
): Promise<Res & { node: string }> {
  const live = liveNodes(f);
  const node = via ?? (live[rr++ % live.length] as string);
  const c = f.clients.get(node) as Client;
  const r = await c.req(method, path, body, { authorization: `Bearer ${token}`, ...headers }, 30_000);
  return { ...r, node };
}

export interface CommandOutcome {
  home: string;
  key: string;
  /** The command id of a 200 (acknowledged), else null. */
  commandId: string | null;
  status: number;
  attempts: number;
  ms: number;
}

/**
 * One command as a careful client sends it: an Idempotency-Key, retried on a 503, a 409 (the key's
 * first run is unknown) or a broken connection, through the next node, for up to `forMs`.
 */
export async function sendCommand(
  f: Fleet,
  token: string,
  home: string,
  key: string,
  amount: number,
  forMs = 30_000,
  via?: (home: string) => string | undefined,
): Promise<CommandOutcome> {
  const t0 = performance.now();
  const until = Date.now() + forMs;
  let attempts = 0;
  let status = 0;
  for (;;) {
    attempts++;
    try {
      const r = await homeRequest(
        f,
        token,
        'POST',
        `/api/v1/homes/${home}/devices/heat/commands`,
        {
          endpoint: 'main',
          cluster: 'Thermostat',
          command: 'SetpointRaiseLower',
          args: { Mode: 0, Amount: amount },
        },
        { 'idempotency-key': key },
        attempts === 1 ? pickLive(f, via?.(home)) : undefined,
      );
      status = r.status;
      if (r.status === 200) {
        return { home, key, commandId: r.body.commandId, status, attempts, ms: performance.now() - t0 };
      }
      if (r.status !== 503 || Date.now() > until) break;
    } catch {
      status = -1; // the node went away mid-request
      if (Date.now() > until) break;
    }
    await sleep(100);
  }
  return { home, key, commandId: null, status, attempts, ms: performance.now() - t0 };
}

/** Waits until every home answers (through any live node); returns the ms it took. */
export async function waitAllServed(f: Fleet, tokens: Map<string, string>, forMs = 60_000): Promise<number> {
  const t0 = performance.now();
  const pending = new Set(f.homes);
  const until = Date.now() + forMs;
  while (pending.size > 0) {
    await Promise.all(
      [...pending].map(async (h) => {
        const r = await homeRequest(f, tokens.get(h) ?? '', 'GET', `/api/v1/homes/${h}/devices`).catch(
          () => null,
        );
        if (r?.status === 200) pending.delete(h);
      }),
    );
    if (pending.size === 0) break;
    if (Date.now() > until) throw new Error(`homes not served after ${forMs} ms: ${[...pending].join(', ')}`);
    await sleep(200);
  }
  return performance.now() - t0;
}

/** Which node serves each home now (the `x-yeondong-node` header of the owner's answers). */
export async function placement(f: Fleet, tokens: Map<string, string>): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  await Promise.all(
    f.homes.map(async (h) => {
      const r = await homeRequest(f, tokens.get(h) ?? '', 'GET', `/api/v1/homes/${h}`).catch(() => null);
      const n = r?.headers['x-yeondong-node'];
      if (r?.status === 200 && typeof n === 'string') owners.set(h, n);
    }),
  );
  return owners;
}

/** The command log in PostgreSQL: id → how many rows, and successes per home. */
export async function commandLog(f: Fleet): Promise<Array<{ id: string; home: string; status: string }>> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    const r = await c.query(`SELECT id, home, status FROM "${f.schema}".commands`);
    return r.rows as Array<{ id: string; home: string; status: string }>;
  } finally {
    await c.end();
  }
}

/** Stops every node (SIGTERM), drops the schema, deletes the stream and the KV buckets. */
export async function stopFleet(f: Fleet): Promise<void> {
  await Promise.all([...f.nodes.values()].map((p) => p?.kill('SIGTERM')));
  for (const c of f.clients.values()) c.close();
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${f.schema}" CASCADE`).finally(() => c.end());
  const nc = await connect({ servers: NATS_URL });
  const jsm = await nc.jetstreamManager();
  for (const s of [f.stream, `KV_${f.stream}_fleet_nodes`, `KV_${f.stream}_fleet_leases`]) {
    await jsm.streams.delete(s).catch(() => {});
  }
  await nc.close();
}

/** Stops one node (kill -9 with SIGKILL; SIGTERM hands its homes over) and waits for the exit. */
export async function stopNode(f: Fleet, name: string, signal: NodeJS.Signals): Promise<void> {
  const p = f.nodes.get(name);
  if (!p) return;
  await p.kill(signal);
  f.nodes.set(name, null);
}

/** Commands sent steadily to random homes through all nodes until `stop()`; their outcomes. */
export function steadyLoad(
  f: Fleet,
  tokens: Map<string, string>,
  workers: number,
  tag: string,
  via?: (home: string) => string | undefined,
) {
  const outcomes: CommandOutcome[] = [];
  let running = true;
  let n = 0;
  const loops = Array.from({ length: workers }, async (_, w) => {
    while (running) {
      const i = n++;
      const home = f.homes[(i * 7 + w) % f.homes.length] as string;
      const amount = i % 2 === 0 ? 1 : -1;
      outcomes.push(
        await sendCommand(f, tokens.get(home) ?? '', home, `${tag}-${w}-${i}`, amount, 30_000, via),
      );
    }
  });
  return {
    outcomes,
    async stop(): Promise<CommandOutcome[]> {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/** Waits until every home's owner token is written (by the node that first served it). */
export async function waitTokens(f: Fleet, forMs = 120_000): Promise<Map<string, string>> {
  const until = Date.now() + forMs;
  for (;;) {
    const tokens = fleetTokens(f);
    if (tokens.size >= f.homes.length) return tokens;
    if (Date.now() > until) throw new Error(`owner tokens missing after ${forMs} ms`);
    await sleep(200);
  }
}
