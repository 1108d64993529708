/**
 * A client of the SmartThings REST API (devices, status, health, commands). Imports nothing of the
 * hub: its errors are SmartThings' own (`SmartThingsApiError`) or the network's
 * (`SmartThingsNetworkError`); the adapter maps them.
 */
import { type HttpResponse, httpRequest } from '../../util/http.js';

export interface StCapabilityRef {
  id: string;
  version: number;
}

export interface StComponent {
  id: string;
  label?: string;
  capabilities: StCapabilityRef[];
  categories?: Array<{ name: string; categoryType?: string }>;
}

export interface StDevice {
  deviceId: string;
  name: string;
  label?: string;
  manufacturerName?: string;
  deviceTypeName?: string;
  components: StComponent[];
}

export interface StAttributeState {
  value: unknown;
  unit?: string;
  timestamp?: string;
}

/** capability → attribute → state */
export type StComponentStatus = Record<string, Record<string, StAttributeState>>;

export interface StDeviceStatus {
  components: Record<string, StComponentStatus>;
}

export interface StDeviceHealth {
  deviceId: string;
  state: 'ONLINE' | 'OFFLINE' | 'UNKNOWN';
  lastUpdatedDate?: string;
}

export interface StCommand {
  component: string;
  capability: string;
  command: string;
  arguments?: unknown[];
}

export interface StCommandResult {
  id: string;
  status: string;
}

export interface StErrorDetail {
  code: string;
  target?: string;
  message: string;
}

/** SmartThings answered with an error reply. */
export class SmartThingsApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly details: StErrorDetail[];
  constructor(
    status: number,
    code: string,
    message: string,
    requestId?: string,
    details: StErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'SmartThingsApiError';
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.details = details;
  }
}

/** SmartThings could not be reached, or did not answer in time. */
export class SmartThingsNetworkError extends Error {
  readonly timedOut: boolean;
  constructor(message: string, timedOut: boolean, cause?: unknown) {
    super(message, { cause });
    this.name = 'SmartThingsNetworkError';
    this.timedOut = timedOut;
  }
}

export interface SmartThingsClientOptions {
  /** e.g. https://api.smartthings.com/v1 */
  baseUrl: string;
  token?: string;
  timeoutMs: number;
}

export class SmartThingsClient {
  readonly #base: string;
  readonly #token: string | undefined;
  readonly #timeoutMs: number;

  constructor(opts: SmartThingsClientOptions) {
    this.#base = opts.baseUrl.replace(/\/+$/, '');
    this.#token = opts.token;
    this.#timeoutMs = opts.timeoutMs;
  }

  async listDevices(): Promise<StDevice[]> {
    const items: StDevice[] = [];
    let path: string | null = '/devices';
    while (path) {
      const page: { items?: StDevice[]; _links?: { next?: { href?: string } } } = await this.#request(
        'GET',
        path,
      );
      items.push(...(page.items ?? []));
      const next = page._links?.next?.href;
      path = next ? next.replace(this.#base, '') : null;
    }
    return items;
  }

  getStatus(deviceId: string): Promise<StDeviceStatus> {
    return this.#request('GET', `/devices/${encodeURIComponent(deviceId)}/status`);
  }

  getHealth(deviceId: string): Promise<StDeviceHealth> {
    return this.#request('GET', `/devices/${encodeURIComponent(deviceId)}/health`);
  }

  async executeCommands(deviceId: string, commands: StCommand[]): Promise<StCommandResult[]> {
    const reply: { results?: StCommandResult[] } = await this.#request(
      'POST',
      `/devices/${encodeURIComponent(deviceId)}/commands`,
      { commands: commands.map((c) => ({ ...c, arguments: c.arguments ?? [] })) },
    );
    return reply.results ?? [];
  }

  async #request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const url = path.startsWith('http') ? path : `${this.#base}${path}`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: HttpResponse;
    let text: string;
    try {
      res = await httpRequest(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        timeoutMs: this.#timeoutMs,
      });
      text = await res.text();
    } catch (err) {
      const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
      throw new SmartThingsNetworkError(
        timedOut
          ? `SmartThings did not answer within ${this.#timeoutMs} ms`
          : `SmartThings unreachable: ${String(err)}`,
        timedOut,
        err,
      );
    }
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      throw new SmartThingsApiError(
        res.status,
        'InvalidResponse',
        `SmartThings sent a reply that is not JSON`,
      );
    }
    if (!res.ok) {
      const e = (
        json as { requestId?: string; error?: { code?: string; message?: string; details?: StErrorDetail[] } }
      )?.error;
      throw new SmartThingsApiError(
        res.status,
        e?.code ?? `HTTP${res.status}`,
        e?.message ?? `SmartThings answered ${res.status}`,
        (json as { requestId?: string }).requestId,
        e?.details ?? [],
      );
    }
    return json as T;
  }
}
