/**
 * A Matter device as the hub's model, read from the device itself: its endpoints, device types,
 * clusters and attributes by their ids, named through the specification's data model (src/model,
 * generated from @matter/model). Values between matter.js's shapes (camelCase members, bitmaps as
 * objects of flags) and the hub's (the specification's names, bitmaps as numbers) follow the
 * attribute's or field's type in the same model. No per-cluster or per-device table.
 */
// @matter/general (under @matter/model): not @matter/main, whose import sets up matter.js's process
// environment before the hub configured it (client.ts prepareMatter).
import { camelize } from '@matter/general';
import { Matter } from '@matter/main/model';
import {
  clusterNames,
  clusterSpec,
  deviceTypeNames,
  deviceTypeSpec,
  specType,
} from '../../model/spec/index.js';
import type { SpecCluster, SpecValue } from '../../model/spec/types.js';
import type { Endpoint } from '../../model/types.js';
import type { RawEndpoint } from './client.js';

/** Global attributes that only describe the cluster's shape (the hub keeps FeatureMap and revision). */
const SHAPE_ATTRIBUTES = new Set([0xfff8, 0xfff9, 0xfffa, 0xfffb]);

let clustersById: Map<number, string> | undefined;
let typesById: Map<number, string> | undefined;

/** The specification's cluster name of a cluster id. */
export function clusterName(id: number): string | undefined {
  clustersById ??= new Map(clusterNames().map((n) => [clusterSpec(n)?.id ?? -1, n]));
  return clustersById.get(id);
}

/** The specification's device type name of a device type id. */
export function deviceTypeName(id: number): string | undefined {
  if (!typesById) {
    typesById = new Map();
    for (const n of deviceTypeNames()) {
      const t = deviceTypeSpec(n);
      if (t && !typesById.has(t.id)) typesById.set(t.id, n);
    }
  }
  return typesById.get(id);
}

const attributeById = new WeakMap<SpecCluster, Map<number, [string, SpecValue]>>();
function attributeOf(spec: SpecCluster, id: number): [string, SpecValue] | undefined {
  let m = attributeById.get(spec);
  if (!m) {
    m = new Map(Object.entries(spec.attributes).map(([n, a]) => [a.id ?? -1, [n, a] as [string, SpecValue]]));
    attributeById.set(spec, m);
  }
  return m.get(id);
}

/** The attribute's name and value in the hub's terms, or undefined when the model has no such attribute. */
export function hubAttribute(
  clusterId: number,
  attributeId: number,
  value: unknown,
): { cluster: string; attribute: string; value: unknown } | undefined {
  if (SHAPE_ATTRIBUTES.has(attributeId)) return undefined;
  const cluster = clusterName(clusterId);
  const spec = cluster ? clusterSpec(cluster) : undefined;
  const attr = spec ? attributeOf(spec, attributeId) : undefined;
  if (!cluster || !spec || !attr) return undefined;
  if (attributeId === FEATURE_MAP && value !== null && typeof value === 'object')
    return { cluster, attribute: attr[0], value: featureNumber(clusterId, value as Record<string, unknown>) };
  return { cluster, attribute: attr[0], value: toHub(attr[1], spec, value) };
}

const FEATURE_MAP = 0xfffc;

/** matter.js's feature flags ({lighting: true}, named by the feature's title) as the FeatureMap number. */
function featureNumber(clusterId: number, flags: Record<string, unknown>): number {
  let n = 0;
  for (const f of Matter.clusters(clusterId)?.featureMap.children ?? []) {
    const bit = f.constraint.value;
    if (typeof bit === 'number' && flags[camelize(f.title ?? f.name)] === true) n += 2 ** bit;
  }
  return n;
}

const lowerKeys = (o: Record<string, unknown>) =>
  new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));

/** A matter.js value as the hub holds it. */
export function toHub(spec: SpecValue | undefined, cluster: SpecCluster, v: unknown): unknown {
  if (v === null || v === undefined) return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  if (Array.isArray(v)) return v.map((x) => toHub(spec?.entry, cluster, x));
  if (typeof v !== 'object') return v;
  const type = specType(cluster, spec?.ref);
  const o = v as Record<string, unknown>;
  if (spec?.type.startsWith('map')) {
    const keys = lowerKeys(o);
    let n = 0;
    for (const [name, [lo]] of Object.entries(type?.bits ?? {})) {
      const b = keys.get(camelize(name).toLowerCase()) ?? keys.get(name.toLowerCase());
      if (b === true) n += 2 ** lo;
      else if (typeof b === 'number') n += b * 2 ** lo;
    }
    return n;
  }
  const fields = type?.fields ?? {};
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) {
    if (x === undefined) continue;
    const entry = Object.entries(fields).find(
      ([n]) => camelize(n) === k || n.toLowerCase() === k.toLowerCase(),
    );
    out[entry?.[0] ?? camelize(k, true)] = toHub(entry?.[1], cluster, x);
  }
  return out;
}

/** A hub value (a command field, a written attribute) as matter.js takes it. */
export function toMatter(spec: SpecValue | undefined, cluster: SpecCluster, v: unknown): unknown {
  if (v === null || v === undefined || !spec) return v;
  if (Array.isArray(v)) return v.map((x) => toMatter(spec.entry, cluster, x));
  const type = specType(cluster, spec.ref);
  if (spec.type.startsWith('map') && typeof v === 'number') {
    const out: Record<string, unknown> = {};
    for (const [name, [lo, hi]] of Object.entries(type?.bits ?? {})) {
      const bits = Math.floor(v / 2 ** lo) % 2 ** (hi - lo + 1);
      out[camelize(name)] = hi === lo ? bits === 1 : bits;
    }
    return out;
  }
  if (typeof v === 'string' && spec.type.startsWith('uint64')) return BigInt(v);
  if (typeof v === 'object') {
    const fields = type?.fields ?? {};
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>))
      out[camelize(k)] = toMatter(fields[k], cluster, x);
    return out;
  }
  return v;
}

/** A command's fields (the hub's names) as matter.js's request object, or undefined when it has none. */
export function commandRequest(
  cluster: string,
  command: string,
  args: Record<string, unknown>,
): { clusterId: number; name: string; request: Record<string, unknown> | undefined } {
  const spec = clusterSpec(cluster);
  const cmd = spec?.commands[command];
  if (!spec || !cmd) throw new Error(`no command ${cluster}.${command} in the specification`);
  const entries = Object.entries(args).filter(([, v]) => v !== undefined);
  const request =
    Object.keys(cmd.fields).length === 0
      ? undefined
      : Object.fromEntries(entries.map(([k, v]) => [camelize(k), toMatter(cmd.fields[k], spec, v)]));
  return { clusterId: spec.id, name: camelize(command), request };
}

/** The cluster id of a cluster name (the name is validated before it gets here). */
export const clusterIdOf = (cluster: string): number => clusterSpec(cluster)?.id ?? -1;

/** Attribute writes (the hub's names) as matter.js's. */
export function attributeWrites(cluster: string, values: Record<string, unknown>): Record<string, unknown> {
  const spec = clusterSpec(cluster);
  if (!spec) return {};
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [camelize(k), toMatter(spec.attributes[k], spec, v)]),
  );
}

/** The device's endpoints in the hub's model (clusters the specification does not know are left out). */
export function hubEndpoints(raw: RawEndpoint[]): Endpoint[] {
  return raw.map((ep) => {
    const clusters: Endpoint['clusters'] = {};
    for (const c of ep.clusters) {
      const name = clusterName(c.id);
      if (!name) continue;
      const attrs: Record<string, unknown> = {};
      for (const a of c.attributes) {
        const h = hubAttribute(c.id, a.id, a.value);
        if (h) attrs[h.attribute] = h.value;
      }
      clusters[name] = attrs;
    }
    return {
      id: String(ep.number),
      deviceTypes: ep.deviceTypes.flatMap((t) => {
        const n = deviceTypeName(t);
        return n ? [n] : [];
      }),
      tags: [],
      clusters,
    };
  });
}

/** The device's own type: the first application device type that is not a utility one. */
export function mainDeviceType(endpoints: Endpoint[]): string {
  for (const ep of endpoints)
    for (const t of ep.deviceTypes) {
      const cls = deviceTypeSpec(t)?.classification;
      if (cls !== 'utility' && cls !== 'node') return t;
    }
  return endpoints[0]?.deviceTypes[0] ?? 'Unknown';
}
