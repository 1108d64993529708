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

  it('turns a failing write into a storage-unavailable error', async () => {
    const s = new SqliteStore(tmp());
    await s.open();
    await s.close();
    await expect(s.putKv('a', 'k', 'v')).rejects.toMatchObject({ code: 'storage-unavailable', status: 503 });
  });
});
