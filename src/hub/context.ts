import type { Bus } from '../bus/types.js';
import type { Store } from '../store/types.js';
import type { Clock } from '../util/clock.js';
import type { Logger } from '../util/log.js';

export { type Clock, systemClock } from '../util/clock.js';

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
