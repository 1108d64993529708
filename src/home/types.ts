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
  /** `tcp://host:port` of a Wyoming satellite the hub connects to (voice in and out). */
  wyoming?: string;
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

/** The `care` section: who speaks care findings, when not, and the telemetry history policy. */
export interface CareSettings {
  assistant?: string;
  satellite?: string;
  /** Spoken findings on the satellite (default true when a satellite is named). */
  speak: boolean;
  /** Local times ('HH:MM') between which nothing is spoken; may wrap midnight. */
  quietHours: { from: string; to: string } | null;
  history?: { rawDays?: number; bucketMs?: number; retentionDays?: number; maxPoints?: number };
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
  home: {
    id: string;
    name: string;
    language: string;
    timezone: string;
    /** Where the home is, for sunrise/sunset triggers (degrees). */
    location?: { lat: number; lon: number };
  };
  areas: Area[];
  assistants: AssistantEntry[];
  satellites: SatelliteEntry[];
  grants: GrantRule[];
  security: Security;
  connections: ConnectionConfig[];
  devices: DeviceEntry[];
  openFloor: OpenFloorSettings;
  matter: MatterSettings;
  care?: CareSettings;
  /** Routines defined in the file (src/routines/types.ts, the API's shape with an id). */
  routines?: import('../routines/types.js').RoutineInput[];
  /** Speech in and out (absent: no recognizer; replies spoken by espeak-ng). */
  voice?: VoiceSettings;
}

/** The home file's `voice` section. */
export interface VoiceSettings {
  /** `wyoming://host:port` (a Wyoming ASR service) or `whisper:/path/model.bin`; null: none. */
  stt: string | null;
  /** `espeak-ng` (built in) or `wyoming://host:port` (a Wyoming TTS service). */
  tts: string;
  /** BCP 47; the home's language unless set. */
  language: string;
}
