/**
 * One hub per data folder. A hub holds DATA/hub.lock for as long as it runs: an SQLite EXCLUSIVE
 * transaction on that (empty) file, which is a POSIX advisory lock (fcntl) held by the process.
 *
 * Why this and not a PID file: the kernel drops the lock when the process dies, however it dies
 * (kill -9, power loss, OOM), so a stale lock never blocks the next start and there is no PID to
 * guess about; SQLite also keeps two connections of one process apart (its in-process lock table),
 * so two hubs in one process are refused too. Why not lock yeondong.db itself (locking_mode =
 * EXCLUSIVE): the `clients` and `people` commands open that file beside a running hub, as does a
 * reader of its WAL; the lock file keeps them working. It does not cover a folder shared over NFS.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeDataDir } from './data-dir.js';
import { SqliteStore } from './sqlite.js';

export const LOCK_FILE = 'hub.lock';

export class DataDirBusyError extends Error {
  readonly code = 'data-dir-busy';
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/** Takes the data folder's lock, or throws DataDirBusyError at once if another hub holds it. */
export function lockDataDir(dir: string): DataDirLock {
  const path = join(dir, LOCK_FILE);
  let db: Database.Database;
  makeDataDir(dir); // a file, a folder under a file, a read-only parent: one line that says so
  try {
    db = new Database(path, { timeout: 0 });
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new Error(
      `the hub cannot open its data in ${dir} (${code ?? String(err)}): is the folder read-only or the disk full?`,
    );
  }
  try {
    db.pragma('journal_mode = MEMORY'); // no hub.lock-journal file beside it
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_BUSY') {
      throw new DataDirBusyError(
        `another hub is running on the data folder ${dir} (it holds ${path}); stop it first, or give this hub another --data`,
      );
    }
    throw err;
  }
  let held = true;
  return {
    path,
    release() {
      if (!held) return;
      held = false;
      db.close();
    },
  };
}

/**
 * Opens a data folder's SQLite file for a command that runs beside the hub (`clients`, `people`).
 * With no hub running, the start-up checks run as for a hub (the folder is held meanwhile); with a
 * hub running, they are skipped: that hub checked the files at its start and is writing them now.
 */
export async function openBesideHub(dataDir: string, file: string): Promise<SqliteStore> {
  const store = new SqliteStore(file);
  let lock: DataDirLock | null = null;
  try {
    lock = lockDataDir(dataDir);
  } catch (err) {
    if (!(err instanceof DataDirBusyError)) throw err;
  }
  try {
    await store.open({ checks: lock !== null });
  } finally {
    lock?.release();
  }
  return store;
}
