/**
 * Values between the hub's model (the specification's PascalCase names, enum tags by name) and
 * matter.js (camelCase properties, enum numbers), driven by the specification's data model
 * (`@matter/model`): no per-cluster tables.
 */
import { type ClusterModel, type CommandModel, Matter, type ValueModel } from '@matter/main/model';

const byName = new Map<string, ClusterModel | null>();

/** The specification's cluster of a hub cluster name, or null when Matter has none of that name. */
export function clusterModel(name: string): ClusterModel | null {
  let c = byName.get(name);
  if (c === undefined) {
    c = Matter.clusters(name) ?? null;
    byName.set(name, c);
  }
  return c;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A member of a struct (or the fields of a command) by the hub's name or matter.js's property name. */
function memberOf(model: ValueModel | CommandModel | undefined, key: string): ValueModel | undefined {
  if (!model) return undefined;
  const members = (model as ValueModel).members as unknown as
    | { find(f: (m: ValueModel) => boolean): ValueModel | undefined }
    | undefined;
  return members?.find((m) => same(m.name, key) || m.propertyName === key);
}

/** The members of an enum or bitmap: its own, else those of its type in the cluster (or the base's). */
function membersOf(model: ValueModel, cluster: ClusterModel | null): ValueModel[] {
  const own = model.members.filter(() => true);
  if (own.length > 0) return own;
  for (let c: ClusterModel | null | undefined = cluster; c; c = c.base as ClusterModel | undefined) {
    const dt = c.children.find((x) => x.tag === 'datatype' && x.name === model.type) as
      | ValueModel
      | undefined;
    if (dt && dt.children.length > 0) return dt.children as ValueModel[];
  }
  return [];
}

/** An enum's number from the tag name the hub uses (searched in the field's type and its cluster). */
function enumValue(model: ValueModel, tag: string, cluster: ClusterModel | null): number | undefined {
  const own = model.members.find((m) => same(m.name, tag));
  if (own?.id !== undefined) return own.id;
  for (let c: ClusterModel | null | undefined = cluster; c; c = c.base as ClusterModel | undefined) {
    const dt = c.children.find((x) => x.tag === 'datatype' && x.name === model.type) as
      | ValueModel
      | undefined;
    const m = dt?.children.find((x) => same(x.name, tag));
    if (m?.id !== undefined) return m.id;
  }
  return undefined;
}

/** A bitmap's bits (the hub keeps a bitmap as its number) as matter.js's object of flags and fields. */
function bitmapObject(model: ValueModel, n: number, cluster: ClusterModel | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of membersOf(model, cluster)) {
    const c = m.constraint;
    const lo = typeof c.value === 'number' ? c.value : typeof c.min === 'number' ? c.min : undefined;
    if (lo === undefined) continue;
    const hi = typeof c.max === 'number' ? c.max : lo;
    const bits = (n >>> lo) & ((1 << (hi - lo + 1)) - 1);
    out[m.propertyName] = hi === lo ? bits === 1 : bits;
  }
  return out;
}

/** matter.js's bitmap object as the hub's number. */
function bitmapNumber(model: ValueModel, o: Record<string, unknown>, cluster: ClusterModel | null): number {
  let n = 0;
  for (const m of membersOf(model, cluster)) {
    const c = m.constraint;
    const lo = typeof c.value === 'number' ? c.value : typeof c.min === 'number' ? c.min : undefined;
    const v = o[m.propertyName];
    if (lo === undefined || v === undefined || v === false) continue;
    n |= (v === true ? 1 : Number(v)) << lo;
  }
  return n >>> 0;
}

/** A value of this type a controller accepts when the hub has none (the type's zero). */
export function zeroOf(
  model: ValueModel,
  cluster: ClusterModel | null,
  state: Record<string, unknown> = {},
): unknown {
  switch (model.effectiveMetatype) {
    case 'enum':
      return membersOf(model, cluster)[0]?.id ?? 0;
    case 'bitmap':
      return {};
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'string':
    case 'bytes':
      return model.effectiveMetatype === 'string' ? '' : new Uint8Array();
    case 'object':
      return {};
    default: {
      const min = model.constraint.min as unknown;
      if (typeof min === 'number') return min;
      // A bound that names another attribute ("ColorTempPhysicalMinMireds to …"): that attribute's value.
      const ref = typeof min === 'object' && min !== null ? (min as { name?: unknown }).name : undefined;
      if (typeof ref === 'string') {
        const v = Object.entries(state).find(([k]) => same(k, ref))?.[1];
        if (typeof v === 'number') return v;
      }
      return 0;
    }
  }
}

/** A hub value as matter.js holds it. */
export function toMatter(model: ValueModel | undefined, v: unknown, cluster: ClusterModel | null): unknown {
  if (v === null || v === undefined || !model) return v;
  const meta = model.effectiveMetatype;
  if (meta === 'bitmap' && typeof v === 'number') return bitmapObject(model, v, cluster);
  if (Array.isArray(v)) return v.map((x) => toMatter(model.listEntry, x, cluster));
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const f = memberOf(model, k);
      if (f) out[f.propertyName] = toMatter(f, x, cluster);
    }
    return out;
  }
  if (typeof v === 'string') {
    if (meta === 'enum') return enumValue(model, v, cluster) ?? v;
    // A tag given by name where the spec has a struct of {MfgCode?, Value} (ModeBase's ModeTags).
    const value = meta === 'object' ? memberOf(model, 'Value') : undefined;
    if (value?.effectiveMetatype === 'enum') {
      const n = enumValue(value, v, cluster);
      if (n !== undefined) return { value: n };
    }
  }
  return v;
}

/** A matter.js value (a command's request, a written attribute) in the hub's names. */
export function toHub(
  model: ValueModel | CommandModel | undefined,
  v: unknown,
  cluster: ClusterModel | null = null,
): unknown {
  if (v === null || v === undefined) return v;
  if (Array.isArray(v)) return v.map((x) => toHub((model as ValueModel | undefined)?.listEntry, x, cluster));
  if (model && (model as ValueModel).effectiveMetatype === 'bitmap' && typeof v === 'object')
    return bitmapNumber(model as ValueModel, v as Record<string, unknown>, cluster);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (x === undefined) continue;
      const f = memberOf(model, k);
      out[f?.name ?? k.charAt(0).toUpperCase() + k.slice(1)] = toHub(f, x, cluster);
    }
    return out;
  }
  return v;
}
