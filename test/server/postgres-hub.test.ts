/**
 * A whole hub on the operators' engines: PostgresStore (a fresh schema, dropped after) and NatsBus
 * (its own stream and subject prefix, deleted after), on the demo home.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'nats';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { NatsBus } from '../../src/bus/nats.js';
import type { BusEvents } from '../../src/bus/types.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { silentLogger } from '../../src/util/log.js';
import { DEMO_HOME, startTestHub, type TestHub, tempDir } from '../support/hub.js';
import { expectUnlockKept, unlockDemoDoor } from '../support/restart.js';

const PG_URL = process.env.YEONDONG_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const NATS_URL = process.env.YEONDONG_TEST_NATS ?? 'nats://127.0.0.1:4222';
const run = randomBytes(4).toString('hex');
const schema = `yd_hub_${run}`;
const where = { stream: `YD_HUB_${run}`, subjectPrefix: `ydhub${run}` };

const hubs: TestHub[] = [];
const buses: NatsBus[] = [];

afterEach(async () => {
  for (const h of hubs.splice(0)) await h.stop();
  for (const b of buses.splice(0)) await b.stop();
});

afterAll(async () => {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => c.end());
  const nc = await connect({ servers: NATS_URL });
  await (await nc.jetstreamManager()).streams.delete(where.stream).catch(() => {});
  await nc.close();
});

const engines = () => ({
  store: new PostgresStore({ url: PG_URL, schema, poolSize: 5 }),
  bus: new NatsBus({ url: NATS_URL, ...where, log: silentLogger }),
});

describe('a hub on PostgreSQL and NATS JetStream', () => {
  it('runs a command, lets another process follow it, and keeps the log and owner token across a restart', async () => {
    const dataDir = tempDir();
    const a = await startTestHub({ homes: [DEMO_HOME], dataDir, ...engines() });
    hubs.push(a);
    const token = readFileSync(join(dataDir, 'owner.token'), 'utf8').trim();
    expect(token).toBe(a.token());
    // The data is in PostgreSQL, not in a SQLite file.
    expect(existsSync(join(dataDir, 'yeondong.db'))).toBe(false);

    // Another process following the home on the same stream.
    const follower = new NatsBus({ url: NATS_URL, ...where, log: silentLogger });
    buses.push(follower);
    await follower.start();
    await follower.follow('demo');
    const executed = new Promise<BusEvents['commandExecuted']>((resolve) =>
      follower.on('commandExecuted', (e) => e.device === 'door' && resolve(e)),
    );
    const changed = new Promise<BusEvents['stateChanged']>((resolve) =>
      follower.on('stateChanged', (e) => e.device === 'door' && resolve(e)),
    );

    const r = await unlockDemoDoor(a);
    expect(r.status).toBe(200);
    expect(await executed).toMatchObject({ home: 'demo', command: 'UnlockDoor', status: 'success' });
    expect((await changed).patches).toContainEqual(
      expect.objectContaining({ cluster: 'DoorLock', attributes: expect.objectContaining({ LockState: 2 }) }),
    );

    // Committed in PostgreSQL before the reply.
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      const rows = await c.query(
        `SELECT status FROM "${schema}".commands WHERE home = 'demo' AND device = 'door' AND command = 'UnlockDoor'`,
      );
      expect(rows.rows).toEqual([{ status: 'success' }]);
    } finally {
      await c.end();
    }
    await hubs.splice(0)[0]?.stop();

    const b = await startTestHub({ homes: [DEMO_HOME], dataDir, ...engines() });
    hubs.push(b);
    await expectUnlockKept(b, token);
  });
});
