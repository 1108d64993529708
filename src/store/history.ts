/**
 * Telemetry history: every numeric (or boolean) attribute change of every device, kept as a time
 * series per (device, endpoint, Cluster.Attribute). Both stores implement it (sqlite-history.ts,
 * postgres-history.ts). Raw points older than `rawDays` are replaced by one averaged point per
 * `bucketMs` (with its min and max); points older than `retentionDays` are dropped; and at most
 * `maxPoints` points are kept per home (the oldest go first).
 */

export interface Sample {
  device: string;
  /** The endpoint id; '' for the device as a whole (its online state). */
  endpoint: string;
  /** `Cluster.Attribute`, e.g. `TemperatureMeasurement.MeasuredValue`. */
  attribute: string;
  /** ms since the epoch */
  at: number;
  value: number;
}

export interface HistoryQuery {
  device: string;
  attribute: string;
  /** Without it: every endpoint of the device that has this attribute. */
  endpoint?: string;
  from: number;
  to: number;
  /** Bucket width in ms: one point per non-empty bucket (mean, min, max). Without it: raw points. */
  step?: number;
  /** Most points returned per series (the earliest ones). */
  limit: number;
}

export interface HistoryPoint {
  at: number;
  value: number;
  /** Present on aggregated points (a step, or a downsampled stretch). */
  min?: number;
  max?: number;
}

export interface HistorySeries {
  endpoint: string;
  attribute: string;
  points: HistoryPoint[];
}

export interface HistoryPolicy {
  /** Raw points older than this are downsampled. */
  rawDays: number;
  /** The downsampled bucket width, ms. */
  bucketMs: number;
  /** Points older than this are dropped. */
  retentionDays: number;
  /** At most this many points per home (the oldest beyond it are dropped). */
  maxPoints: number;
}

export const DEFAULT_HISTORY_POLICY: HistoryPolicy = {
  rawDays: 7,
  bucketMs: 5 * 60_000,
  retentionDays: 400,
  maxPoints: 20_000_000,
};

export interface CompactResult {
  downsampled: number;
  dropped: number;
}

export interface HistoryStore {
  /** Appends points (a batch is one transaction); a point at the same instant replaces the older one. */
  appendSamples(home: string, samples: Sample[]): Promise<void>;
  querySamples(home: string, q: HistoryQuery): Promise<HistorySeries[]>;
  /** Applies a policy at `now`: downsampling, retention, the size bound. */
  compactHistory(home: string, policy: HistoryPolicy, now: number): Promise<CompactResult>;
  /** How many points a home (or one device) holds. */
  countSamples(home: string, device?: string): Promise<number>;
}

const DAY = 86_400_000;

/** The cut-off instants of a policy at `now`. */
export function policyCuts(policy: HistoryPolicy, now: number): { raw: number; keep: number } {
  return { raw: now - policy.rawDays * DAY, keep: now - policy.retentionDays * DAY };
}
