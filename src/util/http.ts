/**
 * A small HTTP client for the vendor protocol clients: node:http(s) with keep-alive agents. It has
 * the part of fetch's Response the clients use (status, ok, headers, text(), json()) at a fraction
 * of fetch's cost per request, which matters on the command path.
 */
import http from 'node:http';
import https from 'node:https';

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64, noDelay: true }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64, noDelay: true }),
};

export interface HttpResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export interface HttpInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | undefined;
  signal?: AbortSignal | undefined;
  /**
   * Fails the request with an HttpTimeoutError when the whole answer has not arrived within this
   * many ms. A plain timer, far cheaper per request than an AbortSignal.timeout.
   */
  timeoutMs?: number | undefined;
}

/** The answer did not arrive within `timeoutMs` (name 'TimeoutError', as AbortSignal.timeout's). */
export class HttpTimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

interface Target {
  protocol: string;
  hostname: string;
  port: string;
  path: string;
  auth: string | undefined;
}

/** Parsed URLs: a vendor client asks for the same few URLs over and over (bounded: cleared when full). */
const targets = new Map<string, Target>();

function targetOf(url: string): Target {
  let t = targets.get(url);
  if (!t) {
    const u = new URL(url);
    t = {
      protocol: u.protocol,
      // node:http wants an IPv6 literal without its brackets
      hostname: u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname,
      port: u.port,
      path: `${u.pathname}${u.search}`,
      auth:
        u.username || u.password
          ? `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`
          : undefined,
    };
    if (targets.size >= 1024) targets.clear();
    targets.set(url, t);
  }
  return t;
}

export function httpRequest(url: string, init: HttpInit = {}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    let u: Target;
    try {
      u = targetOf(url);
    } catch (err) {
      reject(err);
      return;
    }
    const mod = u.protocol === 'https:' ? https : http;
    const agent = agents[u.protocol as keyof typeof agents];
    if (!agent) {
      reject(new TypeError(`unsupported protocol ${u.protocol}`));
      return;
    }
    const signal = init.signal;
    if (signal?.aborted) {
      reject(signal.reason ?? new Error('aborted'));
      return;
    }
    const headers: Record<string, string | number> = { ...(init.headers ?? {}) };
    if (init.body !== undefined) headers['content-length'] = Buffer.byteLength(init.body);
    let timer: NodeJS.Timeout | undefined;
    let timedOut: HttpTimeoutError | undefined;
    const options: http.RequestOptions = {
      protocol: u.protocol,
      hostname: u.hostname,
      path: u.path,
      method: init.method ?? 'GET',
      headers,
      agent,
    };
    if (u.port) options.port = u.port;
    if (u.auth !== undefined) options.auth = u.auth;
    const req = mod.request(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', fail);
      res.on('end', () => {
        if (timer) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const body = Buffer.concat(chunks).toString('utf8');
        const status = res.statusCode ?? 0;
        resolve({
          status,
          ok: status >= 200 && status < 300,
          headers: {
            get: (name) => {
              const v = res.headers[name.toLowerCase()];
              return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
            },
          },
          text: async () => body,
          json: async () => JSON.parse(body) as unknown,
        });
      });
    });
    function fail(err: unknown) {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // A timeout that cut the answer short shows as the timeout, whatever the stream reports.
      reject(timedOut ?? err);
    }
    function onAbort() {
      req.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    const ms = init.timeoutMs;
    if (ms !== undefined) {
      timer = setTimeout(() => {
        timedOut = new HttpTimeoutError(ms);
        req.destroy(timedOut);
      }, ms);
      timer.unref();
    }
    req.on('error', fail);
    // One call: headers and body leave in one write.
    req.end(init.body);
  });
}
