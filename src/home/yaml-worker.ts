/**
 * Parses a home file's YAML in a worker thread (home/load-async.ts): the parser's
 * transient memory — several times the file's size — lives in the worker's heap and goes with it,
 * instead of staying in the hub's resident memory for the rest of its life.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseYamlData } from './load.js';

const { text, file } = workerData as { text: string; file: string };
try {
  parentPort?.postMessage({ ok: true, data: parseYamlData(text, file) });
} catch (err) {
  parentPort?.postMessage({
    ok: false,
    message: (err as Error).message,
    problems: (err as { problems?: string[] }).problems,
  });
}
