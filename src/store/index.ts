/**
 * Picks the store from a URL: none or `sqlite:` → the embedded SQLite file DATA/yeondong.db
 * (`sqlite:/path/to/file.db` for another file); `postgres://…` or `postgresql://…` → PostgreSQL
 * (`?schema=NAME` chooses the schema, default `yeondong`).
 */
import { join, resolve } from 'node:path';
import { PostgresStore, splitSchema } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export function createStore(url: string | undefined, dataDir: string): Store {
  if (url === undefined || url === '' || url === 'sqlite:' || url === 'sqlite') {
    return new SqliteStore(join(dataDir, 'yeondong.db'));
  }
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    return new SqliteStore(path === '' ? join(dataDir, 'yeondong.db') : resolve(dataDir, path));
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { url: conn, schema } = splitSchema(url);
    return new PostgresStore({ url: conn, ...(schema ? { schema } : {}) });
  }
  throw new Error(
    `--store must be sqlite: or a postgres:// URL (got '${url.replace(/:[^:@/]*@/, ':***@')}')`,
  );
}
