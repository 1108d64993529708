/**
 * Any node answers any home. A request for a home this node does not serve is sent over NATS
 * request/reply to the subject of that home, which only its current owner subscribes to; the owner
 * runs it through its own HTTP stack (`inject`: the same routes, authentication, gate, idempotency)
 * and the reply goes back to the client unchanged.
 *
 * While a home has no owner (its node died and the lease has not expired yet, or it is being
 * handed over) the request waits and retries ("no responders") up to `waitMs`; then it is answered
 * `503 home-unavailable` with `Retry-After`. A request whose owner died while running it gets the
 * same retryable 503: a retry with the same Idempotency-Key either returns the first outcome or is
 * refused with 409 (outcome unknown), never run twice (src/server/idempotency.ts).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { NatsConnection, Subscription } from 'nats';
import { errorBody } from '../server/errors.js';
import type { Logger } from '../util/log.js';
import { leaseKey } from './leases.js';

/** Set on requests a node runs for another (never forwarded again). */
export const FORWARDED_HEADER = 'x-yeondong-forwarded';
const HOP_BY_HOP = new Set(['connection', 'content-length', 'transfer-encoding', 'keep-alive', 'date']);
const HOME_PATH = /^\/api\/v1\/homes\/([^/?#]+)/;

interface WireRequest {
  /** The client's address (rate limits per address apply at the owner as if local). */
  a: string;
  m: string;
  u: string;
  h: Record<string, string | string[]>;
  b: string;
}
interface WireReply {
  s: number;
  h: Record<string, string | string[]>;
  b: string;
}

export interface ForwardOptions {
  /** Subject prefix (unique per fleet: derived from the stream name). */
  prefix: string;
  /** How long a request waits for a home without an owner; default 12 s. */
  waitMs?: number;
  /** How long one forwarded request may take at the owner; default 8 s. */
  timeoutMs?: number;
  bodyLimit?: number;
  log: Logger;
}

/** The home id named in a request path, or null. */
export function homeOfPath(url: string): string | null {
  const m = HOME_PATH.exec(url);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1] as string);
  } catch {
    return null;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Forwarder {
  /** The value of FORWARDED_HEADER on this process's own injected requests. */
  readonly mark = randomUUID();
  readonly #opts: ForwardOptions;
  readonly #subs = new Map<string, Subscription>();
  readonly #inFlight = new Map<string, number>();
  #nc: NatsConnection | null = null;
  #app: FastifyInstance | null = null;

  constructor(opts: ForwardOptions) {
    this.#opts = opts;
  }

  subject(home: string, kind: 'http' | 'events' = 'http'): string {
    return `${this.#opts.prefix}.${kind}.${leaseKey(home)}`;
  }

  attach(nc: NatsConnection, app: FastifyInstance): void {
    this.#nc = nc;
    this.#app = app;
  }

  /** The owner side: answer the home's forwarded requests (called when its lease is won). */
  serve(home: string, onEventsAuth: (data: Uint8Array) => Promise<Uint8Array>): void {
    const nc = this.#nc;
    if (!nc || this.#subs.has(home)) return;
    const sub = nc.subscribe(this.subject(home), {
      queue: 'owner',
      callback: (_err, msg) => {
        void this.#answer(home, msg.data).then(
          (r) => msg.respond(r),
          () => msg.respond(encoder.encode(JSON.stringify(unavailable()))),
        );
      },
    });
    const events = nc.subscribe(this.subject(home, 'events'), {
      queue: 'owner',
      callback: (_err, msg) => {
        void onEventsAuth(msg.data).then(
          (r) => msg.respond(r),
          () => {},
        );
      },
    });
    this.#subs.set(home, sub);
    this.#subs.set(`${home}\u0000events`, events);
  }

  /** Stops answering for a home, then waits (at most `maxMs`) for its requests in flight here. */
  async unserve(home: string, maxMs = 3000): Promise<void> {
    for (const k of [home, `${home}\u0000events`]) {
      this.#subs.get(k)?.unsubscribe();
      this.#subs.delete(k);
    }
    const until = Date.now() + maxMs;
    while ((this.#inFlight.get(home) ?? 0) > 0 && Date.now() < until) await sleep(20);
  }

  /** Counts a request this node runs for a home (a handover waits for them). */
  begin(home: string): () => void {
    this.#inFlight.set(home, (this.#inFlight.get(home) ?? 0) + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const n = (this.#inFlight.get(home) ?? 1) - 1;
      if (n <= 0) this.#inFlight.delete(home);
      else this.#inFlight.set(home, n);
    };
  }

  async #answer(home: string, data: Uint8Array): Promise<Uint8Array> {
    const app = this.#app;
    if (!app) return encoder.encode(JSON.stringify(unavailable()));
    const req = JSON.parse(decoder.decode(data)) as WireRequest;
    const end = this.begin(home);
    try {
      const res = await app.inject({
        method: req.m as 'GET',
        remoteAddress: req.a,
        url: req.u,
        headers: { ...req.h, [FORWARDED_HEADER]: this.mark },
        ...(req.b ? { payload: Buffer.from(req.b, 'base64') } : {}),
      });
      const h: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(res.headers)) {
        if (v !== undefined && !HOP_BY_HOP.has(k)) h[k] = Array.isArray(v) ? v.map(String) : String(v);
      }
      const reply: WireReply = { s: res.statusCode, h, b: res.rawPayload.toString('base64') };
      return encoder.encode(JSON.stringify(reply));
    } finally {
      end();
    }
  }

  /** The requesting side: send a request to the home's owner and answer with its reply. */
  async forward(home: string, req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const nc = this.#nc;
    const body = await readBody(req, this.#opts.bodyLimit ?? 256 * 1024);
    if (body === null) {
      return reply.code(413).send(errorBody('payload-too-large', 'the request body is too large'));
    }
    const h: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined && !HOP_BY_HOP.has(k) && k !== FORWARDED_HEADER) h[k] = v;
    }
    const wire: WireRequest = { a: req.ip, m: req.method, u: req.url, h, b: body.toString('base64') };
    const data = encoder.encode(JSON.stringify(wire));
    const until = Date.now() + (this.#opts.waitMs ?? 12_000);
    let answer: WireReply = unavailable();
    while (nc) {
      try {
        const m = await nc.request(this.subject(home), data, { timeout: this.#opts.timeoutMs ?? 8000 });
        answer = JSON.parse(decoder.decode(m.data)) as WireReply;
        // The owner let go of the home between our request and its answer: ask the next one.
        if (answer.s === 503 && answer.h['x-yeondong-moving'] === '1' && Date.now() < until) {
          await sleep(200);
          continue;
        }
        break;
      } catch (err) {
        // No owner right now (failover, handover): wait and ask again. A timeout means the owner
        // died with the request in flight: the outcome is unknown, the client retries.
        if (!/503|no responders/i.test(String(err)) || Date.now() >= until) break;
        await sleep(200);
      }
    }
    for (const [k, v] of Object.entries(answer.h)) reply.header(k, v);
    return reply.code(answer.s).send(Buffer.from(answer.b, 'base64'));
  }

  /** Asks a remote home's owner whether a token may follow the home's events. */
  async eventsAuth(home: string, token: string | null): Promise<Uint8Array | null> {
    const nc = this.#nc;
    if (!nc) return null;
    try {
      const m = await nc.request(this.subject(home, 'events'), encoder.encode(JSON.stringify({ token })), {
        timeout: 5000,
      });
      return m.data;
    } catch {
      return null;
    }
  }

  close(): void {
    for (const s of this.#subs.values()) s.unsubscribe();
    this.#subs.clear();
  }
}

/** The retryable answer for a home that has no owner right now. */
export function unavailable(moving = false): WireReply {
  const body = errorBody(
    'home-unavailable',
    'the home is moving to another hub process; retry in a second (with the same Idempotency-Key)',
  );
  return {
    s: 503,
    h: {
      'content-type': 'application/json; charset=utf-8',
      'retry-after': '1',
      ...(moving ? { 'x-yeondong-moving': '1' } : {}),
    },
    b: Buffer.from(JSON.stringify(body)).toString('base64'),
  };
}

async function readBody(req: FastifyRequest, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req.raw) {
    size += (c as Buffer).length;
    if (size > limit) return null;
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}
