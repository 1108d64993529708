/**
 * The base of a simulated LG product: its vendor-view state (the seed's keys, e.g. `fridgeC`),
 * its LG profile and state documents, control handling and the passage of time.
 */
import type { Profile, Write } from './lg.js';

export interface ProductSeed {
  externalId: string;
  type: string;
  model?: unknown;
  name?: unknown;
  state?: unknown;
  [key: string]: unknown;
}

export type RawState = Record<string, string | number | boolean>;

export abstract class Product<S extends RawState = RawState> {
  readonly id: string;
  readonly type: string;
  readonly modelName: string;
  readonly alias: string;
  /** false: the appliance lost its link to the cloud; state and control answer 1222. */
  connected = true;
  protected s: S;

  abstract readonly deviceType: string;

  constructor(seed: ProductSeed, initial: S, defaultModel: string) {
    this.id = seed.externalId;
    this.type = seed.type;
    this.modelName = typeof seed.model === 'string' ? seed.model : defaultModel;
    this.alias = typeof seed.name === 'string' ? seed.name : this.modelName;
    this.s = initial;
    assignSame(this.s, isRecord(seed.state) ? seed.state : {});
  }

  abstract profile(): Profile;
  /** The LG `GET devices/{id}/state` document. */
  abstract state(): unknown;
  /** Applies profile-checked writes; throws LgError when the current state refuses them. */
  abstract control(writes: Write[]): void;
  /** Lets `seconds` of simulated time pass. */
  abstract advance(seconds: number): void;

  /** Lets `seconds` of simulated time pass; true when the vendor view changed. */
  elapse(seconds: number): boolean {
    const before = JSON.stringify(this.s);
    this.advance(seconds);
    return JSON.stringify(this.s) !== before;
  }

  /** The vendor view, keyed as in the home file's `simulator.devices[].state`. */
  raw(): RawState {
    return { ...this.s };
  }

  /** Test surface: overwrite vendor-view keys (same keys and value types as the seed). */
  set(patch: Record<string, unknown>): void {
    assignSame(this.s, patch);
  }
}

/** Copies the keys `target` already has, when the value has the same type. */
function assignSame(target: RawState, patch: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(patch)) {
    if (k in target && typeof target[k] === typeof v) target[k] = v as string | number | boolean;
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Exponential approach of `cur` toward `target` with time constant `tau` seconds. */
export const approach = (cur: number, target: number, seconds: number, tau: number): number =>
  target + (cur - target) * Math.exp(-seconds / tau);

export const roundTo = (v: number, step: number): number => Math.round(v / step) * step;

/** Finds the single write for resource.prop (and location), if any. */
export const writeOf = (
  writes: Write[],
  resource: string,
  prop: string,
  location?: string,
): Write | undefined =>
  writes.find((w) => w.resource === resource && w.prop === prop && (!location || w.location === location));
