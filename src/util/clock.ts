/** Time as the hub sees it: tests move it, everything else reads the system's. */
export interface Clock {
  now(): number;
  /** Calls `listener` whenever the time moves other than by itself (a test's clock); optional. */
  subscribe?(listener: () => void): () => void;
}

export const systemClock: Clock = { now: () => Date.now() };
