/**
 * The plain data of parsed home files, kept in the hub's data folder (`DATA/cache/`), one file per
 * home file path: `{ v, sha256 of the text, data }`. Used only while the text is byte-for-byte the
 * same; anything unreadable, stale or of another format counts as absent. Writing is best effort
 * (a read-only data folder just goes without), atomic (temporary file, then rename), mode 0600
 * (the data holds whatever the home file holds, credentials included; `${ENV}` references stay
 * unexpanded, as in the file).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when what the cache holds for the same text changes (YAML options, the parser's output). */
const FORMAT = 1;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const fileFor = (dir: string, path: string) => join(dir, `home-${sha256(path).slice(0, 16)}.json`);

export function readCachedYaml(dir: string, path: string, text: string): unknown {
  try {
    const entry = JSON.parse(readFileSync(fileFor(dir, path), 'utf8')) as {
      v?: unknown;
      sha256?: unknown;
      data?: unknown;
    };
    return entry.v === FORMAT && entry.sha256 === sha256(text) ? entry.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeCachedYaml(dir: string, path: string, text: string, data: unknown): void {
  const file = fileFor(dir, path);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, JSON.stringify({ v: FORMAT, sha256: sha256(text), data }), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // best effort: the next start parses the YAML again
  }
}
