/**
 * Checks one value against its Matter definition (type, nullability, constraint, enum, bitmap,
 * struct fields, list entries), reading references such as `minLevel` from the endpoint's
 * attributes or the sibling fields. Throws `invalid-request` for a wrong shape and
 * `value-out-of-range` for a well-formed value the definition does not allow.
 */
import { invalidRequest, OutOfRangeError } from './errors.js';
import { type Features, required } from './spec/conformance.js';
import { specType } from './spec/index.js';
import { TYPE_BOUNDS } from './spec/prose.js';
import type { SpecCluster, SpecConstraint, SpecExpr, SpecValue } from './spec/types.js';

export type Attrs = Record<string, unknown>;

/** Where references are read: sibling fields first, then the cluster's attributes. */
export interface Scope {
  cluster: SpecCluster;
  attrs: Attrs;
  siblings?: Attrs;
}

/** A value by the name the specification uses in constraints (lower camel case). */
function lookup(scope: Scope, name: string): unknown {
  const upper = name.charAt(0).toUpperCase() + name.slice(1);
  const { siblings, attrs } = scope;
  if (siblings && Object.hasOwn(siblings, upper)) return siblings[upper];
  if (Object.hasOwn(attrs, upper)) return attrs[upper];
  // Otherwise compare without case (`colorTempPhysicalMinMireds`, or a name such as `VID`).
  const want = name.toLowerCase();
  for (const src of [siblings, attrs]) {
    for (const [k, v] of Object.entries(src ?? {})) if (k.toLowerCase() === want) return v;
  }
  return undefined;
}

/** A constraint expression's number, or undefined when a reference is not known here. */
export function evaluate(e: SpecExpr | undefined, scope: Scope): number | undefined {
  if (e === undefined || typeof e === 'boolean' || typeof e === 'string') return undefined;
  if (typeof e === 'number') return e;
  if ('ref' in e) {
    const v = lookup(scope, e.ref);
    return typeof v === 'number' ? v : undefined;
  }
  if ('fn' in e) {
    const args = e.args.map((a) => evaluate(a, scope));
    if (args.some((a) => a === undefined)) return undefined;
    return e.fn === 'maxOf' ? Math.max(...(args as number[])) : Math.min(...(args as number[]));
  }
  const a = evaluate(e.a, scope);
  const b = evaluate(e.b, scope);
  if (a === undefined || b === undefined) return undefined;
  return e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : b === 0 ? undefined : a / b;
}

const BITS = /^(u?int|enum|map)(\d+)$/;

/** The range an integer type holds (64-bit types stop at the safe integers). */
const ranges = new Map<string, [number, number] | undefined>();
function typeRange(type: string): [number, number] | undefined {
  if (!ranges.has(type)) ranges.set(type, rangeOf(type));
  return ranges.get(type);
}
function rangeOf(type: string): [number, number] | undefined {
  const m = BITS.exec(type);
  if (!m) return undefined;
  const bits = Number(m[2]);
  if (m[1] === 'int')
    return [
      Math.max(-(2 ** (bits - 1)), Number.MIN_SAFE_INTEGER),
      Math.min(2 ** (bits - 1) - 1, Number.MAX_SAFE_INTEGER),
    ];
  return [0, Math.min(2 ** bits - 1, Number.MAX_SAFE_INTEGER)];
}

export const outOfRange = (name: string, value: unknown, min?: number, max?: number): OutOfRangeError =>
  new OutOfRangeError(`'${name}' ${String(value)} is outside ${min ?? '…'}..${max ?? '…'}`, {
    field: name,
    value,
    min,
    max,
  });

/** Checks a number against a constraint (min/max, exact value, or any of its parts). */
function checkNumber(name: string, c: SpecConstraint, value: number, scope: Scope): void {
  if (c.parts?.length) {
    // "1 to 10, 20": any part may hold.
    const errs = c.parts.map((p) => {
      try {
        checkNumber(name, p, value, scope);
        return undefined;
      } catch (err) {
        return err;
      }
    });
    if (errs.every(Boolean)) throw errs[0];
    return;
  }
  const exact = evaluate(c.value, scope);
  if (exact !== undefined && value !== exact) throw outOfRange(name, value, exact, exact);
  const min = evaluate(c.min, scope);
  const max = evaluate(c.max, scope);
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    throw outOfRange(name, value, min, max);
  }
}

/** Checks a length (strings in UTF-8 bytes, lists in entries) against a constraint. */
function checkLength(name: string, c: SpecConstraint, length: number, scope: Scope, what: string): void {
  const min = evaluate(c.min, scope) ?? evaluate(c.value, scope);
  const max = evaluate(c.max, scope) ?? evaluate(c.value, scope);
  if (max !== undefined && length > max)
    throw invalidRequest(`'${name}' is longer than ${max} ${what}`, { field: name });
  if (min !== undefined && length < min)
    throw invalidRequest(`'${name}' is shorter than ${min} ${what}`, { field: name });
}

const isObject = (v: unknown): v is Attrs => typeof v === 'object' && v !== null && !Array.isArray(v);
const utf8 = new TextEncoder();

/** Checks a struct value's fields: no unknown field, every required field, each field's value. */
export function checkFields(
  owner: string,
  fields: Record<string, SpecValue>,
  value: Attrs,
  scope: Scope,
  features: Features = () => undefined,
): void {
  for (const k of Object.keys(value)) {
    if (!Object.hasOwn(fields, k)) throw invalidRequest(`${owner} has no field '${k}'`, { field: k });
  }
  const inner: Scope = { ...scope, siblings: value };
  for (const [k, f] of Object.entries(fields)) {
    const v = value[k];
    if (v === undefined) {
      // The hub's JSON API lets a required field out when the specification gives it a meaning
      // anyway: null (nullable), no bits (bitmap) or its default value.
      const implied = f.nullable || f.type.startsWith('map') || f.default !== undefined;
      if (!implied && (f.mandatory || required(f.conf, features))) {
        throw invalidRequest(`${owner} needs '${k}'`, { field: k });
      }
      continue;
    }
    checkValue(k, f, v, inner);
  }
}

/** Checks one value against its definition; see the module comment for the error codes. */
export function checkValue(name: string, def: SpecValue, value: unknown, scope: Scope): void {
  if (value === null) {
    if (def.nullable) return;
    throw invalidRequest(`'${name}' cannot be null`, { field: name });
  }
  const named = specType(scope.cluster, def.ref);
  const t = def.type;
  if (t === 'bool') {
    if (typeof value !== 'boolean') throw invalidRequest(`'${name}' must be true or false`, { field: name });
    return;
  }
  if (t === 'string' || t === 'octstr') {
    if (typeof value !== 'string') throw invalidRequest(`'${name}' must be a string`, { field: name });
    const length = t === 'string' ? utf8.encode(value).length : value.length / 2;
    if (def.constraint) checkLength(name, def.constraint, length, scope, t === 'string' ? 'bytes' : 'octets');
    return;
  }
  if (t === 'list') {
    if (!Array.isArray(value)) throw invalidRequest(`'${name}' must be a list`, { field: name });
    if (def.constraint) checkLength(name, def.constraint, value.length, scope, 'entries');
    const entry = def.entry;
    if (entry) {
      const c = def.constraint?.entry;
      const e = c ? { ...entry, constraint: c } : entry;
      for (const [i, v] of value.entries()) checkValue(`${name}[${i}]`, e, v, scope);
    }
    return;
  }
  if (t === 'struct') {
    if (!isObject(value)) throw invalidRequest(`'${name}' must be an object`, { field: name });
    if (named?.fields) checkFields(`'${name}'`, named.fields, value, scope);
    return;
  }
  if (t === 'single' || t === 'double') {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw invalidRequest(`'${name}' must be a number`, { field: name });
  } else if (BITS.test(t)) {
    if (typeof value !== 'number' || !Number.isInteger(value))
      throw invalidRequest(`'${name}' must be an integer`, { field: name });
    const [lo, hi] = typeRange(t) ?? [];
    if ((lo !== undefined && value < lo) || (hi !== undefined && value > hi))
      throw outOfRange(name, value, lo, hi);
  } else {
    return; // any: nothing to check
  }
  const n = value as number;
  if (named?.values) {
    const ok = Object.values(named.values);
    if (!ok.includes(n)) {
      throw new OutOfRangeError(`'${name}' ${n} is not one of ${ok.join(', ')}`, { field: name, value: n });
    }
  }
  if (named?.bits) {
    let mask = 0;
    for (const [lo, hi] of Object.values(named.bits)) mask += (2 ** (hi - lo + 1) - 1) * 2 ** lo;
    if (Math.floor(n / 2 ** 31) === 0 && (n & ~mask) !== 0) {
      throw new OutOfRangeError(`'${name}' ${n} sets bits ${def.ref} does not define`, {
        field: name,
        value: n,
      });
    }
  }
  const bounds = def.ref ? TYPE_BOUNDS[def.ref] : undefined;
  if (bounds) checkNumber(name, bounds, n, scope);
  if (named?.constraint) checkNumber(name, named.constraint, n, scope);
  if (def.constraint) checkNumber(name, def.constraint, n, scope);
}
