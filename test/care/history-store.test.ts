/**
 * Telemetry history in both stores (real SQLite file, real PostgreSQL schema dropped after): raw and
 * stepped queries, downsampling after an age, retention and the size bound.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Sample } from '../../src/store/history.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { tempDir } from '../support/hub.js';

const PG_URL = process.env.YEONDONG_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `yd_hist_${randomBytes(4).toString('hex')}`;
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T00:00:00Z');

afterAll(async () => {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => c.end());
});

const temp = (i: number): Sample => ({
  device: 'fridge',
  endpoint: 'refrigerator',
  attribute: 'TemperatureMeasurement.MeasuredValue',
  at: T0 + i * 60_000,
  value: 300 + (i % 10),
});

const engines: Array<[string, () => Store]> = [
  ['sqlite', () => new SqliteStore(join(tempDir(), 'yeondong.db'))],
  ['postgres', () => new PostgresStore({ url: PG_URL, schema, poolSize: 2 })],
];

describe.each(engines)('history on %s', (_name, make) => {
  it('keeps points per series, answers raw and stepped queries, and keeps homes apart', async () => {
    const s = make();
    await s.open();
    try {
      await s.appendSamples(
        'h1',
        Array.from({ length: 120 }, (_, i) => temp(i)),
      );
      await s.appendSamples('h1', [{ ...temp(0), endpoint: 'freezer', value: -1800 }]);
      await s.appendSamples('h2', [temp(5)]);
      const q = {
        device: 'fridge',
        attribute: 'TemperatureMeasurement.MeasuredValue',
        from: T0,
        to: T0 + DAY,
        limit: 1000,
      };
      const all = await s.querySamples('h1', q);
      expect(all.map((x) => x.endpoint)).toEqual(['freezer', 'refrigerator']);
      const raw = all.find((x) => x.endpoint === 'refrigerator')?.points ?? [];
      expect(raw).toHaveLength(120);
      expect(raw[3]).toEqual({ at: T0 + 3 * 60_000, value: 303 });
      const stepped = await s.querySamples('h1', { ...q, endpoint: 'refrigerator', step: 10 * 60_000 });
      expect(stepped[0]?.points).toHaveLength(12);
      expect(stepped[0]?.points[0]).toEqual({ at: T0, value: 304.5, min: 300, max: 309 });
      expect(stepped[0]?.points[11]).toEqual({ at: T0 + 110 * 60_000, value: 304.5, min: 300, max: 309 });
      // The limit keeps the earliest buckets; a bucket not starting at `from` is aligned to it.
      const first = await s.querySamples('h1', {
        ...q,
        from: T0 + 5 * 60_000,
        endpoint: 'refrigerator',
        step: 10 * 60_000,
        limit: 2,
      });
      expect(first[0]?.points).toEqual([
        { at: T0 + 5 * 60_000, value: 304.5, min: 300, max: 309 },
        { at: T0 + 15 * 60_000, value: 304.5, min: 300, max: 309 },
      ]);
      expect(await s.countSamples('h2')).toBe(1);
      expect(await s.countSamples('h1', 'fridge')).toBe(121);
      expect(await s.countSamples('h1', 'other')).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('downsamples old points, drops those past retention, and bounds the size', async () => {
    const s = make();
    await s.open();
    try {
      // 3 days of 1-minute points in home h3.
      const pts = Array.from({ length: 3 * 1440 }, (_, i) => temp(i));
      await s.appendSamples('h3', pts);
      const now = T0 + 3 * DAY;
      const policy = { rawDays: 1, bucketMs: 60 * 60_000, retentionDays: 2, maxPoints: 10_000 };
      const r = await s.compactHistory('h3', policy, now);
      // Day 1 is past retention; day 2 (1440 raw points) becomes 24 hourly points; day 3 stays raw.
      expect(r.downsampled).toBe(2 * 1440);
      expect(await s.countSamples('h3')).toBe(24 + 1440);
      const q = {
        device: 'fridge',
        attribute: 'TemperatureMeasurement.MeasuredValue',
        from: T0,
        to: now,
        limit: 5000,
      };
      const [series] = await s.querySamples('h3', q);
      expect(series?.points[0]).toEqual({ at: T0 + DAY, value: 304.5, min: 300, max: 309 });
      await s.compactHistory('h3', { ...policy, maxPoints: 100 }, now);
      expect(await s.countSamples('h3')).toBe(100);
      const [kept] = await s.querySamples('h3', q);
      expect(kept?.points[0]?.at).toBe(now - 100 * 60_000);
    } finally {
      await s.close();
    }
  });
});
