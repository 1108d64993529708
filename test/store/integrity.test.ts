/**
 * Issue #12, finding 13: damaged data never start silently empty. A damaged WAL, an empty or
 * random database file, or a damaged page refuse at start, name the file and change nothing (the
 * owner token is never rewritten); a damaged page met at run time is a 503 `storage-corrupt`.
 * A crash image (database and WAL as kill -9 leaves them) still starts with all its data.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  cpSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SMALL_HOME_YAML } from '../cli/support.js';
import { homeFromYaml, startTestHub, type TestHub, tempDir } from '../support/hub.js';

const hubs: TestHub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.stop();
});

const HOME = () => homeFromYaml(SMALL_HOME_YAML);

async function hub(dataDir = tempDir()): Promise<TestHub> {
  const h = await startTestHub({ homes: [HOME()], dataDir });
  hubs.push(h);
  return h;
}

async function fanTo(h: TestHub, mode: number) {
  const ep = (await h.api('/api/v1/homes/small/devices/vent')).body.endpoints[0].id;
  const r = await h.api('/api/v1/homes/small/devices/vent/commands', {
    method: 'POST',
    body: JSON.stringify({
      endpoint: ep,
      cluster: 'FanControl',
      command: 'WriteAttributes',
      args: { FanMode: mode },
    }),
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

/** What kill -9 leaves: the running hub's files copied as they are (the WAL holds every commit). */
async function crashImage(): Promise<{ dir: string; token: string }> {
  const h = await hub();
  for (const m of [1, 2, 3]) await fanTo(h, m);
  const dir = tempDir('yd-crash-');
  for (const f of readdirSync(h.dataDir)) {
    if (f === 'hub.lock' || f.endsWith('-shm')) continue;
    cpSync(join(h.dataDir, f), join(dir, f), { recursive: true });
  }
  expect(existsSync(join(dir, 'yeondong.db-wal'))).toBe(true);
  return { dir, token: h.token() };
}

/** A fingerprint of every file of the folder (but the lock), to show nothing changed. */
function folder(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name !== 'hub.lock' && !e.name.endsWith('-shm'))
        out.push(`${p} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`);
    }
  };
  walk(dir);
  return out.sort().join('\n');
}

async function refusal(dir: string): Promise<string> {
  const before = folder(dir);
  const err = await startTestHub({ homes: [HOME()], dataDir: dir }).then(
    (h) => {
      hubs.push(h);
      return null;
    },
    (e: Error) => e,
  );
  expect(err, 'the hub started').toBeInstanceOf(Error);
  expect(folder(dir)).toBe(before);
  return (err as Error).message;
}

describe('damaged data at start (finding 13)', () => {
  it('starts from a crash image with every acknowledged command', async () => {
    const { dir, token } = await crashImage();
    const h = await hub(dir);
    expect(h.token()).toBe(token);
    const vent = (await h.api('/api/v1/homes/small/devices/vent')).body;
    expect(vent.endpoints[0].clusters.FanControl.FanMode).toBe(3);
    expect((await h.api('/api/v1/homes/small/commands')).body).toHaveLength(3);
  });

  it('refuses random bytes in yeondong.db-wal, naming the file, and keeps the owner token', async () => {
    const { dir } = await crashImage();
    const wal = join(dir, 'yeondong.db-wal');
    writeFileSync(wal, randomBytes(readFileSync(wal).length));
    const msg = await refusal(dir);
    expect(msg).toContain(join(dir, 'yeondong.db'));
    expect(msg).toMatch(/damaged/);
    expect(msg).toMatch(/backup/);
  });

  it('refuses random bytes in the middle of the WAL (later commits would be lost)', async () => {
    const { dir } = await crashImage();
    const fd = openSync(join(dir, 'yeondong.db-wal'), 'r+');
    writeSync(fd, randomBytes(64), 0, 64, 5000);
    closeSync(fd);
    expect(await refusal(dir)).toContain('WAL');
  });

  it('refuses a zero-length yeondong.db next to an owner token (data lost), writing no new token', async () => {
    const { dir } = await crashImage();
    writeFileSync(join(dir, 'yeondong.db'), '');
    writeFileSync(join(dir, 'yeondong.db-wal'), '');
    const msg = await refusal(dir);
    expect(msg).toContain(join(dir, 'yeondong.db'));
    expect(msg).toMatch(/lost/);
  });

  it('refuses a missing database next to an owner token', async () => {
    const { dir } = await crashImage();
    rmSync(join(dir, 'yeondong.db'));
    rmSync(join(dir, 'yeondong.db-wal'));
    expect(await refusal(dir)).toMatch(/lost/);
    expect(existsSync(join(dir, 'yeondong.db'))).toBe(false);
  });

  it('refuses an all-random database file as not a database (not "read-only or disk full")', async () => {
    const { dir } = await crashImage();
    writeFileSync(join(dir, 'yeondong.db'), randomBytes(64 * 1024));
    writeFileSync(join(dir, 'yeondong.db-wal'), '');
    const msg = await refusal(dir);
    expect(msg).toContain(join(dir, 'yeondong.db'));
    expect(msg).toMatch(/not an SQLite database/);
    expect(msg).not.toMatch(/read-only|disk full/);
  });

  it('refuses a damaged page (quick_check)', async () => {
    const dir = await stoppedWithAudit();
    damageTable(dir, 'commands');
    expect(await refusal(dir)).toMatch(/quick_check|SQLITE_CORRUPT/);
  });
});

/** A folder whose hub ran turns and commands and stopped cleanly (all in yeondong.db, no WAL). */
async function stoppedWithAudit(): Promise<string> {
  const h = await hub();
  await fanTo(h, 2);
  for (const text of ['지니야, 환기 켜줘', '지니야, 환기 꺼줘']) {
    const r = await h.api('/api/v1/homes/small/conversation', {
      method: 'POST',
      body: JSON.stringify({ text, satellite: 'console' }),
    });
    expect(r.status).toBe(200);
  }
  await hubs.pop()?.stop();
  return h.dataDir;
}

/** Overwrites the root page of a table with random bytes. */
function damageTable(dir: string, table: string): void {
  const file = join(dir, 'yeondong.db');
  const db = new Database(file, { readonly: true });
  const root = (
    db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as { rootpage: number }
  ).rootpage;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, randomBytes(pageSize), 0, pageSize, (root - 1) * pageSize);
  closeSync(fd);
}

describe('damaged data at run time (finding 13)', () => {
  it('answers 503 storage-corrupt for a damaged page, never a 500', async () => {
    const dir = await stoppedWithAudit();
    const h = await hub(dir);
    expect((await h.api('/api/v1/homes/small/audit')).status).toBe(200);
    await h.stop();
    hubs.pop();
    const again = await hub(dir);
    damageTable(dir, 'audit');
    const r = await again.api('/api/v1/homes/small/audit');
    expect(r.status).toBe(503);
    expect(r.body.error.code).toBe('storage-corrupt');
    expect(r.body.error.message).toMatch(/backup/);
    // The rest of the hub still answers.
    expect((await again.api('/api/v1/homes/small/devices')).status).toBe(200);
  });
});
