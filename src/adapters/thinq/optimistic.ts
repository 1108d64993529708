/**
 * After LG acknowledged a control, the written values are the device's new state: merge them into
 * the last state read (LG's location arrays by `locationName`, other resources by property).
 * Returns null when the state has no place for a written value, so the caller reads it back; else
 * the new state and whether any written value differed from the one it replaces.
 */
import { equalJson } from '../../util/json.js';
import type { LgControl, LgState, LgStateSet } from './client.js';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function applyControls(
  state: LgState,
  bodies: LgControl[],
): { state: LgState; changed: boolean } | null {
  if (!isObj(state)) return null;
  let changed = false;
  const write = (target: Record<string, unknown>, k: string, v: unknown) => {
    if (!changed && !equalJson(target[k], v)) changed = true;
    target[k] = v;
  };
  // Copy on write: a resource is copied before its first write; the rest is shared with `state`.
  const next: LgStateSet = { ...(state as LgStateSet) };
  const copied = new Set<string>();
  for (const body of bodies) {
    for (const [resource, props] of Object.entries(body)) {
      if (!isObj(props)) return null;
      let cur = next[resource];
      if (!copied.has(resource)) {
        if (Array.isArray(cur)) cur = cur.map((x) => (isObj(x) ? { ...x } : x));
        else if (isObj(cur)) cur = { ...cur };
        else return null;
        next[resource] = cur;
        copied.add(resource);
      }
      if (Array.isArray(cur)) {
        const loc = props.locationName;
        const item = cur.find((x) => isObj(x) && x.locationName === loc);
        if (loc === undefined || !isObj(item)) return null;
        for (const [k, v] of Object.entries(props)) {
          if (!(k in item)) return null;
          write(item, k, v);
        }
      } else if (isObj(cur)) {
        for (const [k, v] of Object.entries(props)) {
          if (!(k in cur)) return null;
          write(cur, k, v);
        }
      } else {
        return null;
      }
    }
  }
  return { state: next, changed };
}
