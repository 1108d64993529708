/** The hub's device model: the Matter 1.4 data model as JSON (names are the spec's PascalCase). */

export type AttributeValue = unknown;

/** Cluster name → attribute name → value. */
export type ClusterStates = Record<string, Record<string, AttributeValue>>;

export interface Endpoint {
  /** Stable id within the device, e.g. "main", "refrigerator", "freezer", "speaker". */
  id: string;
  /** Matter device type names, e.g. ["TemperatureControlledCabinet"]. */
  deviceTypes: string[];
  /** Matter semantic tag names, e.g. ["Refrigerator"]. */
  tags: string[];
  /** A human name of the endpoint when the vendor gives one (e.g. "상칸"). */
  name?: string;
  clusters: ClusterStates;
}

/** A device as the hub shows it (contract.md shape). */
export interface DeviceDescription {
  id: string;
  name: string;
  aliases?: string[];
  area: string | null;
  connection: string;
  online: boolean;
  deviceType: string;
  vendor?: string;
  model?: string;
  endpoints: Endpoint[];
}

/** One Matter command against one endpoint (contract.md body of POST …/commands). */
export interface CommandRequest {
  endpoint: string;
  cluster: string;
  command: string;
  args: Record<string, unknown>;
}

/** An attribute update: what changed on which endpoint. */
export interface StatePatch {
  endpoint: string;
  cluster: string;
  attributes: Record<string, AttributeValue>;
}

/** Matter access privileges (View 1, ProxyView 2, Operate 3, Manage 4, Administer 5). */
export type Privilege = 'view' | 'operate' | 'manage' | 'administer';
export const PRIVILEGE_LEVEL: Record<Privilege, number> = { view: 1, operate: 3, manage: 4, administer: 5 };
