/**
 * The former hand-written cluster table's exports, now derived from the specification's data model
 * (spec/index.ts, generated from @matter/model), so code written against them keeps working.
 * New code uses `clusterSpec`, `deviceTypeSpec` and the named enums (spec/enums.gen.ts, tables.ts).
 */

import * as enums from './spec/enums.gen.js';
import { clusterNames, clusterSpec, deviceTypeNames, deviceTypeSpec } from './spec/index.js';
import type { SpecCluster, SpecValue } from './spec/types.js';

export { FAN_MODE_SEQUENCES } from './tables.js';
export { WRITE_ATTRIBUTES } from './validate.js';

export type ValueType = 'bool' | 'int' | 'enum' | 'bitmap' | 'string' | 'struct' | 'list';

export interface AttributeDef {
  type: ValueType;
  writable?: boolean;
}
export interface FieldDef {
  type: ValueType;
  optional?: boolean;
}
export interface CommandDef {
  fields: Record<string, FieldDef>;
}
export interface ClusterDef {
  id: number;
  attributes: Record<string, AttributeDef>;
  commands: Record<string, CommandDef>;
}

const kind = (v: SpecValue): ValueType =>
  v.type === 'bool' || v.type === 'list' || v.type === 'struct'
    ? v.type
    : v.type.startsWith('enum')
      ? 'enum'
      : v.type.startsWith('map')
        ? 'bitmap'
        : v.type === 'string' || v.type === 'octstr'
          ? 'string'
          : 'int';

function clusterDef(c: SpecCluster): ClusterDef {
  const attributes = Object.fromEntries(
    Object.entries(c.attributes).map(([n, a]) => [
      n,
      a.writable ? { type: kind(a), writable: true } : { type: kind(a) },
    ]),
  );
  const commands = Object.fromEntries(
    Object.entries(c.commands).map(([n, cmd]) => [
      n,
      {
        fields: Object.fromEntries(
          Object.entries(cmd.fields).map(([f, v]) => [
            f,
            v.mandatory ? { type: kind(v) } : { type: kind(v), optional: true },
          ]),
        ),
      },
    ]),
  );
  return { id: c.id, attributes, commands };
}

/** Cluster name → its definition, derived on first access. */
export const CLUSTERS: Record<string, ClusterDef> = {};
for (const name of clusterNames()) {
  Object.defineProperty(CLUSTERS, name, {
    enumerable: true,
    configurable: true,
    get() {
      const def = clusterDef(clusterSpec(name) as SpecCluster);
      Object.defineProperty(CLUSTERS, name, { value: def, enumerable: true });
      return def;
    },
  });
}

/** Matter device type ids by name (hub extension types use the vendor-specific range). */
export const DEVICE_TYPES: Record<string, number> = Object.fromEntries(
  deviceTypeNames().map((n) => [n, deviceTypeSpec(n)?.id ?? 0]),
);

/** Semantic tags used by the hub (Refrigerator namespace and Common Position). */
export const TAGS = ['Refrigerator', 'Freezer', 'Upper', 'Lower'] as const;

/** ModeBase common and derived mode tags, by name (the mode clusters' ModeTag enums). */
export const MODE_TAGS: Record<string, number> = Object.assign(
  {},
  ...Object.values(enums).flatMap((types) => ('ModeTag' in types ? [types.ModeTag] : [])),
);
