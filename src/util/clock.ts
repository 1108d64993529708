/** Time as the hub sees it: tests move it, everything else reads the system's. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
