/**
 * Home files for the hub's start-up: as loadHomeFile (home/load.ts), but without a cached copy the
 * YAML is parsed in a worker thread (home/yaml-worker.ts), so the parser's transient memory —
 * several times the file's size — goes with the worker instead of staying in the hub's resident
 * memory for the rest of its life. One worker parses every uncached file of a start: a worker
 * costs ~0.25 s of CPU to start (it loads the checker's modules), which per file made a first
 * start of 1,000 homes take minutes.
 */
import { Worker } from 'node:worker_threads';
import { readCachedYaml, writeCachedYaml } from './cache.js';
import { checkWithLazyLines, HomeFileError, readHomeText } from './load.js';
import type { HomeFile } from './types.js';

/** Reads and checks a home file, with the cache in `cacheDir` as loadHomeFile. */
export async function loadHomeFileAsync(path: string, opts: { cacheDir?: string } = {}): Promise<HomeFile> {
  const [home] = await loadHomeFilesAsync([path], opts);
  return home as HomeFile;
}

/**
 * Reads and checks home files in order, the uncached ones parsed in one worker; rejects with the
 * error of the first file (in the given order) that cannot be read, parsed or checked.
 */
export async function loadHomeFilesAsync(
  paths: string[],
  opts: { cacheDir?: string } = {},
): Promise<HomeFile[]> {
  type Slot = { text: string; data?: unknown; error?: unknown; parsed?: boolean };
  const slots: Slot[] = [];
  const toParse: number[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readHomeText(path);
    } catch (error) {
      slots.push({ text: '', error });
      break; // files after the first unreadable one are not needed
    }
    const cached = opts.cacheDir ? readCachedYaml(opts.cacheDir, path, text) : undefined;
    if (cached !== undefined) slots.push({ text, data: cached });
    else {
      toParse.push(slots.length);
      slots.push({ text, parsed: true });
    }
  }
  const parsed =
    toParse.length > 0
      ? await parseInWorker(toParse.map((i) => ({ text: (slots[i] as Slot).text, file: paths[i] as string })))
      : [];
  for (const [k, i] of toParse.entries()) Object.assign(slots[i] as Slot, parsed[k]);
  const homes: HomeFile[] = [];
  for (const [i, s] of slots.entries()) {
    const path = paths[i] as string;
    if (s.error !== undefined) throw s.error;
    homes.push(checkWithLazyLines(s.data, s.text, path));
    if (s.parsed && opts.cacheDir) writeCachedYaml(opts.cacheDir, path, s.text, s.data);
  }
  return homes;
}

type Parsed = { data?: unknown; error?: HomeFileError };

function parseInWorker(files: Array<{ text: string; file: string }>): Promise<Parsed[]> {
  return new Promise((resolve, reject) => {
    const out: Parsed[] = [];
    const worker = new Worker(new URL('./yaml-worker.js', import.meta.url), { workerData: { files } });
    worker.on('message', (m: { ok: boolean; data?: unknown; message?: string; problems?: string[] }) => {
      const file = (files[out.length] as { file: string }).file;
      out.push(
        m.ok
          ? { data: m.data }
          : { error: new HomeFileError(file, m.problems ?? [m.message ?? 'cannot parse the file']) },
      );
      if (out.length === files.length) {
        resolve(out);
        void worker.terminate();
      }
    });
    worker.once('error', reject);
    worker.once('exit', () => {
      if (out.length < files.length) reject(new Error('the home file parser stopped before it was done'));
    });
  });
}
