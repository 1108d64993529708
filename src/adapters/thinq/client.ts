/**
 * A client of the LG ThinQ Connect REST API (devices, profile, state, control) with LG's headers,
 * envelopes and error codes, over Node's fetch. Imports nothing of the hub.
 */

import { randomBytes } from 'node:crypto';
import { type HttpResponse, HttpTimeoutError, httpRequest } from '../../util/http.js';

/** `GET /devices` entries. */
export interface LgDevice {
  deviceId: string;
  deviceInfo: { deviceType: string; modelName: string; alias: string; reportable?: boolean };
}

export interface LgRange {
  min: number;
  max: number;
  step: number;
  except?: number[];
}

/** One profile property: `{type, mode, value: {r, w}}`. */
export type LgPropertyDef =
  | { type: 'enum'; mode: string[]; value: { r?: string[]; w?: string[] } }
  | { type: 'boolean'; mode: string[]; value: { r?: boolean[]; w?: boolean[] } }
  | { type: 'range'; mode: string[]; value: { r?: LgRange; w?: LgRange } }
  | { type: 'number'; mode: string[] };

/** A resource of a profile: property definitions, plus plain strings such as `locationName`. */
export type LgResourceDef = Record<string, LgPropertyDef | string | Record<string, unknown>>;
export type LgPropertySet = Record<string, LgResourceDef | LgResourceDef[]>;

/** `GET /devices/{id}/profile`. Multi-unit devices (washers) give a list with `location`. */
export interface LgProfile {
  notification?: { push?: string[] };
  property: LgPropertySet | LgPropertySet[];
}

/** `GET /devices/{id}/state`: resource → property → value; location-keyed resources are lists. */
export type LgResourceState = Record<string, unknown>;
export type LgStateSet = Record<string, LgResourceState | LgResourceState[]>;
export type LgState = LgStateSet | LgStateSet[];

/** `POST /devices/{id}/control` body: `{resource: {prop: value}}`, plus `location` on multi-unit devices. */
export type LgControl = Record<string, Record<string, unknown>>;

/** LG answered with `{error: {code, message}}`. */
export class ThinqApiError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status: number) {
    super(`LG ThinQ ${code}: ${message}`);
    this.name = 'ThinqApiError';
    this.code = code;
    this.status = status;
  }
}

/** LG did not answer (refused, reset, timed out) or answered something that is not its API. */
export class ThinqNetworkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ThinqNetworkError';
  }
}

export interface ThinqClientOptions {
  baseUrl: string;
  /** Personal access token. */
  token: string;
  /** Per-request timeout, ms. */
  timeoutMs: number;
  country?: string;
  clientId?: string;
  apiKey?: string;
  servicePhase?: 'OP' | 'QA';
}

interface Envelope {
  messageId?: string;
  timestamp?: string;
  response?: unknown;
  error?: { code?: unknown; message?: unknown };
}

/** Random bytes for message ids, drawn from the CSPRNG 4 KiB at a time rather than 16 bytes per call. */
let idPool = Buffer.alloc(0);
let idOffset = 0;

/** LG message ids: 16 random bytes, URL-safe base64 without padding (22 characters). */
export function newMessageId(): string {
  if (idOffset + 16 > idPool.length) {
    idPool = randomBytes(4096);
    idOffset = 0;
  }
  idOffset += 16;
  return idPool.toString('base64url', idOffset - 16, idOffset);
}

export class ThinqClient {
  readonly #opts: ThinqClientOptions;
  readonly #base: string;

  constructor(opts: ThinqClientOptions) {
    this.#opts = opts;
    this.#base = opts.baseUrl.replace(/\/+$/, '');
  }

  listDevices(signal?: AbortSignal): Promise<LgDevice[]> {
    return this.#request<LgDevice[]>('GET', '/devices', { signal });
  }

  profile(deviceId: string, signal?: AbortSignal): Promise<LgProfile> {
    return this.#request<LgProfile>('GET', `/devices/${encodeURIComponent(deviceId)}/profile`, { signal });
  }

  state(deviceId: string, signal?: AbortSignal): Promise<LgState> {
    return this.#request<LgState>('GET', `/devices/${encodeURIComponent(deviceId)}/state`, { signal });
  }

  control(deviceId: string, body: LgControl, signal?: AbortSignal): Promise<unknown> {
    return this.#request('POST', `/devices/${encodeURIComponent(deviceId)}/control`, {
      body,
      signal,
      headers: { 'x-conditional-control': 'true' },
    });
  }

  async #request<T>(
    method: string,
    path: string,
    opts: { body?: unknown; signal?: AbortSignal | undefined; headers?: Record<string, string> },
  ): Promise<T> {
    const o = this.#opts;
    const headers: Record<string, string> = {
      authorization: `Bearer ${o.token}`,
      'x-country': o.country ?? 'KR',
      'x-message-id': newMessageId(),
      'x-client-id': o.clientId ?? 'yeondong',
      'x-api-key': o.apiKey ?? 'yeondong',
      'x-service-phase': o.servicePhase ?? 'OP',
      accept: 'application/json',
      ...opts.headers,
    };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    let res: HttpResponse;
    let text: string;
    try {
      res = await httpRequest(`${this.#base}${path}`, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: opts.signal,
        timeoutMs: o.timeoutMs,
      });
      text = await res.text();
    } catch (err) {
      const why = err instanceof HttpTimeoutError ? `timed out after ${o.timeoutMs} ms` : errorText(err);
      throw new ThinqNetworkError(`${method} ${path}: ${why}`, { cause: err });
    }
    let env: Envelope;
    try {
      env = JSON.parse(text) as Envelope;
    } catch {
      throw new ThinqNetworkError(`${method} ${path}: HTTP ${res.status} without an LG envelope`);
    }
    if (res.ok && env && typeof env === 'object' && !env.error) return env.response as T;
    const code = env?.error?.code;
    if (code === undefined || code === null) {
      throw new ThinqNetworkError(`${method} ${path}: HTTP ${res.status} without an LG error code`);
    }
    throw new ThinqApiError(String(code), String(env.error?.message ?? ''), res.status);
  }
}

function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: unknown }).cause;
  return cause instanceof Error ? `${err.message} (${cause.message})` : err.message;
}
