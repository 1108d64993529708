/** A small client of the hub's HTTP API (same origin, bearer token). */
import type { AuditRecord, CommandBody, CommandRecord, Device, HomeInfo, TurnResult } from './model.js';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export class Api {
  readonly token: string;
  readonly home: string;
  /** The token's role: "owner" and "member" see the whole home; others only their devices. */
  readonly role: string;

  constructor(token: string, home: string, role = 'owner') {
    this.token = token;
    this.home = home;
    this.role = role;
  }

  /** Owner and members see the whole home; a guest (or a partner) only the devices it may. */
  get full(): boolean {
    return this.role === 'owner' || this.role === 'member';
  }

  #path(rest = ''): string {
    return `/api/v1/homes/${encodeURIComponent(this.home)}${rest}`;
  }

  homeInfo(): Promise<HomeInfo> {
    return request(this.token, 'GET', this.#path());
  }

  devices(): Promise<Device[]> {
    return request(this.token, 'GET', this.#path('/devices'));
  }

  device(id: string): Promise<Device> {
    return request(this.token, 'GET', this.#path(`/devices/${encodeURIComponent(id)}`));
  }

  command(id: string, body: CommandBody): Promise<{ status: string; commandId?: string }> {
    return request(this.token, 'POST', this.#path(`/devices/${encodeURIComponent(id)}/commands`), body);
  }

  turn(body: {
    text: string;
    satellite: string;
    assistant?: string;
    conversationId?: string;
  }): Promise<TurnResult> {
    return request(this.token, 'POST', this.#path('/conversation'), body);
  }

  /** One attribute of a device over time (the hub's telemetry history). */
  history(
    id: string,
    attribute: string,
    from: string,
    step: string,
  ): Promise<{ series: Array<{ endpoint: string; points: Array<{ at: number; value: number }> }> }> {
    const q = new URLSearchParams({ attribute, from, step });
    return request(this.token, 'GET', this.#path(`/devices/${encodeURIComponent(id)}/history?${q}`));
  }

  audit(limit = 100): Promise<AuditRecord[]> {
    return request(this.token, 'GET', this.#path(`/audit?limit=${limit}`));
  }

  commands(limit = 100): Promise<CommandRecord[]> {
    return request(this.token, 'GET', this.#path(`/commands?limit=${limit}`));
  }

  /** The WebSocket URL of the event stream (browsers cannot set headers there: token in the query). */
  eventsUrl(): string {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${proto}//${location.host}${this.#path('/events')}?access_token=${encodeURIComponent(this.token)}`;
  }
}

export async function request<T>(
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (err) {
    throw new ApiError(0, 'network', String(err));
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? `http-${res.status}`, e?.message ?? res.statusText);
  }
  return data as T;
}

/**
 * Which home a token belongs to, and the token's role: GET /api/v1/me answers it for any valid
 * token (the hub does not list its homes to strangers). Throws ApiError 401 for a bad token.
 */
export async function findHome(token: string): Promise<{ home: string; role: string }> {
  return request<{ home: string; role: string }>(token, 'GET', '/api/v1/me');
}
