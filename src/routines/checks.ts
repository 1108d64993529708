/**
 * What a routine must satisfy before it is kept: every device it names exists and its creator may
 * see it, every command is valid for the device (the Matter model) and allowed by the gate as the
 * routine's principal (forbidden actions never; PIN actions only in the owner's routines made on
 * the dashboard or the API), announcements have a player, sun triggers a location, and it starts no
 * loop (A triggers B triggers A).
 */
import type { HomeGate } from '../gate/gate.js';
import type { Principal } from '../gate/types.js';
import { STATUS_OF } from '../gate/types.js';
import type { HomeRuntime } from '../hub/home-runtime.js';
import { HubError, invalidRequest } from '../model/errors.js';
import { findEndpoint, validateCommand } from '../model/validate.js';
import { announceTarget, endpointFor, principalOf } from './runner.js';
import type { Routine, Trigger } from './types.js';

/** The clusters whose changes an event trigger watches. */
export const EVENT_CLUSTERS: Record<string, string[]> = {
  cycleFinished: ['OperationalState'],
  cycleStarted: ['OperationalState'],
  error: ['OperationalState'],
  opened: ['DoorLock', 'BooleanState'],
  closed: ['DoorLock', 'BooleanState'],
};

/** The device and clusters a trigger watches (none for time, sun and phrase triggers). */
export function watched(t: Trigger): { device: string; clusters: string[] } | null {
  switch (t.type) {
    case 'attribute':
      return { device: t.device, clusters: [t.cluster] };
    case 'event':
      return { device: t.device, clusters: EVENT_CLUSTERS[t.event] ?? [] };
    case 'button':
      return { device: t.device, clusters: ['Switch'] };
    default:
      return null;
  }
}

export class LoopError extends HubError {
  constructor(path: string[]) {
    super('conflict', 409, `the routine would start a loop: ${path.join(' → ')}`, { loop: path });
  }
}

export function checkRoutineAgainstHome(
  routine: Routine,
  by: Principal,
  runtime: HomeRuntime,
  gate: HomeGate,
  others: (id: string) => Routine | undefined,
): void {
  const seeable = (device: string, where: string) => {
    if (!runtime.device(device) || !gate.canSee(by, device))
      throw invalidRequest(`${where}: no device '${device}' in this home`, { device });
  };
  routine.triggers.forEach((t, i) => {
    const w = watched(t);
    if (w) seeable(w.device, `triggers.${i}`);
    if (t.type === 'sun' && !runtime.file.home.location)
      throw invalidRequest(`triggers.${i}: a sun trigger needs home.location {lat, lon} in the home file`);
  });
  routine.conditions.forEach((c, i) => {
    if (c.type === 'attribute') seeable(c.device, `conditions.${i}`);
  });
  const who = principalOf(runtime.id, routine, by);
  routine.actions.forEach((a, i) => {
    const where = `actions.${i}`;
    if (a.type === 'command') {
      seeable(a.device, where);
      const d = gate.decide(who, {
        kind: 'command',
        device: a.device,
        cluster: a.cluster,
        command: a.command,
      });
      if (d.effect !== 'allow') {
        const code = d.effect === 'challenge' ? 'pin-required' : d.code;
        throw new HubError(code, STATUS_OF[code], `${where}: ${d.reason}`, { action: i });
      }
      const dev = runtime.device(a.device);
      // Devices not synced yet (no endpoints) are checked when the action runs.
      if (dev && dev.endpoints.length > 0) {
        const endpoint = findEndpoint(dev.endpoints, a.endpoint ?? endpointFor(runtime, a.device, a.cluster));
        validateCommand(endpoint, {
          endpoint: endpoint.id,
          cluster: a.cluster,
          command: a.command,
          args: a.args ?? {},
        });
      }
    } else if (a.type === 'announce') {
      if (a.device) seeable(a.device, where);
      if (!announceTarget(runtime, a))
        throw invalidRequest(`${where}: no player satellite to announce on`, { action: i });
    } else if (a.type === 'routine') {
      if (a.routine === routine.id) throw new LoopError([routine.id, routine.id]);
      if (!others(a.routine)) throw invalidRequest(`${where}: no routine '${a.routine}'`);
    }
  });
}

/** What the loop check reads of the other routines: kept as indexes by the engine, so a check costs
 * what the new routine reaches, not the number of routines. */
export interface RoutineGraph {
  get(id: string): Routine | undefined;
  /** The enabled routines with a trigger on `device\0cluster`. */
  watchers(key: string): Iterable<string>;
}

/**
 * Whether `routine` (new or changed) closes a loop with the others: an edge A → B when A runs B,
 * or when A commands a device and cluster a trigger of B watches. Returns the loop, or null.
 */
export function findLoop(routine: Routine, graph: RoutineGraph): string[] | null {
  // The routine's own watched clusters count even when it is disabled (it may be enabled later).
  const own = new Set<string>();
  for (const t of routine.triggers) {
    const w = watched(t);
    if (w) for (const c of w.clusters) own.add(`${w.device}\u0000${c}`);
  }
  const get = (id: string) => (id === routine.id ? routine : graph.get(id));
  const next = function* (r: Routine): Generator<string> {
    for (const a of r.actions) {
      if (a.type === 'routine') yield a.routine;
      else if (a.type === 'command') {
        const k = `${a.device}\u0000${a.cluster}`;
        if (own.has(k)) yield routine.id;
        // The index holds the routine's stored version: its edges are the new version's above.
        for (const id of graph.watchers(k)) if (id !== routine.id) yield id;
      }
    }
  };
  // Depth-first from the routine: a path that comes back to it is a loop.
  const seen = new Set<string>();
  const path: string[] = [routine.id];
  const dfs = (id: string): string[] | null => {
    const r = get(id);
    if (!r) return null;
    for (const n of next(r)) {
      if (n === routine.id) return [...path, n];
      if (seen.has(n)) continue;
      seen.add(n);
      path.push(n);
      const found = dfs(n);
      if (found) return found;
      path.pop();
    }
    return null;
  };
  return dfs(routine.id);
}
