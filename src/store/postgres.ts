/**
 * The operators' store: PostgreSQL, for one hub (or several) serving many homes. Same semantics as
 * SqliteStore (src/store/sqlite.ts): every write is committed before its promise resolves, a
 * command's outcome and the state it produced are one transaction, idempotency keys live 24 h.
 *
 * - Durability: every connection runs with synchronous_commit = on, so a commit has reached the
 *   server's WAL on disk (and its synchronous standbys, if the operator configured any) before the
 *   reply.
 * - Homes are kept apart by a `home` column in every table and a `home = $1` in every query.
 * - Tables live in one schema (default `yeondong`), created at open() if missing; tests use a
 *   fresh schema per run and drop it afterwards.
 * - Any failure of the database (unreachable, restarting, disk full, …) becomes a HubError
 *   'storage-unavailable' (503): the caller may retry later.
 */

import type { Pool, PoolClient } from 'pg';
import { HubError } from '../model/errors.js';
import type { ClusterStates } from '../model/types.js';
import type { CompactResult, HistoryPolicy, HistoryQuery, HistorySeries, Sample } from './history.js';
import { historyDdl, PostgresHistory } from './postgres-history.js';
import { COMMAND_COLUMNS, commandFromRow, commandValues } from './rows.js';
import type {
  AuditRecord,
  CommandRecord,
  EventRecord,
  IdempotentResult,
  Store,
  StoredDevice,
} from './types.js';

const DAY = 24 * 3600 * 1000;
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database (libpq-style parameters allowed). */
  url: string;
  /** The schema holding the hub's tables; default `yeondong`. */
  schema?: string;
  /** Connections in the pool; default 10. */
  poolSize?: number;
  /** How long to wait for a connection before failing with storage-unavailable; default 5000 ms. */
  connectTimeoutMs?: number;
}

type Row = Record<string, unknown>;
type Patch = { device: string; endpoint: string; cluster: string; attrs: Record<string, unknown> };

/**
 * Reads `?schema=NAME` off a postgres:// URL (a hub option, not a libpq one) and returns the URL
 * without it.
 */
export function splitSchema(url: string): { url: string; schema: string | undefined } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { url, schema: undefined };
  }
  const schema = u.searchParams.get('schema') ?? undefined;
  u.searchParams.delete('schema');
  return { url: u.toString(), schema };
}

/** host:port/database of a URL, never its password (for messages). */
function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'the configured database';
  }
}

function storageError(err: unknown, what = 'write'): HubError {
  if (err instanceof HubError) return err;
  const e = err as { code?: string; message?: string };
  const reason = e.code ? `${e.code}: ${e.message ?? ''}` : String(e.message ?? err);
  return new HubError('storage-unavailable', 503, `the hub cannot ${what} its data (${reason})`);
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
/** SQLite treats a negative LIMIT as "no limit"; PostgreSQL uses LIMIT NULL (ALL) for that. */
const lim = (n: number): number | null => (n < 0 ? null : Math.floor(n));

export class PostgresStore implements Store {
  readonly #url: string;
  readonly #schema: string;
  readonly #poolSize: number;
  readonly #connectTimeoutMs: number;
  #pool: Pool | null = null;
  readonly #history: PostgresHistory;
  /** Table names, schema-qualified and quoted. */
  readonly #t: Record<'homes' | 'devices' | 'commands' | 'events' | 'audit' | 'idempotency' | 'kv', string>;

  constructor(opts: PostgresStoreOptions) {
    const schema = opts.schema ?? 'yeondong';
    if (!SCHEMA_NAME.test(schema)) {
      throw new Error(
        `PostgreSQL schema name '${schema}' must be letters, digits and _ (at most 63), not starting with a digit`,
      );
    }
    this.#url = opts.url;
    this.#schema = schema;
    this.#poolSize = opts.poolSize ?? 10;
    this.#connectTimeoutMs = opts.connectTimeoutMs ?? 5000;
    const q = (t: string) => `"${schema}"."${t}"`;
    this.#t = {
      homes: q('homes'),
      devices: q('devices'),
      commands: q('commands'),
      events: q('events'),
      audit: q('audit'),
      idempotency: q('idempotency'),
      kv: q('kv'),
    };
    this.#history = new PostgresHistory(
      schema,
      (sql, values, what) => this.#q(sql, values, what),
      (fn) => this.#tx(fn),
    );
  }

  /** The schema this store uses. */
  get schema(): string {
    return this.#schema;
  }

  get #p(): Pool {
    if (!this.#pool) throw new HubError('storage-unavailable', 503, 'the store is not open');
    return this.#pool;
  }

  async #q(sql: string, values: unknown[] = [], what = 'read'): Promise<Row[]> {
    try {
      return (await this.#p.query(sql, values)).rows as Row[];
    } catch (err) {
      throw storageError(err, what);
    }
  }

  /** Runs fn in one transaction on one connection; commits (durably) or rolls back. */
  async #tx<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
      client = await this.#p.connect();
    } catch (err) {
      throw storageError(err);
    }
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      try {
        await client.query('ROLLBACK');
      } catch (e) {
        broken = e as Error;
      }
      throw storageError(err);
    } finally {
      // A connection whose ROLLBACK failed is not given back to the pool.
      client.release(broken);
    }
  }

  async open(): Promise<void> {
    if (this.#pool) return;
    // Loaded here: a hub on the default SQLite store never loads the PostgreSQL client.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: this.#url,
      max: this.#poolSize,
      connectionTimeoutMillis: this.#connectTimeoutMs,
      idleTimeoutMillis: 30_000,
      application_name: 'yeondong',
      // Set at connection start-up, before any query: a commit is durable before the reply even if
      // the role or database defaults to synchronous_commit = off.
      options: '-c synchronous_commit=on',
      // A stuck statement fails (storage-unavailable) instead of holding a request forever.
      statement_timeout: 15_000,
      keepAlive: true,
    });
    // An idle connection that dies (server restart) must not crash the process; the next query
    // gets a fresh one or fails with storage-unavailable.
    pool.on('error', () => {});
    try {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        // Two hubs opening the same schema at once must not race on CREATE … IF NOT EXISTS.
        await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`yeondong-schema:${this.#schema}`]);
        await c.query(this.#ddl());
        await c.query('COMMIT');
        c.release();
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {});
        c.release(err as Error);
        throw err;
      }
    } catch (err) {
      await pool.end().catch(() => {});
      const e = err as { code?: string; message?: string };
      throw new HubError(
        'storage-unavailable',
        503,
        `the hub cannot open its data in PostgreSQL at ${where(this.#url)} (${e.code ?? ''}${e.code ? ': ' : ''}${e.message ?? String(err)}): is the server running and the database there?`,
      );
    }
    this.#pool = pool;
  }

  #ddl(): string {
    const t = this.#t;
    const s = `"${this.#schema}"`;
    // JSON columns are `json` (kept as written, like SQLite's TEXT), times are ms since the epoch
    // as double precision (exact for integers; SQLite accepts fractions there too).
    return `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${t.homes} (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ${t.devices} (
  home TEXT NOT NULL, id TEXT NOT NULL, online BOOLEAN NOT NULL, endpoints JSON NOT NULL,
  PRIMARY KEY (home, id));
CREATE TABLE IF NOT EXISTS ${t.commands} (
  seq BIGINT GENERATED ALWAYS AS IDENTITY, home TEXT NOT NULL, id TEXT NOT NULL, origin TEXT NOT NULL,
  device TEXT NOT NULL, endpoint TEXT NOT NULL, cluster TEXT NOT NULL, command TEXT NOT NULL,
  args JSON NOT NULL, status TEXT NOT NULL, error_code TEXT, started_at DOUBLE PRECISION NOT NULL,
  finished_at DOUBLE PRECISION, vendor_ms DOUBLE PRECISION,
  PRIMARY KEY (home, id));
CREATE INDEX IF NOT EXISTS commands_home ON ${t.commands} (home, started_at, seq);
CREATE TABLE IF NOT EXISTS ${t.events} (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, home TEXT NOT NULL,
  at DOUBLE PRECISION NOT NULL, type TEXT NOT NULL, payload JSON NOT NULL);
CREATE INDEX IF NOT EXISTS events_home ON ${t.events} (home, seq);
CREATE TABLE IF NOT EXISTS ${t.audit} (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, home TEXT NOT NULL, record JSON NOT NULL);
CREATE INDEX IF NOT EXISTS audit_home ON ${t.audit} (home, seq);
CREATE TABLE IF NOT EXISTS ${t.idempotency} (
  home TEXT NOT NULL, key TEXT NOT NULL, at DOUBLE PRECISION NOT NULL, result JSON NOT NULL,
  PRIMARY KEY (home, key));
CREATE INDEX IF NOT EXISTS idempotency_at ON ${t.idempotency} (home, at);
CREATE TABLE IF NOT EXISTS ${t.kv} (
  home TEXT NOT NULL, key TEXT COLLATE "C" NOT NULL, value TEXT NOT NULL, PRIMARY KEY (home, key));
CREATE INDEX IF NOT EXISTS kv_key ON ${t.kv} (key);
${historyDdl(this.#schema)}`;
  }

  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = null;
    await pool?.end().catch(() => {});
  }

  async upsertHome(home: { id: string; name: string }): Promise<void> {
    await this.#q(
      `INSERT INTO ${this.#t.homes} (id, name) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name`,
      [home.id, home.name],
      'write',
    );
  }

  async loadDevices(home: string): Promise<StoredDevice[]> {
    const rows = await this.#q(
      `SELECT id, online, endpoints FROM ${this.#t.devices} WHERE home = $1 ORDER BY id`,
      [home],
    );
    return rows.map((r) => ({
      id: r.id as string,
      online: r.online === true,
      endpoints: r.endpoints as StoredDevice['endpoints'],
    }));
  }

  async saveDevice(home: string, d: StoredDevice): Promise<void> {
    await this.#q(
      `INSERT INTO ${this.#t.devices} (home, id, online, endpoints) VALUES ($1, $2, $3, $4)
       ON CONFLICT (home, id) DO UPDATE SET online = excluded.online, endpoints = excluded.endpoints`,
      [home, d.id, d.online, JSON.stringify(d.endpoints)],
      'write',
    );
  }

  /**
   * Applies patches inside a transaction: the devices are locked (in id order, so two
   * transactions never deadlock), patched in the given order, and written back.
   */
  async #applyPatches(c: PoolClient, home: string, patches: Patch[]): Promise<void> {
    if (patches.length === 0) return;
    const ids = [...new Set(patches.map((p) => p.device))].sort();
    const rows = (
      await c.query(
        `SELECT id, endpoints FROM ${this.#t.devices} WHERE home = $1 AND id = ANY($2::text[])
         ORDER BY id FOR UPDATE`,
        [home, ids],
      )
    ).rows as Row[];
    const devices = new Map(rows.map((r) => [r.id as string, r.endpoints as StoredDevice['endpoints']]));
    const changed = new Set<string>();
    for (const p of patches) {
      const endpoints = devices.get(p.device);
      const ep = endpoints?.find((e) => e.id === p.endpoint);
      if (!ep) continue;
      ep.clusters[p.cluster] = { ...(ep.clusters[p.cluster] ?? {}), ...p.attrs };
      changed.add(p.device);
    }
    for (const id of [...changed].sort()) {
      await c.query(`UPDATE ${this.#t.devices} SET endpoints = $3 WHERE home = $1 AND id = $2`, [
        home,
        id,
        JSON.stringify(devices.get(id)),
      ]);
    }
  }

  async patchDevice(
    home: string,
    device: string,
    endpoint: string,
    cluster: string,
    attrs: ClusterStates[string],
  ): Promise<void> {
    await this.#tx((c) =>
      this.#applyPatches(c, home, [{ device, endpoint, cluster, attrs: attrs as Record<string, unknown> }]),
    );
  }

  async beginCommand(r: CommandRecord): Promise<void> {
    await this.#q(
      `INSERT INTO ${this.#t.commands} (${COMMAND_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      commandValues(r),
      'write',
    );
  }

  async finishCommand(
    id: string,
    o: { status: 'success' | 'error'; errorCode: string | null; finishedAt: number; vendorMs: number | null },
    patches: Patch[],
    home: string,
  ): Promise<void> {
    await this.#tx(async (c) => {
      await c.query(
        `UPDATE ${this.#t.commands} SET status = $3, error_code = $4, finished_at = $5, vendor_ms = $6
         WHERE home = $1 AND id = $2`,
        [home, id, o.status, o.errorCode, o.finishedAt, o.vendorMs],
      );
      await this.#applyPatches(c, home, patches);
    });
  }

  async listCommands(home: string, limit: number): Promise<CommandRecord[]> {
    const rows = await this.#q(
      `SELECT * FROM ${this.#t.commands} WHERE home = $1 ORDER BY started_at DESC, seq DESC LIMIT $2`,
      [home, lim(limit)],
    );
    return rows.map(commandFromRow);
  }

  async appendEvent(home: string, type: string, payload: unknown, at: number): Promise<number> {
    const rows = await this.#q(
      `INSERT INTO ${this.#t.events} (home, at, type, payload) VALUES ($1, $2, $3, $4) RETURNING seq`,
      [home, at, type, JSON.stringify(payload ?? null)],
      'write',
    );
    return num(rows[0]?.seq);
  }

  async listEvents(home: string, limit: number, beforeSeq?: number): Promise<EventRecord[]> {
    const rows = await this.#q(
      `SELECT seq, home, at, type, payload FROM ${this.#t.events}
       WHERE home = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3`,
      [home, beforeSeq ?? Number.MAX_SAFE_INTEGER, lim(limit)],
    );
    return rows.map((r) => ({
      seq: num(r.seq),
      home: r.home as string,
      at: num(r.at),
      type: r.type as string,
      payload: r.payload,
    }));
  }

  async appendAudit(home: string, rec: AuditRecord): Promise<void> {
    await this.#q(
      `INSERT INTO ${this.#t.audit} (home, record) VALUES ($1, $2)`,
      [home, JSON.stringify(rec)],
      'write',
    );
  }

  async listAudit(
    home: string,
    limit: number,
    before?: number,
  ): Promise<Array<AuditRecord & { seq: number }>> {
    const rows = await this.#q(
      `SELECT seq, record FROM ${this.#t.audit} WHERE home = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3`,
      [home, before ?? Number.MAX_SAFE_INTEGER, lim(limit)],
    );
    return rows.map((r) => ({ seq: num(r.seq), ...(r.record as AuditRecord) }));
  }

  /** The home that has a key (a fleet node finds the home of a token's hash: `token:<sha256>`). */
  async homeOfKey(key: string): Promise<string | null> {
    const rows = await this.#q(`SELECT home FROM ${this.#t.kv} WHERE key = $1 LIMIT 1`, [key]);
    return rows.length > 0 ? String(rows[0]?.home) : null;
  }

  async getIdempotent(home: string, key: string, now: number): Promise<IdempotentResult | null> {
    const rows = await this.#q(`SELECT at, result FROM ${this.#t.idempotency} WHERE home = $1 AND key = $2`, [
      home,
      key,
    ]);
    const row = rows[0];
    if (!row || now - num(row.at) > DAY) return null;
    return row.result as IdempotentResult;
  }

  async putIdempotent(home: string, key: string, result: IdempotentResult, now: number): Promise<void> {
    await this.#tx(async (c) => {
      await c.query(`DELETE FROM ${this.#t.idempotency} WHERE home = $1 AND at < $2`, [home, now - DAY]);
      await c.query(
        `INSERT INTO ${this.#t.idempotency} (home, key, at, result) VALUES ($1, $2, $3, $4)
         ON CONFLICT (home, key) DO UPDATE SET at = excluded.at, result = excluded.result`,
        [home, key, now, JSON.stringify(result)],
      );
    });
  }

  async getKv(home: string, key: string): Promise<string | null> {
    const rows = await this.#q(`SELECT value FROM ${this.#t.kv} WHERE home = $1 AND key = $2`, [home, key]);
    return rows[0] ? (rows[0].value as string) : null;
  }

  async putKv(home: string, key: string, value: string): Promise<void> {
    await this.#q(
      `INSERT INTO ${this.#t.kv} (home, key, value) VALUES ($1, $2, $3)
       ON CONFLICT (home, key) DO UPDATE SET value = excluded.value`,
      [home, key, value],
      'write',
    );
  }

  async deleteKv(home: string, key: string): Promise<void> {
    await this.#q(`DELETE FROM ${this.#t.kv} WHERE home = $1 AND key = $2`, [home, key], 'write');
  }

  async listKv(home: string, prefix: string): Promise<Array<{ key: string; value: string }>> {
    const rows = await this.#q(
      `SELECT key, value FROM ${this.#t.kv} WHERE home = $1 AND starts_with(key, $2) ORDER BY key`,
      [home, prefix],
    );
    return rows.map((r) => ({ key: r.key as string, value: r.value as string }));
  }

  async appendSamples(home: string, samples: Sample[]): Promise<void> {
    await this.#history.append(home, samples);
  }

  async querySamples(home: string, q: HistoryQuery): Promise<HistorySeries[]> {
    return this.#history.query(home, q);
  }

  async compactHistory(home: string, policy: HistoryPolicy, now: number): Promise<CompactResult> {
    return this.#history.compact(home, policy, now);
  }

  async countSamples(home: string, device?: string): Promise<number> {
    return this.#history.count(home, device);
  }
}
