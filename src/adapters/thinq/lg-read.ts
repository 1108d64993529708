/** Small readers of LG profile and state documents (both plain and location-keyed shapes). */
import type {
  LgProfile,
  LgPropertyDef,
  LgPropertySet,
  LgRange,
  LgResourceState,
  LgState,
  LgStateSet,
} from './client.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The property set of one unit (multi-unit devices list one per `location`; MAIN by default). */
export function unitProfile(profile: LgProfile, location = 'MAIN'): LgPropertySet {
  const p = profile.property;
  if (!Array.isArray(p)) return p ?? {};
  return p.find((u) => locationOf(u.location) === location) ?? p[0] ?? {};
}

export function unitState(state: LgState | undefined, location = 'MAIN'): LgStateSet {
  if (!state) return {};
  if (!Array.isArray(state)) return state;
  return state.find((u) => locationOf(u.location) === location) ?? state[0] ?? {};
}

const locationOf = (v: unknown): unknown => (isObject(v) ? v.locationName : undefined);

/** A resource, or the entry of a location-keyed resource whose `locationName` is `location`. */
export function resource<T extends Record<string, unknown>>(
  set: Record<string, unknown>,
  name: string,
  location?: string,
): T | undefined {
  const r = set[name];
  if (Array.isArray(r)) {
    const found = r.find((e) => isObject(e) && (location === undefined || e.locationName === location));
    return isObject(found) ? (found as T) : undefined;
  }
  return isObject(r) &&
    (location === undefined || r.locationName === undefined || r.locationName === location)
    ? (r as T)
    : undefined;
}

/** The locations listed by a location-keyed resource. */
export function locations(set: Record<string, unknown>, name: string): string[] {
  const r = set[name];
  if (!Array.isArray(r)) return [];
  return r.flatMap((e) => (isObject(e) && typeof e.locationName === 'string' ? [e.locationName] : []));
}

export function propDef(
  set: LgPropertySet,
  res: string,
  prop: string,
  location?: string,
): LgPropertyDef | undefined {
  const d = resource(set, res, location)?.[prop];
  return isObject(d) && typeof d.type === 'string' ? (d as LgPropertyDef) : undefined;
}

export const writable = (d: LgPropertyDef | undefined): boolean => !!d && d.mode.includes('w');

/** Writable (else readable) range of a range property. */
export function rangeOf(d: LgPropertyDef | undefined): LgRange | undefined {
  return d?.type === 'range' ? (d.value.w ?? d.value.r) : undefined;
}

/** Writable (else readable) values of an enum property. */
export function enumOf(d: LgPropertyDef | undefined): string[] {
  return d?.type === 'enum' ? (d.value.w ?? d.value.r ?? []) : [];
}

export function value(state: LgStateSet, res: string, prop: string, location?: string): unknown {
  return resource<LgResourceState>(state, res, location)?.[prop];
}

export const numberValue = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** °C → Matter 0.01 °C. */
export const centi = (c: number): number => Math.round(c * 100);
