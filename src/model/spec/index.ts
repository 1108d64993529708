/**
 * The Matter data model, read from the generated data (scripts/gen-spec.mjs ← @matter/model).
 * A cluster is parsed the first time it is asked for, so starting the hub costs nothing here.
 */
import { CLUSTER_JSON, DEVICE_TYPES_JSON, GLOBAL_TYPES_JSON, MODEL_SOURCE } from './data.gen.js';
import { HUB_DEVICE_TYPES, supplement } from './prose.js';
import type { SpecCluster, SpecDeviceType, SpecType } from './types.js';

export type * from './types.js';
export { MODEL_SOURCE };

const clusters = new Map<string, SpecCluster | null>();
let globals: Record<string, SpecType> | undefined;
let deviceTypes: Record<string, SpecDeviceType> | undefined;

/** The specification's cluster of this name (with the hub's additions), or undefined. */
export function clusterSpec(name: string): SpecCluster | undefined {
  let c = clusters.get(name);
  if (c === undefined) {
    const raw = Object.hasOwn(CLUSTER_JSON, name) ? CLUSTER_JSON[name] : undefined;
    c = raw ? supplement(name, JSON.parse(raw) as SpecCluster) : null;
    clusters.set(name, c);
  }
  return c ?? undefined;
}

/** Every cluster name of the specification. */
export const clusterNames = (): string[] => Object.keys(CLUSTER_JSON);

/** A named data type as the cluster sees it: its own (and its base's), else a global one. */
export function specType(cluster: SpecCluster | undefined, name: string | undefined): SpecType | undefined {
  if (!name) return undefined;
  if (cluster && Object.hasOwn(cluster.types, name)) return cluster.types[name];
  globals ??= JSON.parse(GLOBAL_TYPES_JSON) as Record<string, SpecType>;
  return Object.hasOwn(globals, name) ? globals[name] : undefined;
}

function allDeviceTypes(): Record<string, SpecDeviceType> {
  deviceTypes ??= {
    ...(JSON.parse(DEVICE_TYPES_JSON) as Record<string, SpecDeviceType>),
    ...HUB_DEVICE_TYPES,
  };
  return deviceTypes;
}

/** The specification's device type of this name (or a hub extension such as GasValve), or undefined. */
export function deviceTypeSpec(name: string): SpecDeviceType | undefined {
  const all = allDeviceTypes();
  return Object.hasOwn(all, name) ? all[name] : undefined;
}

/** Every device type name of the specification. */
export const deviceTypeNames = (): string[] => Object.keys(allDeviceTypes());
