/**
 * Start-up checks of the SQLite files, before the hub writes anything: a database that is not one,
 * a WAL whose content is not what SQLite wrote, and `PRAGMA quick_check` on a read-only connection
 * (a read-only connection never checkpoints, so a refused database is left exactly as it was).
 *
 * Why the WAL is read here: SQLite treats a WAL with a bad header or a broken checksum chain as
 * ending there and silently drops every commit after the break, so a damaged WAL would start the
 * hub on older (or empty) data. A WAL that is damaged (a bad header, or frames of its current
 * generation after a break in its checksum chain) is refused instead.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { HubError } from '../model/errors.js';

export type Preflight = 'new' | 'empty' | 'existing';

export class CorruptDatabaseError extends Error {
  readonly code = 'storage-corrupt';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(
      `the hub's database ${file} is damaged (${detail}); nothing was changed. Restore the data folder's ` +
        'yeondong.db (with its -wal file, if the backup has one) from a backup, or move the folder aside to start an empty hub',
    );
  }
}

const WAL_MAGIC = 0x377f0682;
const DB_HEADER = 'SQLite format 3\u0000';

function readAll(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

function readHead(path: string, n: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/** SQLite's WAL checksum over `data` (a multiple of 8 bytes), continuing from `s`. */
function checksum(data: Buffer, bigEndian: boolean, s: [number, number]): [number, number] {
  let [s1, s2] = s;
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const x0 = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const x1 = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s1 = (s1 + x0 + s2) >>> 0;
    s2 = (s2 + x1 + s1) >>> 0;
  }
  return [s1, s2];
}

/** Problems of a WAL file, or null when SQLite would read all of it that was committed. */
export function walProblem(wal: Buffer, dbPageSize: number | null): string | null {
  if (wal.length === 0) return null;
  if (wal.length < 32) return `its WAL is ${wal.length} bytes, shorter than a WAL header`;
  const magic = wal.readUInt32BE(0);
  if ((magic & ~1) >>> 0 !== WAL_MAGIC) return 'its WAL does not start with a WAL header';
  const bigEndian = (magic & 1) === 1;
  const pageSize = wal.readUInt32BE(8);
  if (
    wal.readUInt32BE(4) !== 3007000 ||
    pageSize < 512 ||
    pageSize > 65536 ||
    (pageSize & (pageSize - 1)) !== 0
  )
    return 'its WAL header is not valid';
  if (dbPageSize !== null && pageSize !== dbPageSize)
    return 'its WAL is for another page size than the database';
  let s = checksum(wal.subarray(0, 24), bigEndian, [0, 0]);
  if (s[0] !== wal.readUInt32BE(24) || s[1] !== wal.readUInt32BE(28))
    return 'its WAL header checksum is wrong';
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  const frame = 24 + pageSize;
  // Frames of earlier generations (left behind when the WAL restarted) carry salt1 - k; anything
  // else in a frame header was not written by SQLite.
  const older = (off: number) => {
    const k = (salt1 - wal.readUInt32BE(off + 8)) >>> 0;
    return k >= 1 && k <= 4096;
  };
  let broken = -1;
  for (let off = 32, i = 0; off + frame <= wal.length; off += frame, i++) {
    const sameGeneration = wal.readUInt32BE(off + 8) === salt1 && wal.readUInt32BE(off + 12) === salt2;
    if (broken >= 0 || !sameGeneration) {
      // Frames of this generation after a break would be dropped by SQLite, and they are commits.
      if (sameGeneration) return `its WAL is damaged at frame ${broken + 1} (later frames would be lost)`;
      if (!older(off)) return `its WAL has a damaged frame header at frame ${i + 1}`;
      if (broken < 0) broken = i;
      continue;
    }
    s = checksum(wal.subarray(off, off + 8), bigEndian, s);
    s = checksum(wal.subarray(off + 24, off + frame), bigEndian, s);
    // A checksum that breaks on the last frame of its generation is a write cut off by a power
    // loss (never an acknowledged commit: those are fdatasync'ed); before other frames, damage.
    if (s[0] !== wal.readUInt32BE(off + 16) || s[1] !== wal.readUInt32BE(off + 20)) broken = i;
  }
  return null;
}

/** File-level checks; throws CorruptDatabaseError. 'new': no file; 'empty': a zero-length file. */
export function preflight(path: string): Preflight {
  if (!existsSync(path)) {
    if (existsSync(`${path}-wal`) && readHead(`${path}-wal`, 1).length > 0)
      throw new CorruptDatabaseError(path, 'the file is missing but its WAL is not');
    return 'new';
  }
  const head = readHead(path, 100);
  const wal = existsSync(`${path}-wal`) ? readAll(`${path}-wal`) : Buffer.alloc(0);
  if (head.length === 0) {
    if (wal.length > 0) throw new CorruptDatabaseError(path, 'the file is empty but its WAL is not');
    return 'empty';
  }
  if (head.length < 100 || head.subarray(0, 16).toString('latin1') !== DB_HEADER)
    throw new CorruptDatabaseError(path, 'the file is not an SQLite database');
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const problem = walProblem(wal, pageSize);
  if (problem) throw new CorruptDatabaseError(path, problem);
  return 'existing';
}

/** `PRAGMA quick_check` on a read-only connection; throws CorruptDatabaseError. */
export function quickCheck(path: string): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check(5)', { simple: false }) as Array<{ quick_check: string }>;
    const found = rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
    if (found.length > 0)
      throw new CorruptDatabaseError(path, `quick_check: ${found.join('; ').slice(0, 300)}`);
  } catch (err) {
    if (err instanceof CorruptDatabaseError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (isCorruption(code)) throw new CorruptDatabaseError(path, `${code}: ${(err as Error).message}`);
    throw err;
  } finally {
    db?.close();
  }
}

/** SQLite result codes that mean the file's content is damaged. */
export const isCorruption = (code: string): boolean =>
  code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';

/** A failed SQLite call as the hub's error: 503 storage-corrupt or storage-unavailable. */
export function storageError(err: unknown): HubError {
  const code = (err as { code?: string }).code ?? '';
  if (isCorruption(code)) return corrupt(code);
  return new HubError('storage-unavailable', 503, `the hub cannot write its data (${code || String(err)})`);
}

/** A damaged page met while running: 503 with its own code (never a 500); the operator must act. */
const corrupt = (code: string) =>
  new HubError(
    'storage-corrupt',
    503,
    `the hub's database is damaged (${code}); an operator must restore it from a backup`,
  );

/** Runs a read; a damaged database or a failing disk is a 503, never a 500. */
export function read<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof HubError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_')) throw storageError(err);
    throw err;
  }
}
