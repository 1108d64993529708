/**
 * The shape of a routine, checked the same way wherever it comes from (the home file, the API,
 * voice). Each problem names its place (`triggers.0.at`). What devices exist and what the gate
 * allows is checked later, by the engine, against the running home.
 */
import {
  type Condition,
  DEVICE_EVENTS,
  type RoutineAction,
  type RoutineInput,
  type Trigger,
  WEEKDAYS,
  type Weekday,
} from './types.js';

export interface Problem {
  path: Array<string | number>;
  message: string;
}

type Obj = Record<string, unknown>;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const MAX_ACTIONS = 50;
export const MAX_DELAY_S = 24 * 3600;

class Check {
  readonly problems: Problem[] = [];
  fail(path: Array<string | number>, message: string): void {
    this.problems.push({ path, message });
  }
  obj(v: unknown, path: Array<string | number>, keys: readonly string[]): Obj | null {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      this.fail(path, 'must be an object');
      return null;
    }
    for (const k of Object.keys(v)) if (!keys.includes(k)) this.fail([...path, k], `unknown key '${k}'`);
    return v as Obj;
  }
  str(o: Obj, k: string, path: Array<string | number>, optional = false, max = 200): string | undefined {
    const v = o[k];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || v.trim() === '' || v.length > max) {
      this.fail([...path, k], `must be a non-empty string of at most ${max} characters`);
      return undefined;
    }
    return v;
  }
  num(o: Obj, k: string, path: Array<string | number>, optional = true): number | undefined {
    const v = o[k];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.fail([...path, k], 'must be a number');
      return undefined;
    }
    return v;
  }
  list(v: unknown, path: Array<string | number>): unknown[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.fail(path, 'must be a list');
      return [];
    }
    return v;
  }
  hhmm(o: Obj, k: string, path: Array<string | number>, optional = false): string | undefined {
    const v = this.str(o, k, path, optional, 5);
    if (v !== undefined && !HHMM.test(v)) this.fail([...path, k], `'${v}' is not a time of day (HH:MM)`);
    return v;
  }
  weekdays(o: Obj, path: Array<string | number>): Weekday[] | undefined {
    if (o.weekdays === undefined) return undefined;
    const days = this.list(o.weekdays, [...path, 'weekdays']);
    days.forEach((d, i) => {
      if (!WEEKDAYS.includes(d as Weekday))
        this.fail([...path, 'weekdays', i], `must be one of ${WEEKDAYS.join(', ')}`);
    });
    if (days.length === 0) this.fail([...path, 'weekdays'], 'must name at least one day');
    return days as Weekday[];
  }
}

const DEVICE_KEYS = ['device', 'endpoint', 'cluster', 'attribute'];

function trigger(c: Check, v: unknown, path: Array<string | number>): Trigger | null {
  const type = (v as Obj | null)?.type;
  switch (type) {
    case 'attribute': {
      const o = c.obj(v, path, ['type', ...DEVICE_KEYS, 'becomes', 'above', 'below']);
      if (!o) return null;
      c.str(o, 'device', path);
      c.str(o, 'endpoint', path, true);
      c.str(o, 'cluster', path);
      c.str(o, 'attribute', path);
      c.num(o, 'above', path);
      c.num(o, 'below', path);
      return o as unknown as Trigger;
    }
    case 'event': {
      const o = c.obj(v, path, ['type', 'device', 'endpoint', 'event']);
      if (!o) return null;
      c.str(o, 'device', path);
      c.str(o, 'endpoint', path, true);
      if (!DEVICE_EVENTS.includes(o.event as never))
        c.fail([...path, 'event'], `must be one of ${DEVICE_EVENTS.join(', ')}`);
      return o as unknown as Trigger;
    }
    case 'time': {
      const o = c.obj(v, path, ['type', 'at', 'weekdays']);
      if (!o) return null;
      c.hhmm(o, 'at', path);
      c.weekdays(o, path);
      return o as unknown as Trigger;
    }
    case 'sun': {
      const o = c.obj(v, path, ['type', 'event', 'offsetMinutes', 'weekdays']);
      if (!o) return null;
      if (o.event !== 'sunrise' && o.event !== 'sunset')
        c.fail([...path, 'event'], 'must be sunrise or sunset');
      const off = c.num(o, 'offsetMinutes', path);
      if (off !== undefined && Math.abs(off) > 720) c.fail([...path, 'offsetMinutes'], 'must be within ±720');
      c.weekdays(o, path);
      return o as unknown as Trigger;
    }
    case 'phrase': {
      const o = c.obj(v, path, ['type', 'phrase']);
      if (!o) return null;
      c.str(o, 'phrase', path, false, 60);
      return o as unknown as Trigger;
    }
    case 'button': {
      const o = c.obj(v, path, ['type', 'device', 'endpoint']);
      if (!o) return null;
      c.str(o, 'device', path);
      c.str(o, 'endpoint', path, true);
      return o as unknown as Trigger;
    }
    default:
      c.fail([...path, 'type'], 'must be one of attribute, event, time, sun, phrase, button');
      return null;
  }
}

function condition(c: Check, v: unknown, path: Array<string | number>): Condition | null {
  const type = (v as Obj | null)?.type;
  if (type === 'attribute') {
    const o = c.obj(v, path, ['type', ...DEVICE_KEYS, 'equals', 'above', 'below']);
    if (!o) return null;
    c.str(o, 'device', path);
    c.str(o, 'endpoint', path, true);
    c.str(o, 'cluster', path);
    c.str(o, 'attribute', path);
    c.num(o, 'above', path);
    c.num(o, 'below', path);
    return o as unknown as Condition;
  }
  if (type === 'time') {
    const o = c.obj(v, path, ['type', 'after', 'before', 'weekdays']);
    if (!o) return null;
    c.hhmm(o, 'after', path, true);
    c.hhmm(o, 'before', path, true);
    c.weekdays(o, path);
    return o as unknown as Condition;
  }
  c.fail([...path, 'type'], 'must be attribute or time');
  return null;
}

function action(c: Check, v: unknown, path: Array<string | number>): RoutineAction | null {
  const type = (v as Obj | null)?.type;
  switch (type) {
    case 'command': {
      const o = c.obj(v, path, ['type', 'device', 'endpoint', 'cluster', 'command', 'args']);
      if (!o) return null;
      c.str(o, 'device', path);
      if (o.endpoint !== undefined && typeof o.endpoint === 'number') o.endpoint = String(o.endpoint);
      c.str(o, 'endpoint', path, true);
      c.str(o, 'cluster', path);
      c.str(o, 'command', path);
      if (o.args !== undefined && (typeof o.args !== 'object' || o.args === null || Array.isArray(o.args)))
        c.fail([...path, 'args'], 'must be an object');
      return o as unknown as RoutineAction;
    }
    case 'announce': {
      const o = c.obj(v, path, ['type', 'text', 'satellite', 'device']);
      if (!o) return null;
      c.str(o, 'text', path, false, 300);
      c.str(o, 'satellite', path, true);
      c.str(o, 'device', path, true);
      return o as unknown as RoutineAction;
    }
    case 'notice': {
      const o = c.obj(v, path, ['type', 'text']);
      if (!o) return null;
      c.str(o, 'text', path, false, 300);
      return o as unknown as RoutineAction;
    }
    case 'delay': {
      const o = c.obj(v, path, ['type', 'seconds']);
      if (!o) return null;
      const s = c.num(o, 'seconds', path, false);
      if (s !== undefined && (s < 0 || s > MAX_DELAY_S))
        c.fail([...path, 'seconds'], `must be between 0 and ${MAX_DELAY_S}`);
      return o as unknown as RoutineAction;
    }
    case 'routine': {
      const o = c.obj(v, path, ['type', 'routine']);
      if (!o) return null;
      c.str(o, 'routine', path, false, 64);
      return o as unknown as RoutineAction;
    }
    default:
      c.fail([...path, 'type'], 'must be one of command, announce, notice, delay, routine');
      return null;
  }
}

export const ROUTINE_KEYS = ['id', 'name', 'enabled', 'triggers', 'conditions', 'actions', 'stopOnError'];
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * A routine's definition from untrusted data. `partial`: a PATCH (only the keys given). The result
 * is a deep copy holding only known keys.
 */
export function checkRoutine(
  raw: unknown,
  opts: { partial?: boolean; keys?: readonly string[] } = {},
): { value: Partial<RoutineInput>; problems: Problem[] } {
  const c = new Check();
  const o = c.obj(raw, [], opts.keys ?? ROUTINE_KEYS);
  if (!o) return { value: {}, problems: c.problems };
  const out: Partial<RoutineInput> = {};
  const want = (k: string) => !opts.partial || o[k] !== undefined;
  if (o.id !== undefined) {
    if (typeof o.id !== 'string' || !ID.test(o.id))
      c.fail(['id'], "must be an id (letters, digits, '-', '_', '.'; at most 64)");
    else out.id = o.id;
  }
  if (want('name')) out.name = c.str(o, 'name', [], false, 100);
  if (o.enabled !== undefined) {
    if (typeof o.enabled !== 'boolean') c.fail(['enabled'], 'must be true or false');
    else out.enabled = o.enabled;
  }
  if (o.stopOnError !== undefined) {
    if (typeof o.stopOnError !== 'boolean') c.fail(['stopOnError'], 'must be true or false');
    else out.stopOnError = o.stopOnError;
  }
  if (o.triggers !== undefined)
    out.triggers = c
      .list(o.triggers, ['triggers'])
      .map((t, i) => trigger(c, t, ['triggers', i]))
      .filter((t): t is Trigger => t !== null);
  if (o.conditions !== undefined)
    out.conditions = c
      .list(o.conditions, ['conditions'])
      .map((t, i) => condition(c, t, ['conditions', i]))
      .filter((t): t is Condition => t !== null);
  if (want('actions')) {
    const list = c.list(o.actions, ['actions']);
    if (list.length === 0) c.fail(['actions'], 'must have at least one action');
    if (list.length > MAX_ACTIONS) c.fail(['actions'], `must have at most ${MAX_ACTIONS} actions`);
    out.actions = list
      .map((a, i) => action(c, a, ['actions', i]))
      .filter((a): a is RoutineAction => a !== null);
  }
  return { value: structuredClone(out), problems: c.problems };
}

export const describeProblems = (ps: Problem[]): string =>
  ps.map((p) => `${p.path.join('.') || '(routine)'}: ${p.message}`).join('; ');
