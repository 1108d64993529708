/** A clock the routines tests move: the hub's timer is told each time it moves (Clock.subscribe). */
import type { Clock } from '../../src/util/clock.js';
import { SMALL_HOME } from '../assistants/support/hub.js';

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

/** The assistants' small home with a location and one routine of its own (sunset − 10 min). */
export const ROUTINE_HOME = `${SMALL_HOME.replace(
  'timezone: Asia/Seoul }',
  'timezone: Asia/Seoul, location: { lat: 37.5665, lon: 126.978 } }',
)}
routines:
  - id: evening
    name: 저녁 커튼
    triggers: [{ type: sun, event: sunset, offsetMinutes: -10 }]
    actions: [{ type: command, device: heat-living, cluster: Thermostat, command: WriteAttributes, args: { OccupiedHeatingSetpoint: 2300 } }]
`;
