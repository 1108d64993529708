/** What the care part sees of a home and its findings. */
import type { HomeFile } from '../home/types.js';
import type { DeviceDescription } from '../model/types.js';

/** A home as care reads it (HomeRuntime satisfies it). */
export interface CareHome {
  readonly id: string;
  readonly file: HomeFile;
  devices(): DeviceDescription[];
  device(id: string): DeviceDescription | undefined;
  /** Where conversation turns read the findings from (set while care runs). */
  careFindings:
    | (() => ReadonlyArray<{
        deviceId: string;
        kind: string;
        severity: string;
        state: string;
        advice: string;
      }>)
    | null;
}

export type FindingKind =
  | 'door-left-open'
  | 'compressor-failing'
  | 'freezer-warming'
  | 'washer-cycles-longer'
  | 'washer-errors'
  | 'filter-end'
  | 'heating-not-reaching'
  | 'sensor-stuck'
  | 'sensor-offline'
  | 'battery-low';

export type Severity = 'info' | 'warning' | 'critical';

export interface Finding {
  /** Stable for one problem of one device (dedup key): `${kind}:${deviceId}:${endpoint}`. */
  id: string;
  deviceId: string;
  endpoint?: string;
  kind: FindingKind;
  severity: Severity;
  /** ms since the epoch: when the problem was first seen in the data. */
  since: number;
  /** How sure, 0–1. */
  confidence: number;
  /** What was seen, as numbers (°C, minutes, counts, %). */
  evidence: Record<string, number>;
  /** What to do, in Korean (from the message catalog). */
  advice: string;
  state: 'open' | 'dismissed' | 'closed';
  /** ms: last time the detector saw it (open) or when it closed. */
  updatedAt: number;
}

/** What a detector reports for one device and endpoint (the engine adds id, advice and state). */
export interface Detection {
  deviceId: string;
  endpoint?: string;
  kind: FindingKind;
  severity: Severity;
  since: number;
  confidence: number;
  evidence: Record<string, number>;
}
