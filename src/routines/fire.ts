/**
 * When a device trigger fires: attribute transitions (becomes, crossings, any change), device
 * events as transitions of an attribute, and scene buttons; and a routine built from its input.
 */
import { type Principal, principalKey } from '../gate/types.js';
import { timeOrderedId } from '../util/ids.js';
import type { CreatedVia, Routine, RoutineInput, Trigger } from './types.js';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Device events as transitions of an attribute. */
const EVENT_RULES: Record<
  string,
  Array<{ cluster: string; attribute: string; from?: unknown; to: unknown }>
> = {
  cycleFinished: [{ cluster: 'OperationalState', attribute: 'OperationalState', from: 1, to: 0 }],
  cycleStarted: [{ cluster: 'OperationalState', attribute: 'OperationalState', to: 1 }],
  error: [{ cluster: 'OperationalState', attribute: 'OperationalState', to: 3 }],
  opened: [
    { cluster: 'DoorLock', attribute: 'LockState', to: 2 },
    { cluster: 'BooleanState', attribute: 'StateValue', to: false },
  ],
  closed: [
    { cluster: 'DoorLock', attribute: 'LockState', to: 1 },
    { cluster: 'BooleanState', attribute: 'StateValue', to: true },
  ],
};

export function fires(
  t: Trigger,
  endpoint: string,
  cluster: string,
  prev: Record<string, unknown>,
  patch: Record<string, unknown>,
): boolean {
  if (
    (t.type === 'attribute' || t.type === 'event' || t.type === 'button') &&
    t.endpoint &&
    t.endpoint !== endpoint
  )
    return false;
  if (t.type === 'button') return cluster === 'Switch';
  if (t.type === 'attribute') {
    if (t.cluster !== cluster || !(t.attribute in patch)) return false;
    const old = prev[t.attribute];
    const nu = patch[t.attribute];
    if (old === undefined) return false;
    if (t.becomes !== undefined) return !same(old, t.becomes) && same(nu, t.becomes);
    if (t.above !== undefined || t.below !== undefined) {
      if (typeof old !== 'number' || typeof nu !== 'number') return false;
      if (t.above !== undefined && old <= t.above && nu > t.above) return true;
      if (t.below !== undefined && old >= t.below && nu < t.below) return true;
      return false;
    }
    return !same(old, nu);
  }
  if (t.type === 'event') {
    return (EVENT_RULES[t.event] ?? []).some((r) => {
      if (r.cluster !== cluster || !(r.attribute in patch)) return false;
      const old = prev[r.attribute];
      const nu = patch[r.attribute];
      return (
        old !== undefined && !same(old, r.to) && same(nu, r.to) && (r.from === undefined || same(old, r.from))
      );
    });
  }
  return false;
}

export function buildRoutine(
  input: RoutineInput,
  by: Principal,
  via: CreatedVia,
  createdAt: number,
): Routine {
  return {
    id: input.id ?? timeOrderedId(createdAt),
    name: input.name,
    enabled: input.enabled ?? true,
    triggers: input.triggers ?? [],
    conditions: input.conditions ?? [],
    actions: input.actions,
    stopOnError: input.stopOnError ?? false,
    createdBy: via === 'home-file' ? 'home-file' : principalKey(by),
    createdVia: via,
    createdAt,
  };
}
