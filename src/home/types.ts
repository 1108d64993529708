/** The home file, version 1 (docs/home-file.md), as typed data after loading. */

export interface Area {
  id: string;
  name: string;
  aliases: string[];
}

export interface AssistantEntry {
  id: string;
  name: string;
  provider: string;
  wakeWords: string[];
}

export interface SatelliteEntry {
  id: string;
  name: string;
  aliases: string[];
  area: string | null;
  assistants: string[];
  player: boolean;
}

export interface GrantRule {
  assistant: string;
  privilege?: 'view' | 'operate' | 'manage' | 'administer';
  deny?: { deviceTypes: string[]; devices: string[]; areas: string[] };
}

export interface SecurityRule {
  deviceTypes: string[];
  commands: string[];
  require: 'pin' | 'forbidden';
}

export interface Security {
  voicePin: string | null;
  rules: SecurityRule[];
}

/** A simulator seed device: the vendor's own view (`state` keys are vendor keys). */
export interface SimDeviceSeed {
  externalId: string;
  type: string;
  model?: string;
  state?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface ConnectionConfig {
  id: string;
  adapter: string;
  simulate: boolean;
  baseUrl?: string;
  token?: string;
  broker?: string;
  simulator: { devices: SimDeviceSeed[] };
  /** Any further adapter settings, as written in the file. */
  settings: Record<string, unknown>;
}

export interface DeviceEntry {
  id: string;
  connection: string;
  externalId: string;
  name: string;
  aliases: string[];
  area: string | null;
}

/** An external Open Floor agent the hub may invite to a conversation or forward to. */
export interface OpenFloorAgent {
  /** Its Open Floor endpoint, http(s). */
  url: string;
  name: string;
}

export interface OpenFloorSettings {
  /** The only external agents the hub may invite or forward to, whoever asks; empty by default. */
  agents: OpenFloorAgent[];
}

/** How a Matter fabric (a controller's admin domain) is matched to an assistant's grants (`matter` section). */
export interface MatterFabricRule {
  /** The fabric's label (set by its controller) — matched exactly. */
  label?: string;
  /** The fabric's root vendor id (e.g. 0x110A Samsung SmartThings). */
  vendorId?: number;
  /** The assistant whose grants the fabric gets. */
  assistant: string;
  /** `require: pin` actions allowed over Matter for this fabric (Matter has no PIN challenge). */
  allowPin: boolean;
}

export interface MatterSettings {
  fabrics: MatterFabricRule[];
  /** For a fabric no rule matches; null: such a fabric sees nothing. */
  default: MatterFabricRule | null;
}

export interface HomeFile {
  version: 1;
  home: { id: string; name: string; language: string; timezone: string };
  areas: Area[];
  assistants: AssistantEntry[];
  satellites: SatelliteEntry[];
  grants: GrantRule[];
  security: Security;
  connections: ConnectionConfig[];
  devices: DeviceEntry[];
  openFloor: OpenFloorSettings;
  matter: MatterSettings;
}
