/**
 * The data folder (`--data DIR`): checked before anything is written, created one level at a time,
 * and put back as it was when a start is refused.
 *
 * Why not `mkdirSync(dir, { recursive: true })`: on Node 20 it spins for ever on a path the kernel
 * refuses with ENOENT although the parent exists (`/proc/nope`), and its EEXIST/ENOTDIR say nothing
 * of which part of the path is a file.
 */
import { accessSync, constants, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

type Kind = 'dir' | 'file' | 'missing';

function kindOf(path: string): Kind {
  try {
    return statSync(path).isDirectory() ? 'dir' : 'file';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // ENOTDIR: a part of the path above is a file; the caller finds which one.
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw err;
  }
}

/** Null when this process may write in the folder; else why not, for people. */
function notWritable(path: string): string | null {
  try {
    accessSync(path, constants.W_OK | constants.X_OK);
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'EROFS' ? 'is on a read-only file system' : `is not writable (${code ?? String(err)})`;
  }
}

/** Null when DIR is, or can be made, a data folder; else one line saying why not. Writes nothing. */
export function dataDirProblem(dir: string): string | null {
  const abs = resolve(dir);
  const kind = kindOf(abs);
  if (kind === 'file') return `the data folder ${abs} is a file, not a folder; give --data a folder`;
  if (kind === 'dir') {
    const why = notWritable(abs);
    return why ? `the data folder ${abs} ${why}` : null;
  }
  let parent = dirname(abs);
  while (kindOf(parent) === 'missing' && dirname(parent) !== parent) parent = dirname(parent);
  if (kindOf(parent) === 'file')
    return `cannot create the data folder ${abs}: ${parent} is a file, not a folder`;
  const why = notWritable(parent);
  return why ? `cannot create the data folder ${abs}: ${parent} ${why}` : null;
}

/**
 * Makes DIR (and missing parents) one level at a time; returns the topmost folder it created, or
 * null when DIR was there. Throws one line for people when that cannot be done.
 */
export function makeDataDir(dir: string): string | null {
  const abs = resolve(dir);
  const problem = dataDirProblem(abs);
  if (problem) throw new Error(problem);
  const missing: string[] = [];
  for (let p = abs; kindOf(p) === 'missing' && dirname(p) !== p; p = dirname(p)) missing.unshift(p);
  for (const p of missing) {
    try {
      mkdirSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && kindOf(p) === 'dir') continue;
      if (missing[0] !== p) rmSync(missing[0] as string, { recursive: true, force: true });
      throw new Error(
        `cannot create the data folder ${abs}: ${p} cannot be made here (${code ?? String(err)})`,
      );
    }
  }
  return missing[0] ?? null;
}

/**
 * Remembers what DIR holds now; `make` creates it (makeDataDir) and `undo` removes what was added
 * since: the folders this run created, else each new entry of DIR.
 */
export function snapshotDataDir(dir: string): { make(): void; undo(): void } {
  const abs = resolve(dir);
  const before = kindOf(abs) === 'dir' ? new Set(readdirSync(abs)) : null;
  let created: string | null = null;
  return {
    make() {
      created = makeDataDir(abs);
    },
    undo() {
      if (created) rmSync(created, { recursive: true, force: true });
      else if (before && kindOf(abs) === 'dir') {
        for (const name of readdirSync(abs)) {
          if (!before.has(name)) rmSync(join(abs, name), { recursive: true, force: true });
        }
      }
    },
  };
}
