/**
 * Limits of the HTTP surface: rate limits (429 with Retry-After and the contract's error body), and
 * the security headers of every HTML page (the dashboard and the OAuth consent page: CSP without
 * inline script, frame-ancestors 'none').
 *
 * A request with a token the hub verifies counts against that principal (one person or partner,
 * whatever the header's spelling and however many of its tokens); any other request (no token, a
 * bad one, OAuth client credentials) counts against its address. Defaults: 2,000 per 10 s each
 * (200 requests/s, bursts included); configure with AppOptions.limits or YEONDONG_RATE_WINDOW_MS,
 * YEONDONG_RATE_PER_TOKEN (per principal), YEONDONG_RATE_PER_ADDRESS (0 = off).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './errors.js';
import { principalOf } from './principal.js';

export interface LimitOptions {
  /** Length of one counting window, ms. */
  windowMs: number;
  /** Requests per window for one verified principal (person or partner; 0 = unlimited). */
  perToken: number;
  /** Requests per window from one address without a verified token (0 = unlimited). */
  perAddress: number;
  /** Most counters kept at once (memory bound); expired ones are dropped first. */
  maxKeys: number;
}

export const DEFAULT_LIMITS: LimitOptions = {
  windowMs: 10_000,
  perToken: 2_000,
  perAddress: 2_000,
  maxKeys: 100_000,
};

function envNumber(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export function limitsFromEnv(): Partial<LimitOptions> {
  const out: Partial<LimitOptions> = {};
  const w = envNumber('YEONDONG_RATE_WINDOW_MS');
  const t = envNumber('YEONDONG_RATE_PER_TOKEN');
  const a = envNumber('YEONDONG_RATE_PER_ADDRESS');
  if (w) out.windowMs = w;
  if (t !== undefined) out.perToken = t;
  if (a !== undefined) out.perAddress = a;
  return out;
}

interface Counter {
  start: number;
  count: number;
}

/** Fixed-window counters with a memory bound. */
export class RateLimiter {
  readonly opts: LimitOptions;
  readonly #counters = new Map<string, Counter>();
  readonly #now: () => number;

  constructor(opts: Partial<LimitOptions> = {}, now: () => number = Date.now) {
    this.opts = { ...DEFAULT_LIMITS, ...opts };
    this.#now = now;
  }

  /** Counts one request for the key; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, limit: number): number {
    if (limit <= 0) return 0;
    const now = this.#now();
    let c = this.#counters.get(key);
    if (!c || now - c.start >= this.opts.windowMs) {
      if (!c && this.#counters.size >= this.opts.maxKeys) this.#sweep(now);
      c = { start: now, count: 0 };
      this.#counters.set(key, c);
    }
    c.count++;
    if (c.count <= limit) return 0;
    return Math.max(1, Math.ceil((c.start + this.opts.windowMs - now) / 1000));
  }

  #sweep(now: number): void {
    for (const [k, c] of this.#counters) if (now - c.start >= this.opts.windowMs) this.#counters.delete(k);
    if (this.#counters.size >= this.opts.maxKeys) this.#counters.clear();
  }
}

export function installRateLimits(
  app: FastifyInstance,
  opts: Partial<LimitOptions> | false = {},
): RateLimiter | null {
  if (opts === false) return null;
  const limiter = new RateLimiter({ ...limitsFromEnv(), ...opts });
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const principal = principalOf(req);
    const wait = principal
      ? limiter.hit(`p:${principal}`, limiter.opts.perToken)
      : limiter.hit(`a:${req.ip}`, limiter.opts.perAddress);
    if (wait > 0) {
      return reply
        .code(429)
        .header('retry-after', String(wait))
        .send(errorBody('too-many-requests', `too many requests; try again in ${wait} s`));
    }
  });
  return limiter;
}

/** The dashboard's policy: scripts, styles and connections only from the hub itself; never framed. */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every answer; the CSP on every HTML page (a page may set a stricter one). */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    const ct = String(reply.getHeader('content-type') ?? '');
    if (ct.startsWith('text/html')) {
      if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', DASHBOARD_CSP);
      reply.header('x-frame-options', 'DENY');
      reply.header('referrer-policy', 'no-referrer');
      reply.header('cross-origin-opener-policy', 'same-origin');
      reply.header('permissions-policy', 'camera=(), geolocation=(), microphone=(self)');
    }
    return payload;
  });
}
