/**
 * Stopping a long-running command on SIGTERM or SIGINT: the steps run once, in order, each one's
 * failure ignored so the next still runs, and the process exits 0 — or 1 if the steps take longer
 * than a supervisor allows (`graceMs`). The function returned runs the same steps (once, whoever
 * comes first) without exiting, for a command that gives up before it served.
 */
import type { Logger } from './log.js';

export interface ShutdownOptions {
  /** Logs 'shutting down' with the signal (or the reason) and these fields. */
  log?: Logger;
  fields?: Record<string, unknown>;
  graceMs: number;
}

export function exitOnSignals(
  steps: Array<() => Promise<unknown>>,
  o: ShutdownOptions,
): (reason: string) => Promise<void> {
  let stopping: Promise<void> | null = null;
  const stop = (reason: string): Promise<void> => {
    stopping ??= (async () => {
      o.log?.info('shutting down', { signal: reason, ...o.fields });
      for (const step of steps) await step().catch(() => {});
    })();
    return stopping;
  };
  const onSignal = async (signal: string) => {
    if (stopping) return;
    const force = setTimeout(() => process.exit(1), o.graceMs);
    force.unref();
    await stop(signal);
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
  process.on('SIGINT', () => void onSignal('SIGINT'));
  return stop;
}
