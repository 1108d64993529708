/** A clock the routines tests move: the hub's timer is told each time it moves (Clock.subscribe). */
import type { Clock } from '../../src/util/clock.js';

export class MovableClock implements Clock {
  t: number;
  readonly #listeners = new Set<() => void>();
  constructor(start: number) {
    this.t = start;
  }
  now(): number {
    return this.t;
  }
  set(t: number): void {
    this.t = t;
    for (const l of this.#listeners) l();
  }
  advance(ms: number): void {
    this.set(this.t + ms);
  }
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** An instant in Seoul's wall clock (UTC+9, no daylight saving). */
export const seoul = (y: number, m: number, d: number, hh: number, mm = 0, ss = 0) =>
  Date.UTC(y, m - 1, d, hh - 9, mm, ss);
