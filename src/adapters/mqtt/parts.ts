/** Shared shapes and helpers of the discovery → Matter part mappers (mapping.ts). */
import { RequestError } from '../../model/errors.js';
import type { Endpoint } from '../../model/types.js';
import { compileTemplate, type Template } from './template.js';

export type Attrs = Record<string, Record<string, unknown>>;

export interface Publish {
  topic: string;
  payload: string;
  retain: boolean;
}

export interface Reader {
  topic: string;
  read(payload: string): Attrs;
}

export type Encoder = (
  args: Record<string, unknown>,
  ep: Endpoint,
) => { publishes: Publish[]; expected: Attrs; confirm?: boolean };

export interface Part {
  rank: number;
  /** Endpoint id when this part is not the first. */
  id: string;
  endpoint: Endpoint;
  readers: Reader[];
  commands: Record<string, Encoder>;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
};
export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
export const attr = (ep: Endpoint, cluster: string, name: string): unknown => ep.clusters[cluster]?.[name];
export const parseJson = (payload: string): Record<string, unknown> | undefined => {
  try {
    const v: unknown = JSON.parse(payload);
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};
export const templateOf = (cfg: Record<string, unknown>, key: string): Template =>
  compileTemplate(str(cfg[key])) ?? (() => undefined);

export const unsupported = (what: string) =>
  new RequestError('unsupported-command', 400, `${what} is not supported by this device`);
