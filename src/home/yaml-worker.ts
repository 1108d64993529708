/**
 * Parses home files' YAML in a worker thread (home/load-async.ts): the parser's
 * transient memory — several times the file's size — lives in the worker's heap and goes with it,
 * instead of staying in the hub's resident memory for the rest of its life. One message per file,
 * in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseYamlData } from './load.js';

const { files } = workerData as { files: Array<{ text: string; file: string }> };
for (const { text, file } of files) {
  try {
    parentPort?.postMessage({ ok: true, data: parseYamlData(text, file) });
  } catch (err) {
    parentPort?.postMessage({
      ok: false,
      message: (err as Error).message,
      problems: (err as { problems?: string[] }).problems,
    });
  }
}
