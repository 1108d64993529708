/**
 * The SQLite side of telemetry history (history.ts): one row per series (home, device, endpoint,
 * Cluster.Attribute) and one compact row per point in a WITHOUT ROWID table keyed (series, at).
 * Raw points have no min/max; aggregated ones (downsampled) carry both.
 */
import type Database from 'better-sqlite3';
import {
  type CompactResult,
  type HistoryPoint,
  type HistoryPolicy,
  type HistoryQuery,
  type HistorySeries,
  policyCuts,
  type Sample,
} from './history.js';

export const HISTORY_SCHEMA = `
CREATE TABLE IF NOT EXISTS series (
  id INTEGER PRIMARY KEY, home TEXT NOT NULL, device TEXT NOT NULL, endpoint TEXT NOT NULL, attr TEXT NOT NULL,
  UNIQUE (home, device, endpoint, attr));
CREATE TABLE IF NOT EXISTS samples (
  series INTEGER NOT NULL, at INTEGER NOT NULL, value REAL NOT NULL, vmin REAL, vmax REAL,
  PRIMARY KEY (series, at)) WITHOUT ROWID;
`;

type Row = Record<string, unknown>;
type Prepare = (sql: string) => Database.Statement;

const HOME_SERIES = 'SELECT id FROM series WHERE home = ?';

export class SqliteHistory {
  readonly #s: Prepare;
  /**
   * Series ids by home and device, endpoint, attribute: nested, with the endpoint and attribute names
   * shared (`#name`), so that 45,000 series (10,000 devices) do not keep a key string each.
   */
  readonly #ids = new Map<string, Map<string, Map<string, number>>>();
  readonly #names = new Map<string, string>();
  /** Homes whose stored series ids are all in #ids (read with one query on the home's first append). */
  readonly #loaded = new Set<string>();

  constructor(prepare: Prepare) {
    this.#s = prepare;
  }

  /** Forgets cached series ids (the connection changed). */
  reset(): void {
    this.#ids.clear();
    this.#names.clear();
    this.#loaded.clear();
  }

  #name(text: string): string {
    const known = this.#names.get(text);
    if (known !== undefined) return known;
    this.#names.set(text, text);
    return text;
  }

  #id(home: string, device: string, endpoint: string, attr: string): number | undefined {
    return this.#ids.get(`${home}\u0000${device}`)?.get(endpoint)?.get(attr);
  }

  #remember(home: string, device: string, endpoint: string, attr: string, id: number): void {
    const k = `${home}\u0000${device}`;
    let byEndpoint = this.#ids.get(k);
    if (!byEndpoint) {
      byEndpoint = new Map();
      this.#ids.set(k, byEndpoint);
    }
    const ep = this.#name(endpoint);
    let byAttr = byEndpoint.get(ep);
    if (!byAttr) {
      byAttr = new Map();
      byEndpoint.set(ep, byAttr);
    }
    byAttr.set(this.#name(attr), id);
  }

  #series(home: string, x: Sample): number {
    if (!this.#loaded.has(home)) {
      // One query for the home's series instead of two statements per series on a restart (the
      // care baseline appends a point to every attribute of every device at start).
      for (const r of this.#s('SELECT id, device, endpoint, attr FROM series WHERE home = ?').all(
        home,
      ) as Row[])
        this.#remember(home, r.device as string, r.endpoint as string, r.attr as string, r.id as number);
      this.#loaded.add(home);
    }
    let id = this.#id(home, x.device, x.endpoint, x.attribute);
    if (id === undefined) {
      const row = (this.#s(
        'INSERT OR IGNORE INTO series (home, device, endpoint, attr) VALUES (?, ?, ?, ?) RETURNING id',
      ).get(home, x.device, x.endpoint, x.attribute) ??
        this.#s('SELECT id FROM series WHERE home = ? AND device = ? AND endpoint = ? AND attr = ?').get(
          home,
          x.device,
          x.endpoint,
          x.attribute,
        )) as Row;
      id = row.id as number;
      this.#remember(home, x.device, x.endpoint, x.attribute, id);
    }
    return id;
  }

  /** Runs inside the store's batch transaction. */
  append(home: string, samples: Sample[]): void {
    const ins = this.#s('INSERT OR REPLACE INTO samples (series, at, value) VALUES (?, ?, ?)');
    for (const x of samples) ins.run(this.#series(home, x), Math.round(x.at), x.value);
  }

  query(home: string, q: HistoryQuery): HistorySeries[] {
    const series = (
      q.endpoint === undefined
        ? this.#s(
            'SELECT id, endpoint, attr FROM series WHERE home = ? AND device = ? AND attr = ? ORDER BY endpoint',
          ).all(home, q.device, q.attribute)
        : this.#s(
            'SELECT id, endpoint, attr FROM series WHERE home = ? AND device = ? AND attr = ? AND endpoint = ?',
          ).all(home, q.device, q.attribute, q.endpoint)
    ) as Row[];
    return series.map((r) => ({
      endpoint: r.endpoint as string,
      attribute: r.attr as string,
      points: q.step === undefined ? this.#raw(r.id as number, q) : this.#stepped(r.id as number, q),
    }));
  }

  #raw(id: number, q: HistoryQuery): HistoryPoint[] {
    const rows = this.#s(
      'SELECT at, value, vmin, vmax FROM samples WHERE series = ? AND at >= ? AND at < ? ORDER BY at LIMIT ?',
    ).all(id, q.from, q.to, q.limit) as Row[];
    return rows.map((p) =>
      p.vmin === null
        ? { at: p.at as number, value: p.value as number }
        : { at: p.at as number, value: p.value as number, min: p.vmin as number, max: p.vmax as number },
    );
  }

  /**
   * One point per non-empty bucket of `step` ms from `from`: the mean of the points in it, and their
   * min and max (a downsampled point's own). The points are read in key order (the primary key
   * covers them) as arrays and bucketed here: a month at 1-minute steps is tens of thousands of
   * buckets, and SQL's GROUP BY with its per-row objects cost several times more.
   */
  #stepped(id: number, q: HistoryQuery): HistoryPoint[] {
    const rows = this.#s(
      'SELECT at, value, coalesce(vmin, value), coalesce(vmax, value) FROM samples WHERE series = ? AND at >= ? AND at < ? ORDER BY at',
    )
      .raw(true)
      .all(id, q.from, q.to) as Array<[number, number, number, number]>;
    const from = Math.round(q.from);
    const step = Math.max(1, Math.round(q.step as number));
    const out: HistoryPoint[] = [];
    let bucket = Number.NaN;
    let n = 0;
    let sum = 0;
    let min = 0;
    let max = 0;
    const close = () => {
      if (n > 0) out.push({ at: bucket * step + from, value: sum / n, min, max });
    };
    for (const [at, value, lo, hi] of rows) {
      const b = Math.floor((at - from) / step);
      if (b !== bucket) {
        close();
        if (out.length >= q.limit) return out;
        bucket = b;
        n = 0;
        sum = 0;
        min = lo;
        max = hi;
      }
      n++;
      sum += value;
      if (lo < min) min = lo;
      if (hi > max) max = hi;
    }
    close();
    return out;
  }

  /** Runs inside one transaction (the caller's). */
  compact(home: string, policy: HistoryPolicy, now: number): CompactResult {
    const cut = policyCuts(policy, now);
    const b = Math.max(1, Math.round(policy.bucketMs));
    const raw = this.#s(
      `SELECT count(*) AS n FROM samples WHERE series IN (${HOME_SERIES}) AND at < ? AND vmin IS NULL`,
    ).get(home, cut.raw) as Row;
    this.#s(
      `INSERT INTO samples (series, at, value, vmin, vmax)
       SELECT series, CAST(at / @b AS INTEGER) * @b, avg(value), min(value), max(value) FROM samples
       WHERE series IN (SELECT id FROM series WHERE home = @home) AND at < @cut AND vmin IS NULL
       GROUP BY series, CAST(at / @b AS INTEGER)
       ON CONFLICT (series, at) DO UPDATE SET value = excluded.value, vmin = excluded.vmin, vmax = excluded.vmax`,
    ).run({ b, home, cut: cut.raw });
    this.#s(`DELETE FROM samples WHERE series IN (${HOME_SERIES}) AND at < ? AND vmin IS NULL`).run(
      home,
      cut.raw,
    );
    let dropped = this.#s(`DELETE FROM samples WHERE series IN (${HOME_SERIES}) AND at < ?`).run(
      home,
      cut.keep,
    ).changes;
    const total = this.count(home);
    if (total > policy.maxPoints) {
      dropped += this.#s(
        `DELETE FROM samples WHERE (series, at) IN (
           SELECT series, at FROM samples WHERE series IN (${HOME_SERIES}) ORDER BY at LIMIT ?)`,
      ).run(home, total - policy.maxPoints).changes;
    }
    return { downsampled: raw.n as number, dropped };
  }

  count(home: string, device?: string): number {
    const row = (
      device === undefined
        ? this.#s(`SELECT count(*) AS n FROM samples WHERE series IN (${HOME_SERIES})`).get(home)
        : this.#s(
            'SELECT count(*) AS n FROM samples WHERE series IN (SELECT id FROM series WHERE home = ? AND device = ?)',
          ).get(home, device)
    ) as Row;
    return row.n as number;
  }
}
