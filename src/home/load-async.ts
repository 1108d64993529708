/**
 * Home files for the hub's start-up: as loadHomeFile (home/load.ts), but without a cached copy the
 * YAML is parsed in a worker thread (home/yaml-worker.ts), so the parser's transient memory —
 * several times the file's size — goes with the worker instead of staying in the hub's resident
 * memory for the rest of its life.
 */
import { Worker } from 'node:worker_threads';
import { readCachedYaml, writeCachedYaml } from './cache.js';
import { checkWithLazyLines, HomeFileError, readHomeText } from './load.js';
import type { HomeFile } from './types.js';

/** Reads and checks a home file, with the cache in `cacheDir` as loadHomeFile. */
export async function loadHomeFileAsync(path: string, opts: { cacheDir?: string } = {}): Promise<HomeFile> {
  const text = readHomeText(path);
  const cached = opts.cacheDir ? readCachedYaml(opts.cacheDir, path, text) : undefined;
  if (cached !== undefined) return checkWithLazyLines(cached, text, path);
  const data = await parseInWorker(text, path);
  const home = checkWithLazyLines(data, text, path);
  if (opts.cacheDir) writeCachedYaml(opts.cacheDir, path, text, data);
  return home;
}

function parseInWorker(text: string, file: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./yaml-worker.js', import.meta.url), { workerData: { text, file } });
    worker.once('message', (m: { ok: boolean; data?: unknown; message?: string; problems?: string[] }) => {
      if (m.ok) resolve(m.data);
      else reject(new HomeFileError(file, m.problems ?? [m.message ?? 'cannot parse the file']));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
