/**
 * One contract for every Store: the embedded SqliteStore and the operators' PostgresStore must
 * behave the same. PostgreSQL runs against YEONDONG_TEST_POSTGRES (default: the local server's
 * `test` database) in a fresh schema per run, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/postgres.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { CommandRecord, Store, StoredDevice } from '../../src/store/types.js';

const PG_URL = process.env.YEONDONG_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const schemas: string[] = [];

afterAll(async () => {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await c.end();
  }
});

interface Backend {
  name: string;
  /** A fresh, empty place; `open()` returns a new store on it each time (to test reopening). */
  fresh(): { open(): Store };
}

const backends: Backend[] = [
  {
    name: 'SqliteStore',
    fresh() {
      const path = join(mkdtempSync(join(tmpdir(), 'yd-store-')), 'hub.db');
      return { open: () => new SqliteStore(path) };
    },
  },
  {
    name: 'PostgresStore',
    fresh() {
      const schema = `yd_test_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return { open: () => new PostgresStore({ url: PG_URL, schema, poolSize: 4 }) };
    },
  },
];

const FRIDGE: StoredDevice = {
  id: 'fridge',
  online: true,
  endpoints: [
    {
      id: 'refrigerator',
      deviceTypes: ['TemperatureControlledCabinet'],
      tags: ['Refrigerator'],
      clusters: { TemperatureControl: { TemperatureSetpoint: 400 }, OnOff: { OnOff: true } },
    },
  ],
};

const command = (id: string, home: string, startedAt: number): CommandRecord => ({
  id,
  home,
  origin: 'api:owner',
  device: 'fridge',
  endpoint: 'refrigerator',
  cluster: 'TemperatureControl',
  command: 'SetTemperature',
  args: { TargetTemperature: 300 },
  status: 'pending',
  errorCode: null,
  startedAt,
  finishedAt: null,
  vendorMs: null,
});

const audit = (at: number, assistant: string) => ({
  at,
  kind: 'turn' as const,
  assistant,
  satellite: 'console',
  conversationId: 'k',
  principal: 'owner',
  text: '불 켜 줘',
  decision: 'allowed',
  outcome: { ok: true },
});

/** Opens a store, runs fn, and always closes it. */
async function using<T>(s: Store, fn: (s: Store) => Promise<T>): Promise<T> {
  await s.open();
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}

describe.each(backends)('Store contract: $name', (backend) => {
  it('keeps devices, commands, events, audit, idempotency and kv across a close and reopen', async () => {
    const place = backend.fresh();
    const seq = await using(place.open(), async (a) => {
      await a.upsertHome({ id: 'demo', name: '집' });
      await a.upsertHome({ id: 'demo', name: '우리 집' });
      await a.saveDevice('demo', structuredClone(FRIDGE));
      await a.beginCommand(command('c1', 'demo', 1));
      await a.finishCommand(
        'c1',
        { status: 'success', errorCode: null, finishedAt: 2, vendorMs: 1.5 },
        [
          {
            device: 'fridge',
            endpoint: 'refrigerator',
            cluster: 'TemperatureControl',
            attrs: { TemperatureSetpoint: 300 },
          },
        ],
        'demo',
      );
      const seq = await a.appendEvent('demo', 'stateChanged', { x: 1, 말: '안녕' }, 3);
      await a.appendAudit('demo', audit(4, 'genie'));
      await a.putIdempotent('demo', 'key-1', { status: 200, body: { ok: true } }, 1000);
      await a.putKv('demo', 'token:abc', '{"role":"owner"}');
      return seq;
    });

    await using(place.open(), async (b) => {
      const [dev] = await b.loadDevices('demo');
      expect(dev).toMatchObject({ id: 'fridge', online: true });
      expect(dev?.endpoints[0]?.clusters.TemperatureControl?.TemperatureSetpoint).toBe(300);
      expect(dev?.endpoints[0]?.clusters.OnOff?.OnOff).toBe(true);
      const [c] = await b.listCommands('demo', 10);
      expect(c).toEqual({
        ...command('c1', 'demo', 1),
        status: 'success',
        finishedAt: 2,
        vendorMs: 1.5,
      });
      expect(await b.listEvents('demo', 10)).toEqual([
        { seq, home: 'demo', at: 3, type: 'stateChanged', payload: { x: 1, 말: '안녕' } },
      ]);
      expect(typeof seq).toBe('number');
      const [au] = await b.listAudit('demo', 10);
      expect(au).toMatchObject({ ...audit(4, 'genie') });
      expect(typeof au?.seq).toBe('number');
      expect(await b.getIdempotent('demo', 'key-1', 2000)).toEqual({ status: 200, body: { ok: true } });
      expect(await b.getIdempotent('demo', 'key-1', 1000 + 25 * 3600 * 1000)).toBeNull();
      expect(await b.getKv('demo', 'token:abc')).toBe('{"role":"owner"}');
    });
  });

  it('keeps homes apart in every table', async () => {
    await using(backend.fresh().open(), async (s) => {
      for (const home of ['a', 'b']) {
        await s.upsertHome({ id: home, name: home });
        await s.saveDevice(home, structuredClone(FRIDGE));
      }
      await s.beginCommand(command('c1', 'a', 10));
      await s.beginCommand({ ...command('c2', 'b', 20), origin: 'assistant:genie' });
      await s.finishCommand(
        'c1',
        { status: 'error', errorCode: 'device-offline', finishedAt: 11, vendorMs: null },
        [
          {
            device: 'fridge',
            endpoint: 'refrigerator',
            cluster: 'TemperatureControl',
            attrs: { TemperatureSetpoint: 100 },
          },
        ],
        'a',
      );
      await s.patchDevice('a', 'fridge', 'refrigerator', 'OnOff', { OnOff: false });
      await s.appendEvent('a', 'onlineChanged', { home: 'a' }, 1);
      await s.appendAudit('a', audit(1, 'genie'));
      await s.putIdempotent('a', 'k', { status: 201, body: 'a' }, 1000);
      await s.putKv('a', 'token:1', 'x');
      await s.putKv('b', 'token:2', 'y');

      const [devA] = await s.loadDevices('a');
      const [devB] = await s.loadDevices('b');
      expect(devA?.endpoints[0]?.clusters).toEqual({
        TemperatureControl: { TemperatureSetpoint: 100 },
        OnOff: { OnOff: false },
      });
      expect(devB?.endpoints[0]?.clusters).toEqual(FRIDGE.endpoints[0]?.clusters);

      expect(await s.listCommands('a', 10)).toMatchObject([
        { id: 'c1', status: 'error', origin: 'api:owner' },
      ]);
      expect(await s.listCommands('b', 10)).toMatchObject([
        { id: 'c2', status: 'pending', origin: 'assistant:genie', finishedAt: null },
      ]);
      expect(await s.listEvents('b', 10)).toEqual([]);
      expect(await s.listAudit('b', 10)).toEqual([]);
      expect(await s.getIdempotent('b', 'k', 2000)).toBeNull();
      expect(await s.getIdempotent('a', 'k', 2000)).toEqual({ status: 201, body: 'a' });
      expect(await s.listKv('a', 'token:')).toEqual([{ key: 'token:1', value: 'x' }]);
      expect(await s.getKv('b', 'token:1')).toBeNull();
      await s.deleteKv('b', 'token:1');
      expect(await s.getKv('a', 'token:1')).toBe('x');
      await s.deleteKv('a', 'token:1');
      expect(await s.getKv('a', 'token:1')).toBeNull();
      expect(await s.listKv('b', '')).toEqual([{ key: 'token:2', value: 'y' }]);
      expect(await s.loadDevices('nobody')).toEqual([]);
    });
  });

  it('applies a command outcome and its patches together, ignoring unknown devices and endpoints', async () => {
    await using(backend.fresh().open(), async (s) => {
      await s.saveDevice('demo', structuredClone(FRIDGE));
      await s.beginCommand(command('c1', 'demo', 1));
      await s.finishCommand(
        'c1',
        { status: 'success', errorCode: null, finishedAt: 2, vendorMs: 0.25 },
        [
          { device: 'fridge', endpoint: 'refrigerator', cluster: 'OnOff', attrs: { OnOff: false } },
          { device: 'ghost', endpoint: 'main', cluster: 'OnOff', attrs: { OnOff: true } },
          { device: 'fridge', endpoint: 'freezer', cluster: 'OnOff', attrs: { OnOff: true } },
          {
            device: 'fridge',
            endpoint: 'refrigerator',
            cluster: 'TemperatureControl',
            attrs: { TemperatureSetpoint: 350, Step: 50 },
          },
          {
            device: 'fridge',
            endpoint: 'refrigerator',
            cluster: 'TemperatureControl',
            attrs: { TemperatureSetpoint: 320 },
          },
        ],
        'demo',
      );
      const devices = await s.loadDevices('demo');
      expect(devices.map((d) => d.id)).toEqual(['fridge']);
      expect(devices[0]?.endpoints).toHaveLength(1);
      expect(devices[0]?.endpoints[0]?.clusters).toEqual({
        TemperatureControl: { TemperatureSetpoint: 320, Step: 50 },
        OnOff: { OnOff: false },
      });
      expect((await s.listCommands('demo', 1))[0]).toMatchObject({ status: 'success', vendorMs: 0.25 });
      // A device saved again replaces what was stored.
      await s.saveDevice('demo', { ...structuredClone(FRIDGE), online: false });
      expect((await s.loadDevices('demo'))[0]).toEqual({ ...FRIDGE, online: false });
    });
  });

  it('loses no update when many patches of one device run at once', async () => {
    await using(backend.fresh().open(), async (s) => {
      await s.saveDevice('demo', structuredClone(FRIDGE));
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          i % 2 === 0
            ? s.patchDevice('demo', 'fridge', 'refrigerator', 'Many', { [`a${i}`]: i })
            : (async () => {
                await s.beginCommand(command(`c${i}`, 'demo', i));
                await s.finishCommand(
                  `c${i}`,
                  { status: 'success', errorCode: null, finishedAt: i + 1, vendorMs: 1 },
                  [{ device: 'fridge', endpoint: 'refrigerator', cluster: 'Many', attrs: { [`a${i}`]: i } }],
                  'demo',
                );
              })(),
        ),
      );
      const attrs = (await s.loadDevices('demo'))[0]?.endpoints[0]?.clusters.Many ?? {};
      expect(Object.keys(attrs)).toHaveLength(20);
      expect(await s.listCommands('demo', 100)).toHaveLength(10);
    });
  });

  it('lists commands newest first and pages events and audit backwards', async () => {
    await using(backend.fresh().open(), async (s) => {
      for (let i = 1; i <= 5; i++) await s.beginCommand(command(`c${i}`, 'demo', i * 10));
      // Same start time: the later one first.
      await s.beginCommand(command('c6', 'demo', 50));
      expect((await s.listCommands('demo', 3)).map((c) => c.id)).toEqual(['c6', 'c5', 'c4']);

      const seqs: number[] = [];
      for (let i = 0; i < 5; i++) seqs.push(await s.appendEvent('demo', 'e', { i }, i));
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
      const page1 = await s.listEvents('demo', 2);
      expect(page1.map((e) => (e.payload as { i: number }).i)).toEqual([4, 3]);
      const page2 = await s.listEvents('demo', 2, page1[1]?.seq);
      expect(page2.map((e) => (e.payload as { i: number }).i)).toEqual([2, 1]);

      for (let i = 0; i < 4; i++) await s.appendAudit('demo', audit(i, `a${i}`));
      const au1 = await s.listAudit('demo', 3);
      expect(au1.map((a) => a.assistant)).toEqual(['a3', 'a2', 'a1']);
      expect((await s.listAudit('demo', 3, au1[2]?.seq)).map((a) => a.assistant)).toEqual(['a0']);
    });
  });

  it('keeps an idempotent result 24 h, replaces it under the same key, and lists kv by prefix in order', async () => {
    await using(backend.fresh().open(), async (s) => {
      const DAY = 24 * 3600 * 1000;
      await s.putIdempotent('demo', 'k', { status: 200, body: { n: 1 } }, 0);
      expect(await s.getIdempotent('demo', 'k', DAY)).toEqual({ status: 200, body: { n: 1 } });
      expect(await s.getIdempotent('demo', 'k', DAY + 1)).toBeNull();
      await s.putIdempotent('demo', 'k', { status: 409, body: null }, 10);
      expect(await s.getIdempotent('demo', 'k', 20)).toEqual({ status: 409, body: null });
      // A later write purges expired keys; an expired key then reads as absent either way.
      await s.putIdempotent('demo', 'other', { status: 200, body: 1 }, 3 * DAY);
      expect(await s.getIdempotent('demo', 'k', 3 * DAY)).toBeNull();
      // The request's fingerprint is kept with the outcome (a reuse with another body is refused).
      await s.putIdempotent('demo', 'fp', { status: 0, body: null, fingerprint: 'abc' }, 3 * DAY);
      expect(await s.getIdempotent('demo', 'fp', 3 * DAY)).toEqual({
        status: 0,
        body: null,
        fingerprint: 'abc',
      });

      for (const k of ['person:b', 'token:z', 'token:B', 'token:a', 'tokenx', 'token:']) {
        await s.putKv('demo', k, k.toUpperCase());
      }
      await s.putKv('demo', 'token:a', 'again');
      // Binary order (uppercase before lowercase), exact prefix (no LIKE wildcards).
      expect(await s.listKv('demo', 'token:')).toEqual([
        { key: 'token:', value: 'TOKEN:' },
        { key: 'token:B', value: 'TOKEN:B' },
        { key: 'token:a', value: 'again' },
        { key: 'token:z', value: 'TOKEN:Z' },
      ]);
      await s.putKv('demo', 'a_%b', '1');
      await s.putKv('demo', 'axxb', '2');
      expect(await s.listKv('demo', 'a_%')).toEqual([{ key: 'a_%b', value: '1' }]);
    });
  });

  it('turns a write on a closed store into a storage-unavailable error', async () => {
    const s = backend.fresh().open();
    await s.open();
    await s.close();
    await expect(s.putKv('a', 'k', 'v')).rejects.toMatchObject({ code: 'storage-unavailable', status: 503 });
    await expect(
      s.finishCommand('c', { status: 'success', errorCode: null, finishedAt: 1, vendorMs: null }, [], 'a'),
    ).rejects.toMatchObject({ code: 'storage-unavailable', status: 503 });
  });
});

describe('PostgresStore', () => {
  it('fails to open an unreachable server with storage-unavailable (503), naming it without the password', async () => {
    const s = new PostgresStore({
      url: 'postgres://someone:sekrit@127.0.0.1:1/nowhere',
      schema: 'yd_never',
      connectTimeoutMs: 1000,
    });
    const err = await s.open().then(
      () => null,
      (e: unknown) => e as Error & { code: string; status: number },
    );
    expect(err).toMatchObject({ code: 'storage-unavailable', status: 503 });
    expect(err?.message).toContain('127.0.0.1:1/nowhere');
    expect(err?.message).not.toContain('sekrit');
    await s.close();
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => new PostgresStore({ url: PG_URL, schema: 'x"; DROP SCHEMA public; --' })).toThrow(
      /schema name/,
    );
  });

  it('creates its tables in its own schema, and a second store opens the same schema at once', async () => {
    const schema = `yd_test_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    const a = new PostgresStore({ url: PG_URL, schema });
    const b = new PostgresStore({ url: PG_URL, schema });
    await Promise.all([a.open(), b.open()]);
    await a.putKv('demo', 'k', 'v');
    expect(await b.getKv('demo', 'k')).toBe('v');
    await Promise.all([a.close(), b.close()]);
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      const r = await c.query(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1',
        [schema],
      );
      expect(r.rows.map((x) => x.table_name)).toEqual([
        'audit',
        'commands',
        'devices',
        'events',
        'homes',
        'idempotency',
        'kv',
        'samples',
        'series',
      ]);
      const sc = await c.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND column_name = 'home'`,
        [schema],
      );
      // Every table but homes (whose id is the home) and samples (a home's through its series) has a home column.
      expect(sc.rowCount).toBe(7);
    } finally {
      await c.end();
    }
  });
});
