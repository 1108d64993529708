import type { Bus } from '../bus/types.js';
import type { Store } from '../store/types.js';
import type { Logger } from '../util/log.js';

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** The one context object passed to the parts of the hub. */
export interface HubContext {
  store: Store;
  bus: Bus;
  log: Logger;
  clock: Clock;
  /** Per-call timeout for vendor requests (ms). */
  timeoutMs: number;
  /** Polling interval for connections without push (ms). */
  pollMs: number;
}
