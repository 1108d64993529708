/**
 * A client for cloud-to-cloud smart-home fulfillment (the API a vendor cloud serves to Google
 * Home): SYNC, QUERY, EXECUTE, DISCONNECT over one `POST` endpoint with a bearer token.
 * Imports nothing of the hub; DTOs keep Google's field names.
 */

import { randomUUID } from 'node:crypto';
import { type HttpResponse, HttpTimeoutError, httpRequest } from '../../util/http.js';

export const INTENT = {
  SYNC: 'action.devices.SYNC',
  QUERY: 'action.devices.QUERY',
  EXECUTE: 'action.devices.EXECUTE',
  DISCONNECT: 'action.devices.DISCONNECT',
} as const;

export const TRAIT_PREFIX = 'action.devices.traits.';
export const COMMAND_PREFIX = 'action.devices.commands.';
export const TYPE_PREFIX = 'action.devices.types.';

export interface SyncDevice {
  id: string;
  type: string;
  traits: string[];
  name: { name: string; defaultNames?: string[]; nicknames?: string[] };
  willReportState?: boolean;
  roomHint?: string;
  deviceInfo?: { manufacturer?: string; model?: string; hwVersion?: string; swVersion?: string };
  attributes?: Record<string, unknown>;
  customData?: unknown;
}

export interface SyncResponse {
  agentUserId: string;
  devices: SyncDevice[];
}

/** One device in a QUERY answer: `online`, `status`, and the traits' states. */
export interface DeviceStates {
  online?: boolean;
  status?: 'SUCCESS' | 'OFFLINE' | 'EXCEPTIONS' | 'ERROR';
  errorCode?: string;
  [state: string]: unknown;
}

export interface Execution {
  command: string;
  params?: Record<string, unknown>;
}

export interface ExecuteCommand {
  devices: Array<{ id: string; customData?: unknown }>;
  execution: Execution[];
}

export interface ExecuteResult {
  ids: string[];
  status: 'SUCCESS' | 'PENDING' | 'OFFLINE' | 'EXCEPTIONS' | 'ERROR';
  errorCode?: string;
  debugString?: string;
  states?: DeviceStates;
}

/** The cloud could not be reached or did not answer in time (retry later). */
export class C2cUnreachableError extends Error {}

/** The cloud answered but refused the request: HTTP error or a global `payload.errorCode`. */
export class C2cResponseError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}

export interface C2cClientOptions {
  /** The fulfillment URL, e.g. https://cloud.example/fulfillment. */
  url: string;
  token?: string;
  timeoutMs: number;
  /** Aborts every request in flight (stop). */
  signal?: AbortSignal;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export class C2cClient {
  readonly #opts: C2cClientOptions;

  constructor(opts: C2cClientOptions) {
    this.#opts = opts;
  }

  async sync(): Promise<SyncResponse> {
    const p = await this.#call(INTENT.SYNC, undefined);
    if (!Array.isArray(p.devices))
      throw new C2cResponseError(200, 'protocolError', 'SYNC answer has no devices[]');
    return { agentUserId: String(p.agentUserId ?? ''), devices: p.devices as SyncDevice[] };
  }

  async query(ids: string[]): Promise<Record<string, DeviceStates>> {
    const p = await this.#call(INTENT.QUERY, { devices: ids.map((id) => ({ id })) });
    if (!isObject(p.devices))
      throw new C2cResponseError(200, 'protocolError', 'QUERY answer has no devices{}');
    return p.devices as Record<string, DeviceStates>;
  }

  async execute(commands: ExecuteCommand[]): Promise<ExecuteResult[]> {
    const p = await this.#call(INTENT.EXECUTE, { commands });
    if (!Array.isArray(p.commands))
      throw new C2cResponseError(200, 'protocolError', 'EXECUTE answer has no commands[]');
    return p.commands as ExecuteResult[];
  }

  async disconnect(): Promise<void> {
    await this.#call(INTENT.DISCONNECT, {});
  }

  async #call(intent: string, payload: unknown): Promise<Record<string, unknown>> {
    const requestId = randomUUID();
    let res: HttpResponse;
    let text: string;
    try {
      res = await httpRequest(this.#opts.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.#opts.token ? { authorization: `Bearer ${this.#opts.token}` } : {}),
        },
        body: JSON.stringify({
          requestId,
          inputs: [payload === undefined ? { intent } : { intent, payload }],
        }),
        signal: this.#opts.signal,
        timeoutMs: this.#opts.timeoutMs,
      });
      text = await res.text();
    } catch (err) {
      const why =
        err instanceof HttpTimeoutError
          ? `no answer within ${this.#opts.timeoutMs} ms`
          : (err as Error).message;
      throw new C2cUnreachableError(`${intent} to ${this.#opts.url} failed: ${why}`, { cause: err });
    }
    let body: unknown;
    try {
      body = text === '' ? {} : JSON.parse(text);
    } catch {
      body = undefined;
    }
    const p = isObject(body) && isObject(body.payload) ? body.payload : undefined;
    if (!res.ok) {
      if (res.status >= 500) throw new C2cUnreachableError(`${intent}: cloud answered HTTP ${res.status}`);
      const code =
        typeof p?.errorCode === 'string' ? p.errorCode : res.status === 401 ? 'authFailure' : 'protocolError';
      throw new C2cResponseError(res.status, code, `${intent}: HTTP ${res.status} ${code}`);
    }
    if (intent === INTENT.DISCONNECT) return {};
    if (!p) throw new C2cResponseError(res.status, 'protocolError', `${intent}: answer has no payload`);
    if (typeof p.errorCode === 'string') {
      const debug = typeof p.debugString === 'string' ? ` (${p.debugString})` : '';
      throw new C2cResponseError(res.status, p.errorCode, `${intent}: ${p.errorCode}${debug}`);
    }
    return p;
  }
}
