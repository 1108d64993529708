/**
 * Telemetry history figures: storage per device-day (raw, and after downsampling) and the p95 of a
 * month of one device queried at 1-minute steps, on SQLite (and PostgreSQL with --postgres URL).
 * The telemetry is the labelled generator's (generate.ts): a refrigerator with sensor noise, door
 * openings and defrost cycles — the busiest appliance of the demo home.
 *
 *   npm run build && node dist/bench/care/history.js [--postgres postgres://…] [--out FILE]
 *
 * `npm run bench -- --only care` runs it as the `care` section (historySection).
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Sample } from '../../src/store/history.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { DAY, fridgeUnit, T0, washerUnit } from './generate.js';
import { climateSensorUnit, heatingUnit, purifierUnit } from './generate-home.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function fill(store: Store, home: string, samples: Sample[]): Promise<void> {
  for (let i = 0; i < samples.length; i += 1000) await store.appendSamples(home, samples.slice(i, i + 1000));
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] as number;

export interface QueryTimes {
  p50: number;
  p95: number;
  points: number;
  runs: number;
}

async function queryTimes(store: Store, home: string, device: string, runs: number): Promise<QueryTimes> {
  const times: number[] = [];
  let points = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const s = await store.querySamples(home, {
      device,
      attribute: 'TemperatureMeasurement.MeasuredValue',
      endpoint: 'refrigerator',
      from: T0,
      to: T0 + 30 * DAY,
      step: 60_000,
      limit: 50_001,
    });
    times.push(performance.now() - t0);
    points = s[0]?.points.length ?? 0;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const r1 = (v: number) => Math.round(v * 10) / 10;
  return { p50: r1(sorted[sorted.length >> 1] as number), p95: r1(p95(times)), points, runs };
}

export interface HistoryFigures {
  /** Per device-day, SQLite file growth (raw, and after 5-minute downsampling, VACUUMed). */
  storage: Array<{
    device: string;
    pointsPerDay: number;
    rawKiB: number;
    downsampledPointsPerDay: number;
    downsampledKiB: number;
  }>;
  /** A month of one refrigerator's compartment temperature at 1-minute steps. */
  monthAt1MinuteSqlite: QueryTimes & { storedPoints: number };
  monthAt1MinutePostgres?: QueryTimes & { fillSeconds: number; kiBPerDay: number };
  lines: string[];
}

/** The figures; `runs` queries each (30 unless quick); PostgreSQL too when `postgres` is a URL. */
export async function historySection(
  o: { quick?: boolean; postgres?: string; log?: (s: string) => void } = {},
): Promise<HistoryFigures> {
  const runs = o.quick ? 10 : 30;
  const lines: string[] = [];
  const storage: HistoryFigures['storage'] = [];
  const out = (s: string) => {
    (o.log ?? console.log)(s);
    lines.push(s);
  };
  // Storage per device-day, SQLite: 10 days of each kind of device, each in its own file.
  const days = 10;
  const fridge = fridgeUnit(77, days, null);
  const washer = washerUnit(78, days, null);
  for (const [name, unit] of [
    ['refrigerator', fridge],
    ['washer', washer],
    ['heating zone', heatingUnit(80, days, null)],
    ['climate sensor', climateSensorUnit(81, days, null)],
    ['air purifier', purifierUnit(82, days, null)],
  ] as const) {
    const dir = mkdtempSync(join(tmpdir(), 'yd-hist-'));
    const empty = new SqliteStore(join(dir, 'empty.db'));
    await empty.open();
    await empty.close();
    const base = statSync(join(dir, 'empty.db')).size;
    const s = new SqliteStore(join(dir, 'h.db'));
    await s.open();
    await fill(s, 'bench', unit.samples);
    await s.close();
    const raw = (statSync(join(dir, 'h.db')).size - base) / days;
    const s2 = new SqliteStore(join(dir, 'h.db'));
    await s2.open();
    await s2.compactHistory(
      'bench',
      { rawDays: 0, bucketMs: 5 * 60_000, retentionDays: 400, maxPoints: 1e9 },
      T0 + days * DAY,
    );
    const kept = await s2.countSamples('bench');
    await s2.close();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(dir, 'h.db'));
    db.exec('VACUUM');
    db.close();
    const down = (statSync(join(dir, 'h.db')).size - base) / days;
    const kib = (b: number) => Math.round(b / 102.4) / 10;
    storage.push({
      device: name,
      pointsPerDay: Math.round(unit.samples.length / days),
      rawKiB: kib(raw),
      downsampledPointsPerDay: Math.round(kept / days),
      downsampledKiB: kib(down),
    });
    out(
      `SQLite storage per ${name}-day: ${Math.round(unit.samples.length / days)} points, ${(raw / 1024).toFixed(1)} KiB raw; ${Math.round(kept / days)} points, ${(down / 1024).toFixed(1)} KiB after 5-minute downsampling (file growth over ${days} days, VACUUMed for the second)`,
    );
  }
  // A month of one fridge, queried at 1-minute steps.
  const month = fridgeUnit(79, 30, null);
  const dir = mkdtempSync(join(tmpdir(), 'yd-hist-'));
  const sqlite = new SqliteStore(join(dir, 'm.db'));
  await sqlite.open();
  await fill(sqlite, 'bench', month.samples);
  const q = await queryTimes(sqlite, 'bench', month.device.id, runs);
  await sqlite.close();
  out(
    `SQLite: a month of one refrigerator (${month.samples.length} points) at 1-minute steps: ${q.points} points per answer, p50 ${q.p50.toFixed(1)} ms, p95 ${q.p95.toFixed(1)} ms (${runs} queries)`,
  );
  const figures: HistoryFigures = {
    storage,
    monthAt1MinuteSqlite: { ...q, storedPoints: month.samples.length },
    lines,
  };
  const pgUrl = o.postgres;
  if (pgUrl) {
    const schema = `yd_bench_hist_${process.pid}`;
    const pg = new PostgresStore({ url: pgUrl, schema, poolSize: 2 });
    await pg.open();
    const t0 = performance.now();
    await fill(pg, 'bench', month.samples);
    const fillS = (performance.now() - t0) / 1000;
    const pq = await queryTimes(pg, 'bench', month.device.id, runs);
    const { default: pgc } = await import('pg');
    const c = new pgc.Client({ connectionString: pgUrl });
    await c.connect();
    const size = await c.query(`SELECT pg_total_relation_size('"${schema}"."samples"') AS b`);
    await c.query(`DROP SCHEMA "${schema}" CASCADE`);
    await c.end();
    await pg.close();
    const kiBPerDay = Math.round(Number(size.rows[0].b) / 30 / 102.4) / 10;
    figures.monthAt1MinutePostgres = { ...pq, fillSeconds: Math.round(fillS * 10) / 10, kiBPerDay };
    out(
      `PostgreSQL: the same month written in ${fillS.toFixed(1)} s (batches of 1,000); ${(Number(size.rows[0].b) / 30 / 1024).toFixed(1)} KiB per device-day (samples table with its index); 1-minute steps p50 ${pq.p50.toFixed(1)} ms, p95 ${pq.p95.toFixed(1)} ms`,
    );
  }
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pg = arg('postgres');
  const f = await historySection(pg ? { postgres: pg } : {});
  const file = arg('out');
  if (file) writeFileSync(file, `${f.lines.join('\n')}\n`);
}
