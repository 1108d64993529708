/**
 * The embedded default store: one SQLite file in WAL mode. A command's outcome is on disk before
 * its promise resolves, so a command reported as successful is on disk before the reply.
 *
 * Durability by group commit: SQLite runs with synchronous=NORMAL (a commit writes its WAL frames
 * but does not fsync), and each write then awaits an fdatasync of the WAL file done on libuv's
 * thread pool; every write made before an fdatasync started is covered by it, and writes that
 * arrive while one is running share the next. That is what synchronous=FULL does (NORMAL plus a
 * WAL sync after each commit), without blocking the event loop for every fsync.
 *
 * Writes are also batched: those made in one turn of the event loop run as one transaction, so concurrent requests share one WAL commit. Reads run the queued writes first.
 * A pending command and an audit record are not waited to be on disk (see Store).
 */
import { closeSync, fdatasync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { HubError } from '../model/errors.js';
import type { ClusterStates } from '../model/types.js';
import type { CompactResult, HistoryPolicy, HistoryQuery, HistorySeries, Sample } from './history.js';
import { COMMAND_COLUMNS, commandFromRow, commandValues } from './rows.js';
import {
  CorruptDatabaseError,
  isCorruption,
  preflight,
  quickCheck,
  read,
  storageError,
} from './sqlite-check.js';
import { HISTORY_SCHEMA, SqliteHistory } from './sqlite-history.js';
import type {
  AuditRecord,
  CommandRecord,
  EventRecord,
  IdempotentResult,
  OpenOptions,
  Store,
  StoredDevice,
} from './types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS homes (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS devices (
  home TEXT NOT NULL, id TEXT NOT NULL, online INTEGER NOT NULL, endpoints TEXT NOT NULL,
  PRIMARY KEY (home, id));
CREATE TABLE IF NOT EXISTS commands (
  id TEXT PRIMARY KEY, home TEXT NOT NULL, origin TEXT NOT NULL, device TEXT NOT NULL,
  endpoint TEXT NOT NULL, cluster TEXT NOT NULL, command TEXT NOT NULL, args TEXT NOT NULL,
  status TEXT NOT NULL, error_code TEXT, started_at INTEGER NOT NULL, finished_at INTEGER, vendor_ms REAL);
CREATE INDEX IF NOT EXISTS commands_home ON commands (home, started_at);
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, home TEXT NOT NULL, at INTEGER NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_home ON events (home, seq);
CREATE TABLE IF NOT EXISTS audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, home TEXT NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_home ON audit (home, seq);
CREATE TABLE IF NOT EXISTS idempotency (
  home TEXT NOT NULL, key TEXT NOT NULL, at INTEGER NOT NULL, result TEXT NOT NULL, PRIMARY KEY (home, key));
CREATE TABLE IF NOT EXISTS kv (home TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (home, key));
`;

const DAY = 24 * 3600 * 1000;

type Row = Record<string, unknown>;

interface BatchItem {
  fn: () => unknown;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  durable: boolean;
}
type BatchResult = { ok: true; value: unknown } | { ok: false; error: unknown };
interface Outcome {
  status: 'success' | 'error';
  errorCode: string | null;
  finishedAt: number;
  vendorMs: number | null;
}
type Patch = { device: string; endpoint: string; cluster: string; attrs: Record<string, unknown> };

/** A connection's transaction functions, made once (better-sqlite3 builds four wrappers per call). */
interface Transactions {
  db: Database.Database;
  batch: (batch: BatchItem[], results: BatchResult[]) => void;
  finish: (id: string, o: Outcome, patches: Patch[], home: string) => void;
}

export class SqliteStore implements Store {
  readonly #path: string;
  #db: Database.Database | null = null;
  #stmts = new Map<string, Database.Statement>();
  /** The WAL file, for group-commit fdatasync (null for ':memory:'). */
  #walFd: number | null = null;
  /** The fdatasync running now, and the one queued behind it for writes made meanwhile. */
  #syncing: Promise<void> | null = null;
  #queued: Promise<void> | null = null;
  /** Writes waiting for the next batch. */
  #batch: BatchItem[] = [];
  #flushing: NodeJS.Immediate | null = null;
  #txs: Transactions | null = null;
  readonly #history = new SqliteHistory((sql) => this.#s(sql));
  /** Connections opened so far (a change mark of one connection means nothing to the next). */
  #opens = 0;
  /**
   * The endpoints of recently patched devices as last written, so a state patch on the command path
   * does not read and parse the row first. Dropped when a device is saved whole and after any
   * failed write (the row is then read again); bounded (cleared when full).
   */
  readonly #endpoints = new Map<string, StoredDevice['endpoints']>();

  constructor(path: string) {
    this.#path = path;
  }

  get #d(): Database.Database {
    if (!this.#db) throw new HubError('storage-unavailable', 503, 'the store is not open');
    return this.#db;
  }

  #tx(): Transactions {
    const db = this.#d;
    if (this.#txs?.db !== db) {
      this.#txs = {
        db,
        batch: db.transaction((batch: BatchItem[], results: BatchResult[]) => {
          for (const item of batch) {
            try {
              // One statement is atomic on its own; writes of several statements use a transaction
              // of their own, which nests here as a savepoint.
              results.push({ ok: true, value: item.fn() });
            } catch (error) {
              this.#endpoints.clear();
              results.push({ ok: false, error });
            }
          }
        }),
        finish: db.transaction((id: string, o: Outcome, patches: Patch[], home: string) => {
          this.#s(
            'UPDATE commands SET status = ?, error_code = ?, finished_at = ?, vendor_ms = ? WHERE id = ? AND home = ?',
          ).run(o.status, o.errorCode, o.finishedAt, o.vendorMs, id, home);
          for (const p of patches) this.#patch(home, p.device, p.endpoint, p.cluster, p.attrs);
        }),
      };
    }
    return this.#txs;
  }

  #s(sql: string): Database.Statement {
    let st = this.#stmts.get(sql);
    if (!st) {
      st = this.#d.prepare(sql);
      this.#stmts.set(sql, st);
    }
    return st;
  }

  /** Runs a write and resolves once it is on disk (group commit, see the top of this file). */
  #commit<T>(fn: () => T): Promise<T> {
    return this.#enqueue(fn, true);
  }

  /**
   * Queues a write for the next batch. A batch runs as one SQLite transaction (a failing write fails
   * alone: its statement is undone, the others stay) on the next turn of the event loop, so concurrent
   * requests share one WAL commit; durable writes then share one fdatasync.
   */
  #enqueue<T>(fn: () => T, durable: boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#batch.push({ fn, resolve: resolve as (v: unknown) => void, reject, durable });
      if (!this.#flushing) {
        this.#flushing = setImmediate(() => this.#flush());
      }
    });
  }

  /** Runs every queued write now (reads call this first, so they see every earlier write). */
  #flush(): void {
    if (this.#flushing) clearImmediate(this.#flushing);
    this.#flushing = null;
    const batch = this.#batch.splice(0);
    if (batch.length === 0) return;
    const results: BatchResult[] = [];
    try {
      this.#tx().batch(batch, results);
    } catch (err) {
      this.#endpoints.clear();
      const e = err instanceof HubError ? err : storageError(err);
      for (const item of batch) item.reject(e);
      return;
    }
    const sync = batch.some((b) => b.durable) ? this.#durable() : null;
    batch.forEach((item, i) => {
      const r = results[i];
      if (!r) return;
      if (!r.ok) item.reject(r.error instanceof HubError ? r.error : storageError(r.error));
      else if (item.durable && sync) sync.then(() => item.resolve(r.value), item.reject);
      else item.resolve(r.value);
    });
  }

  /** Resolves when every write made before this call is on disk. */
  #durable(): Promise<void> {
    const fd = this.#walFd;
    if (fd === null) return Promise.resolve();
    if (!this.#syncing) {
      this.#syncing = new Promise<void>((resolve, reject) => {
        fdatasync(fd, (err) => (err ? reject(storageError(err)) : resolve()));
      }).finally(() => {
        this.#syncing = null;
      });
      return this.#syncing;
    }
    // An fdatasync is running; it may have started before this write: wait for the next one.
    this.#queued ??= this.#syncing
      .catch(() => {})
      .then(() => {
        this.#queued = null;
        return this.#durable();
      });
    return this.#queued;
  }

  /** How long the start-up checks took (ms), for the log. */
  checkMs = 0;

  async open(opts: OpenOptions = {}): Promise<void> {
    if (this.#path !== ':memory:' && opts.checks !== false) {
      // Before anything writes: a damaged file refuses and stays exactly as it was.
      const t0 = performance.now();
      const state = preflight(this.#path);
      if (opts.expectData && state !== 'existing') {
        throw new CorruptDatabaseError(
          this.#path,
          `${state === 'new' ? 'the file is missing' : 'the file is empty'}, yet the folder holds an owner token: the data were lost`,
        );
      }
      if (state === 'existing') quickCheck(this.#path);
      this.checkMs = performance.now() - t0;
    }
    try {
      this.#open();
    } catch (err) {
      this.#db?.close();
      this.#db = null;
      const code = (err as { code?: string }).code;
      if (isCorruption(code ?? '')) throw new CorruptDatabaseError(this.#path, String(code));
      throw new HubError(
        'storage-unavailable',
        503,
        `the hub cannot open its data in ${dirname(this.#path)} (${code ?? String(err)}): is the folder read-only or the disk full?`,
      );
    }
  }

  #open(): void {
    if (this.#path !== ':memory:') mkdirSync(dirname(this.#path), { recursive: true });
    const db = new Database(this.#path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.exec(SCHEMA);
    db.exec(HISTORY_SCHEMA);
    this.#history.reset();
    this.#endpoints.clear();
    this.#db = db;
    this.#opens++;
    if (this.#path !== ':memory:') {
      // The WAL file lives as long as the connection; O_APPEND|O_CREAT never changes its content.
      this.#walFd = openSync(`${this.#path}-wal`, 'a');
      fsyncSync(this.#walFd);
      const dir = openSync(dirname(this.#path), 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
    }
  }

  async close(): Promise<void> {
    this.#flush();
    await this.#queued?.catch(() => {});
    await this.#syncing?.catch(() => {});
    this.#stmts.clear();
    this.#txs = null;
    this.#db?.close();
    this.#db = null;
    if (this.#walFd !== null) closeSync(this.#walFd);
    this.#walFd = null;
  }

  async upsertHome(home: { id: string; name: string }): Promise<void> {
    await this.#commit(() =>
      this.#s(
        'INSERT INTO homes (id, name) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name',
      ).run(home.id, home.name),
    );
  }

  async loadDevices(home: string): Promise<StoredDevice[]> {
    this.#flush();
    const rows = read(() =>
      this.#s('SELECT id, online, endpoints FROM devices WHERE home = ?').all(home),
    ) as Row[];
    return rows.map((r) => ({
      id: r.id as string,
      online: r.online === 1,
      endpoints: JSON.parse(r.endpoints as string),
    }));
  }

  async saveDevice(home: string, d: StoredDevice): Promise<void> {
    await this.#commit(() => {
      this.#endpoints.delete(`${home}\u0000${d.id}`);
      return this.#s(
        `INSERT INTO devices (home, id, online, endpoints) VALUES (?, ?, ?, ?)
         ON CONFLICT(home, id) DO UPDATE SET online = excluded.online, endpoints = excluded.endpoints`,
      ).run(home, d.id, d.online ? 1 : 0, JSON.stringify(d.endpoints));
    });
  }

  async saveDevices(home: string, devices: StoredDevice[]): Promise<void> {
    if (devices.length === 0) return;
    await this.#commit(() =>
      this.#d.transaction(() => {
        const save = this.#s(
          `INSERT INTO devices (home, id, online, endpoints) VALUES (?, ?, ?, ?)
           ON CONFLICT(home, id) DO UPDATE SET online = excluded.online, endpoints = excluded.endpoints`,
        );
        for (const d of devices) {
          this.#endpoints.delete(`${home}\u0000${d.id}`);
          save.run(home, d.id, d.online ? 1 : 0, JSON.stringify(d.endpoints));
        }
      })(),
    );
  }

  #patch(
    home: string,
    device: string,
    endpoint: string,
    cluster: string,
    attrs: ClusterStates[string],
  ): void {
    const k = `${home}\u0000${device}`;
    let endpoints = this.#endpoints.get(k);
    if (!endpoints) {
      const row = this.#s('SELECT endpoints FROM devices WHERE home = ? AND id = ?').get(home, device) as
        | Row
        | undefined;
      if (!row) return;
      endpoints = JSON.parse(row.endpoints as string) as StoredDevice['endpoints'];
      if (this.#endpoints.size >= 1024) this.#endpoints.clear();
      this.#endpoints.set(k, endpoints);
    }
    const ep = endpoints.find((e) => e.id === endpoint);
    if (!ep) return;
    ep.clusters[cluster] = { ...(ep.clusters[cluster] ?? {}), ...attrs };
    this.#s('UPDATE devices SET endpoints = ? WHERE home = ? AND id = ?').run(
      JSON.stringify(endpoints),
      home,
      device,
    );
  }

  async patchDevice(
    home: string,
    device: string,
    endpoint: string,
    cluster: string,
    attrs: ClusterStates[string],
  ) {
    await this.#commit(() => this.#patch(home, device, endpoint, cluster, attrs));
  }

  async beginCommand(r: CommandRecord): Promise<void> {
    await this.#enqueue(
      () =>
        this.#s(
          `INSERT INTO commands (${COMMAND_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(...commandValues(r)),
      false,
    );
  }

  async finishCommand(id: string, o: Outcome, patches: Patch[], home: string): Promise<void> {
    await this.#commit(() => this.#tx().finish(id, o, patches, home));
  }

  async listCommands(home: string, limit: number): Promise<CommandRecord[]> {
    this.#flush();
    const rows = read(() =>
      this.#s('SELECT * FROM commands WHERE home = ? ORDER BY started_at DESC, rowid DESC LIMIT ?').all(
        home,
        limit,
      ),
    ) as Row[];
    return rows.map(commandFromRow);
  }

  async appendEvent(home: string, type: string, payload: unknown, at: number): Promise<number> {
    return this.#commit(() =>
      Number(
        this.#s('INSERT INTO events (home, at, type, payload) VALUES (?, ?, ?, ?)').run(
          home,
          at,
          type,
          JSON.stringify(payload),
        ).lastInsertRowid,
      ),
    );
  }

  async listEvents(home: string, limit: number, beforeSeq?: number): Promise<EventRecord[]> {
    this.#flush();
    const rows = read(() =>
      this.#s('SELECT * FROM events WHERE home = ? AND seq < ? ORDER BY seq DESC LIMIT ?').all(
        home,
        beforeSeq ?? Number.MAX_SAFE_INTEGER,
        limit,
      ),
    ) as Row[];
    return rows.map((r) => ({
      seq: r.seq as number,
      home: r.home as string,
      at: r.at as number,
      type: r.type as string,
      payload: JSON.parse(r.payload as string),
    }));
  }

  async appendAudit(home: string, rec: AuditRecord): Promise<void> {
    await this.#enqueue(
      () => this.#s('INSERT INTO audit (home, record) VALUES (?, ?)').run(home, JSON.stringify(rec)),
      false,
    );
  }

  async listAudit(
    home: string,
    limit: number,
    before?: number,
  ): Promise<Array<AuditRecord & { seq: number }>> {
    this.#flush();
    const rows = read(() =>
      this.#s('SELECT seq, record FROM audit WHERE home = ? AND seq < ? ORDER BY seq DESC LIMIT ?').all(
        home,
        before ?? Number.MAX_SAFE_INTEGER,
        limit,
      ),
    ) as Row[];
    return rows.map((r) => ({ seq: r.seq as number, ...(JSON.parse(r.record as string) as AuditRecord) }));
  }

  async getIdempotent(home: string, key: string, now: number): Promise<IdempotentResult | null> {
    this.#flush();
    const row = read(() =>
      this.#s('SELECT at, result FROM idempotency WHERE home = ? AND key = ?').get(home, key),
    ) as Row | undefined;
    if (!row || now - (row.at as number) > DAY) return null;
    return JSON.parse(row.result as string) as IdempotentResult;
  }

  async putIdempotent(home: string, key: string, result: IdempotentResult, now: number): Promise<void> {
    await this.#commit(() => {
      this.#s('DELETE FROM idempotency WHERE at < ?').run(now - DAY);
      this.#s(
        'INSERT INTO idempotency (home, key, at, result) VALUES (?, ?, ?, ?) ON CONFLICT(home, key) DO UPDATE SET at = excluded.at, result = excluded.result',
      ).run(home, key, now, JSON.stringify(result));
    });
  }

  async getKv(home: string, key: string): Promise<string | null> {
    this.#flush();
    const row = read(() => this.#s('SELECT value FROM kv WHERE home = ? AND key = ?').get(home, key)) as
      | Row
      | undefined;
    return row ? (row.value as string) : null;
  }

  /** Changes when another connection commits (this one's own writes leave it as it is). */
  async changeMark(): Promise<string> {
    const version = read(() => this.#d.pragma('data_version', { simple: true })) as number;
    return `${this.#opens}:${version}`;
  }

  async putKv(home: string, key: string, value: string): Promise<void> {
    await this.#commit(() =>
      this.#s(
        'INSERT INTO kv (home, key, value) VALUES (?, ?, ?) ON CONFLICT(home, key) DO UPDATE SET value = excluded.value',
      ).run(home, key, value),
    );
  }

  async deleteKv(home: string, key: string): Promise<void> {
    await this.#commit(() => this.#s('DELETE FROM kv WHERE home = ? AND key = ?').run(home, key));
  }

  async listKv(home: string, prefix: string): Promise<Array<{ key: string; value: string }>> {
    this.#flush();
    const rows = read(() =>
      this.#s('SELECT key, value FROM kv WHERE home = ? AND substr(key, 1, ?) = ? ORDER BY key').all(
        home,
        prefix.length,
        prefix,
      ),
    ) as Row[];
    return rows.map((r) => ({ key: r.key as string, value: r.value as string }));
  }

  /** Telemetry is not waited to be on disk: it rides on the next durable write's sync. */
  async appendSamples(home: string, samples: Sample[]): Promise<void> {
    if (samples.length === 0) return;
    await this.#enqueue(() => this.#history.append(home, samples), false);
  }

  async querySamples(home: string, q: HistoryQuery): Promise<HistorySeries[]> {
    this.#flush();
    return read(() => this.#history.query(home, q));
  }

  async compactHistory(home: string, policy: HistoryPolicy, now: number): Promise<CompactResult> {
    return this.#commit(() => this.#d.transaction(() => this.#history.compact(home, policy, now))());
  }

  async countSamples(home: string, device?: string): Promise<number> {
    this.#flush();
    return read(() => this.#history.count(home, device));
  }
}
