/**
 * The home file's `routines:` section and `home.location` (for sunrise/sunset triggers). Each
 * routine is the API's shape (docs/home-file.md); its id is required here, its devices must be
 * the file's. What the gate allows is checked when the hub starts (src/routines).
 */

import type { RoutineInput } from '../routines/types.js';
import { checkRoutine } from '../routines/validate.js';
import type { Checker } from './check.js';

export function parseLocation(v: unknown, c: Checker): { location?: { lat: number; lon: number } } {
  if (v === undefined || v === null) return {};
  const o = c.record(v, ['home', 'location'], ['lat', 'lon']);
  const lat = o.lat;
  const lon = o.lon;
  let ok = true;
  if (typeof lat !== 'number' || lat < -90 || lat > 90) {
    c.fail(['home', 'location', 'lat'], 'must be a latitude in degrees (-90 to 90)');
    ok = false;
  }
  if (typeof lon !== 'number' || lon < -180 || lon > 180) {
    c.fail(['home', 'location', 'lon'], 'must be a longitude in degrees (-180 to 180)');
    ok = false;
  }
  return ok ? { location: { lat: lat as number, lon: lon as number } } : {};
}

const deviceOf = (x: unknown): string | undefined => {
  const d = (x as { device?: unknown } | null)?.device;
  return typeof d === 'string' ? d : undefined;
};

export function parseRoutines(v: unknown, c: Checker, deviceIds: Set<string>): { routines?: RoutineInput[] } {
  const list = c.list(v, ['routines']);
  if (list.length === 0) return {};
  const out: RoutineInput[] = [];
  const ids = new Set<string>();
  list.forEach((raw, i) => {
    const { value, problems } = checkRoutine(raw);
    for (const p of problems) c.fail(['routines', i, ...p.path], p.message);
    if (value.id === undefined) c.fail(['routines', i, 'id'], 'is required');
    else if (ids.has(value.id)) c.fail(['routines', i, 'id'], `duplicate routine id '${value.id}'`);
    else ids.add(value.id);
    const parts = {
      triggers: value.triggers ?? [],
      conditions: value.conditions ?? [],
      actions: value.actions ?? [],
    };
    for (const [key, items] of Object.entries(parts))
      items.forEach((x, j) => {
        const d = deviceOf(x);
        if (d !== undefined && !deviceIds.has(d))
          c.fail(['routines', i, key, j, 'device'], `unknown device '${d}'`);
      });
    if (problems.length === 0 && value.id !== undefined) out.push(value as RoutineInput);
  });
  return { routines: out };
}
