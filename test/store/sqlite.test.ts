import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';

const tmp = () => join(mkdtempSync(join(tmpdir(), 'yd-store-')), 'hub.db');

// The behaviour every Store shares (reopen, homes apart, paging, idempotency, …) is in
// contract.test.ts, run against SqliteStore and PostgresStore alike.
describe('SqliteStore', () => {
  it('keeps homes apart in key-value data', async () => {
    const s = new SqliteStore(tmp());
    await s.open();
    await s.putKv('a', 'token:1', 'x');
    await s.putKv('b', 'token:2', 'y');
    expect(await s.listKv('a', 'token:')).toEqual([{ key: 'token:1', value: 'x' }]);
    await s.deleteKv('a', 'token:1');
    expect(await s.getKv('a', 'token:1')).toBeNull();
    await s.close();
  });

  it('keeps its change mark while only it writes, and changes it when another connection commits', async () => {
    const path = tmp();
    const s = new SqliteStore(path);
    await s.open();
    const first = await s.changeMark();
    await s.putKv('a', 'token:1', 'x');
    expect(await s.changeMark()).toBe(first);
    const other = new SqliteStore(path);
    await other.open({ checks: false });
    await other.putKv('a', 'token:2', 'y');
    const second = await s.changeMark();
    expect(second).not.toBe(first);
    expect(await s.changeMark()).toBe(second);
    await other.close();
    await s.close();
  });

  it('turns a failing write into a storage-unavailable error', async () => {
    const s = new SqliteStore(tmp());
    await s.open();
    await s.close();
    await expect(s.putKv('a', 'k', 'v')).rejects.toMatchObject({ code: 'storage-unavailable', status: 503 });
  });
});
