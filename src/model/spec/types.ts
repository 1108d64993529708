/**
 * The shape of the generated Matter data model (scripts/gen-spec.mjs writes data.gen.ts from
 * @matter/model). Names are the specification's; constraint references name the attribute or
 * field the way the specification writes them (lower camel case, e.g. `minLevel`).
 */

/** A constraint expression: a number, a reference, arithmetic, or minOf/maxOf. */
export type SpecExpr =
  | number
  | boolean
  | string
  | { ref: string }
  | { op: '+' | '-' | '*' | '/'; a: SpecExpr; b: SpecExpr }
  | { fn: 'minOf' | 'maxOf'; args: SpecExpr[] };

/** Matter constraint (spec §7.18.2): a value, a range, a length (strings, lists), list entries. */
export interface SpecConstraint {
  value?: SpecExpr;
  min?: SpecExpr;
  max?: SpecExpr;
  in?: SpecExpr;
  entry?: SpecConstraint;
  parts?: SpecConstraint[];
}

/** An attribute, a command field, a struct field or a list entry. */
export interface SpecValue {
  id?: number;
  /** The primitive type: bool, uint8…uint64, int8…int64, single, double, enum8/16, map8…64, string, octstr, list, struct. */
  type: string;
  /** The named data type (enum, bitmap, struct or alias such as `percent`) when there is one. */
  ref?: string;
  /** Conformance as the specification writes it (absent: mandatory). */
  conf?: string;
  /** Mandatory whatever the features. */
  mandatory?: boolean;
  nullable?: boolean;
  constraint?: SpecConstraint;
  default?: number | string | boolean | null;
  /** The entry of a list. */
  entry?: SpecValue;
}

export interface SpecAttribute extends SpecValue {
  writable?: boolean;
  /** Fabric-scoped: each fabric sees and writes its own entries (spec §7.13). */
  fabricScoped?: boolean;
  fabricSensitive?: boolean;
  /** The privilege a write needs: O(perate), M(anage), A(dminister). */
  writePrivilege?: 'O' | 'M' | 'A';
  timed?: boolean;
  fixed?: boolean;
}

export interface SpecCommand {
  id: number;
  conf?: string;
  privilege?: 'O' | 'M' | 'A';
  timed?: boolean;
  fabricScoped?: boolean;
  /** The response command's name when it is not a plain status. */
  response?: string;
  fields: Record<string, SpecValue>;
}

export interface SpecType {
  kind: 'enum' | 'bitmap' | 'struct' | string;
  base?: string;
  /** Enum: name → value. */
  values?: Record<string, number>;
  /** Bitmap: name → [first bit, last bit]. */
  bits?: Record<string, [number, number]>;
  /** Struct: its fields. */
  fields?: Record<string, SpecValue>;
  fabricScoped?: boolean;
  /** Alias (e.g. percent): its own constraint. */
  constraint?: SpecConstraint;
}

export interface SpecCluster {
  id: number;
  revision: number;
  /** The base the cluster derives from (ModeBase, ConcentrationMeasurement…). */
  base?: string;
  /** Feature code → bit. */
  features: Record<string, number>;
  attributes: Record<string, SpecAttribute>;
  /** Client → server requests. */
  commands: Record<string, SpecCommand>;
  /** Server → client responses. */
  responses: Record<string, SpecCommand>;
  types: Record<string, SpecType>;
}

export interface SpecDeviceType {
  id: number;
  revision: number;
  classification: string;
  /** Server clusters it requires or allows, with their conformance. */
  server: Record<string, string>;
  client: Record<string, string>;
}
