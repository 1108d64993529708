/**
 * Routines survive a restart, on SQLite and on PostgreSQL: they are kept in the store, and a time
 * trigger missed while the hub was down runs at start when it is younger than the grace, and is
 * audited as missed when it is older.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/types.js';
import { waitUntil } from '../support/commands.js';
import { homeFromYaml, startTestHub, tempDir } from '../support/hub.js';
import { MovableClock, ROUTINE_HOME, seoul } from './support.js';

const PG_URL = process.env.YEONDONG_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `yd_routines_${randomBytes(4).toString('hex')}`;
const R = '/api/v1/homes/flat/routines';

afterAll(async () => {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => c.end());
});

const engines: Array<[string, () => Partial<{ store: Store }>]> = [
  ['SQLite', () => ({})],
  ['PostgreSQL', () => ({ store: new PostgresStore({ url: PG_URL, schema, poolSize: 3 }) })],
];

describe.each(engines)('routines across a restart (%s)', (_name, engine) => {
  it('keeps routines and runs a missed 7 o’clock within the grace, logs an older one as missed', async () => {
    const dataDir = tempDir();
    const clock = new MovableClock(seoul(2026, 12, 3, 20, 0));
    const start = () =>
      startTestHub({
        homes: [homeFromYaml(ROUTINE_HOME)],
        dataDir,
        clock,
        routineGraceMs: 10 * 60_000,
        ...engine(),
      });
    const a = await start();
    const setpoint = {
      type: 'command',
      device: 'heat-living',
      cluster: 'Thermostat',
      command: 'WriteAttributes',
    };
    const mk = (id: string, at: string, value: number) =>
      a.api(R, {
        method: 'POST',
        body: JSON.stringify({
          id,
          name: id,
          triggers: [{ type: 'time', at }],
          actions: [{ ...setpoint, args: { OccupiedHeatingSetpoint: value } }],
        }),
      });
    expect((await mk('seven', '07:00', 2400)).status).toBe(201);
    expect((await mk('five', '05:00', 1800)).status).toBe(201);
    const token = a.token();
    await a.stop();

    // The hub comes back at 07:05: 07:00 is 5 minutes old (runs), 05:00 two hours (missed).
    clock.set(seoul(2026, 12, 4, 7, 5));
    const b = await start();
    try {
      const list = (await b.api(R, { token })).body as any[];
      expect(list.map((r) => r.id).sort()).toEqual(['evening', 'five', 'seven']);
      const routines = b.hub.home('flat')?.routines;
      await waitUntil(() => (routines?.lastRuns('seven').length ?? 0) > 0);
      expect(routines?.lastRuns('seven')[0]).toMatchObject({ outcome: 'success', trigger: { kind: 'time' } });
      expect(routines?.lastRuns('five')[0]).toMatchObject({ outcome: 'missed' });
      const heat = b.hub.home('flat')?.runtime.device('heat-living')?.endpoints[0]?.clusters.Thermostat;
      expect(heat?.OccupiedHeatingSetpoint).toBe(2400);
      // Every run is in the audit (written as the run ends).
      let decisions: string[] = [];
      for (let i = 0; i < 50 && decisions.length < 2; i++) {
        const audit = (await b.api('/api/v1/homes/flat/audit?limit=20', { token })).body as any[];
        decisions = audit.filter((x) => x.kind === 'routine').map((x) => x.decision);
        if (decisions.length < 2) await new Promise((r) => setTimeout(r, 20));
      }
      expect(decisions.sort()).toEqual(['missed', 'success']);
    } finally {
      await b.stop();
    }
    // Started again at once: nothing is run twice.
    const c = await start();
    try {
      await new Promise((r) => setTimeout(r, 100));
      expect(c.hub.home('flat')?.routines.lastRuns('seven')).toEqual([]);
    } finally {
      await c.stop();
    }
  });
});
