/**
 * The PostgreSQL side of telemetry history (history.ts), same tables and semantics as
 * sqlite-history.ts: `series` names each (home, device, endpoint, Cluster.Attribute), `samples`
 * holds one row per point keyed (series, at); aggregated points carry vmin/vmax.
 */
import type { PoolClient } from 'pg';
import {
  type CompactResult,
  type HistoryPolicy,
  type HistoryQuery,
  type HistorySeries,
  policyCuts,
  type Sample,
} from './history.js';

type Row = Record<string, unknown>;
type Query = (sql: string, values?: unknown[], what?: string) => Promise<Row[]>;
type Tx = <T>(fn: (c: PoolClient) => Promise<T>) => Promise<T>;

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

export function historyDdl(schema: string): string {
  return `
CREATE TABLE IF NOT EXISTS "${schema}"."series" (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, home TEXT NOT NULL, device TEXT NOT NULL,
  endpoint TEXT NOT NULL, attr TEXT NOT NULL, UNIQUE (home, device, endpoint, attr));
CREATE TABLE IF NOT EXISTS "${schema}"."samples" (
  series BIGINT NOT NULL, at DOUBLE PRECISION NOT NULL, value DOUBLE PRECISION NOT NULL,
  vmin DOUBLE PRECISION, vmax DOUBLE PRECISION, PRIMARY KEY (series, at));
`;
}

export class PostgresHistory {
  readonly #q: Query;
  readonly #tx: Tx;
  readonly #series: string;
  readonly #samples: string;
  readonly #ids = new Map<string, number>();

  constructor(schema: string, q: Query, tx: Tx) {
    this.#q = q;
    this.#tx = tx;
    this.#series = `"${schema}"."series"`;
    this.#samples = `"${schema}"."samples"`;
  }

  async #id(c: PoolClient, home: string, x: Sample): Promise<number> {
    const k = `${home}\u0000${x.device}\u0000${x.endpoint}\u0000${x.attribute}`;
    let id = this.#ids.get(k);
    if (id === undefined) {
      await c.query(
        `INSERT INTO ${this.#series} (home, device, endpoint, attr) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [home, x.device, x.endpoint, x.attribute],
      );
      const r = await c.query(
        `SELECT id FROM ${this.#series} WHERE home = $1 AND device = $2 AND endpoint = $3 AND attr = $4`,
        [home, x.device, x.endpoint, x.attribute],
      );
      id = num((r.rows[0] as Row).id);
      this.#ids.set(k, id);
    }
    return id;
  }

  async append(home: string, samples: Sample[]): Promise<void> {
    if (samples.length === 0) return;
    await this.#tx(async (c) => {
      // One statement for the batch; the last point of a (series, at) wins, as in SQLite.
      const byKey = new Map<string, [number, number, number]>();
      for (const x of samples) {
        const id = await this.#id(c, home, x);
        const at = Math.round(x.at);
        byKey.set(`${id}:${at}`, [id, at, x.value]);
      }
      const rows = [...byKey.values()];
      await c.query(
        `INSERT INTO ${this.#samples} (series, at, value)
         SELECT * FROM unnest($1::bigint[], $2::double precision[], $3::double precision[])
         ON CONFLICT (series, at) DO UPDATE SET value = excluded.value, vmin = NULL, vmax = NULL`,
        [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
      );
    });
  }

  async query(home: string, q: HistoryQuery): Promise<HistorySeries[]> {
    const series =
      q.endpoint === undefined
        ? await this.#q(
            `SELECT id, endpoint, attr FROM ${this.#series} WHERE home = $1 AND device = $2 AND attr = $3 ORDER BY endpoint`,
            [home, q.device, q.attribute],
          )
        : await this.#q(
            `SELECT id, endpoint, attr FROM ${this.#series} WHERE home = $1 AND device = $2 AND attr = $3 AND endpoint = $4`,
            [home, q.device, q.attribute, q.endpoint],
          );
    const out: HistorySeries[] = [];
    for (const r of series) {
      const rows =
        q.step === undefined
          ? await this.#q(
              `SELECT at, value, vmin, vmax FROM ${this.#samples} WHERE series = $1 AND at >= $2 AND at < $3 ORDER BY at LIMIT $4`,
              [r.id, q.from, q.to, q.limit],
            )
          : await this.#q(
              `SELECT floor((at - $1) / $2) * $2 + $1 AS at, avg(value) AS value,
                 min(coalesce(vmin, value)) AS vmin, max(coalesce(vmax, value)) AS vmax
               FROM ${this.#samples} WHERE series = $3 AND at >= $1 AND at < $4
               GROUP BY floor((at - $1) / $2) ORDER BY 1 LIMIT $5`,
              [q.from, q.step, r.id, q.to, q.limit],
            );
      out.push({
        endpoint: r.endpoint as string,
        attribute: r.attr as string,
        points: rows.map((p) =>
          p.vmin === null
            ? { at: num(p.at), value: num(p.value) }
            : { at: num(p.at), value: num(p.value), min: num(p.vmin), max: num(p.vmax) },
        ),
      });
    }
    return out;
  }

  async compact(home: string, policy: HistoryPolicy, now: number): Promise<CompactResult> {
    const cut = policyCuts(policy, now);
    const b = Math.max(1, Math.round(policy.bucketMs));
    const mine = `series IN (SELECT id FROM ${this.#series} WHERE home = $1)`;
    return this.#tx(async (c) => {
      const raw = await c.query(
        `SELECT count(*) AS n FROM ${this.#samples} WHERE ${mine} AND at < $2 AND vmin IS NULL`,
        [home, cut.raw],
      );
      await c.query(
        `INSERT INTO ${this.#samples} (series, at, value, vmin, vmax)
         SELECT series, floor(at / $3) * $3, avg(value), min(value), max(value) FROM ${this.#samples}
         WHERE ${mine} AND at < $2 AND vmin IS NULL GROUP BY series, floor(at / $3)
         ON CONFLICT (series, at) DO UPDATE SET value = excluded.value, vmin = excluded.vmin, vmax = excluded.vmax`,
        [home, cut.raw, b],
      );
      await c.query(`DELETE FROM ${this.#samples} WHERE ${mine} AND at < $2 AND vmin IS NULL`, [
        home,
        cut.raw,
      ]);
      let dropped =
        (await c.query(`DELETE FROM ${this.#samples} WHERE ${mine} AND at < $2`, [home, cut.keep]))
          .rowCount ?? 0;
      const total = num(
        ((await c.query(`SELECT count(*) AS n FROM ${this.#samples} WHERE ${mine}`, [home])).rows[0] as Row)
          .n,
      );
      if (total > policy.maxPoints) {
        dropped +=
          (
            await c.query(
              `DELETE FROM ${this.#samples} WHERE (series, at) IN (
                 SELECT series, at FROM ${this.#samples} WHERE ${mine} ORDER BY at LIMIT $2)`,
              [home, total - policy.maxPoints],
            )
          ).rowCount ?? 0;
      }
      return { downsampled: num((raw.rows[0] as Row).n), dropped };
    });
  }

  async count(home: string, device?: string): Promise<number> {
    const rows =
      device === undefined
        ? await this.#q(
            `SELECT count(*) AS n FROM ${this.#samples} WHERE series IN (SELECT id FROM ${this.#series} WHERE home = $1)`,
            [home],
          )
        : await this.#q(
            `SELECT count(*) AS n FROM ${this.#samples} WHERE series IN (SELECT id FROM ${this.#series} WHERE home = $1 AND device = $2)`,
            [home, device],
          );
    return num((rows[0] as Row).n);
  }
}
