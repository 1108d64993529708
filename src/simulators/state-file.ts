/**
 * A simulator's memory across restarts: its devices' state in a JSON file, in the vendor's own
 * shapes, as a real cloud keeps its devices' state whatever happens to the hub. Written a moment
 * after each change (atomically: a temporary file renamed over the old one) and when the simulator
 * stops. A missing or unreadable file means a fresh start from the seeds.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface StateFile<T> {
  /** The saved state, or null when there is none (or it cannot be read). */
  load(): T | null;
  /** Call after every change: the state is written shortly after. */
  changed(): void;
  /** Writes a pending change now (call on stop). */
  flush(): void;
}

const WRITE_DELAY_MS = 50;

/** `path` undefined: state lives in memory only, and every call does nothing. */
export function stateFile<T>(path: string | undefined, snapshot: () => T): StateFile<T> {
  let timer: NodeJS.Timeout | null = null;
  const write = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!path) return;
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(snapshot())}\n`);
    renameSync(tmp, path);
  };
  return {
    load() {
      if (!path) return null;
      try {
        return JSON.parse(readFileSync(path, 'utf8')) as T;
      } catch {
        return null;
      }
    },
    changed() {
      if (!path || timer) return;
      timer = setTimeout(write, WRITE_DELAY_MS);
      timer.unref();
    },
    flush() {
      if (timer) write();
    },
  };
}
