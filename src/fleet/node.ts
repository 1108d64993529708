/**
 * One node of a fleet: wins and loses homes' leases (leases.ts), starts and stops their runtimes
 * in the hub, answers their forwarded requests, forwards requests for homes served elsewhere
 * (forward.ts) and streams any home's events over WebSocket.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { NatsConnection } from 'nats';
import { connectionOptions, NatsBus } from '../bus/nats.js';
import type { BusEventName } from '../bus/types.js';
import type { HomeFile } from '../home/types.js';
import { hashToken } from '../hub/auth.js';
import type { EventSocket, Hub, RemoteHomes } from '../hub/hub.js';
import { authorize, bearer } from '../server/auth.js';
import { toReply } from '../server/errors.js';
import type { Logger } from '../util/log.js';
import { FORWARDED_HEADER, Forwarder, homeOfPath, unavailable } from './forward.js';
import { Leases } from './leases.js';

const STREAMED: BusEventName[] = [
  'deviceAdded',
  'stateChanged',
  'onlineChanged',
  'commandExecuted',
  'turnHandled',
  'dialogStateChanged',
  'connectionStateChanged',
];
const REVALIDATE_MS = 5000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface FleetNodeOptions {
  node: string;
  hub: Hub;
  files: HomeFile[];
  /** nats:// URL (without ?stream=). */
  natsUrl: string;
  /** The fleet's name: the JetStream stream's; KV buckets and subjects derive from it. */
  fleet: string;
  ttlMs?: number;
  waitMs?: number;
  log: Logger;
}

type EventsAuth =
  | { ok: true; full: boolean; visible: string[] | null }
  | { ok: false; status: number; body: unknown };

export class FleetNode implements RemoteHomes {
  readonly leases: Leases;
  readonly forwarder: Forwarder;
  readonly #opts: FleetNodeOptions;
  readonly #files = new Map<string, HomeFile>();
  readonly #ending = new WeakMap<FastifyRequest, () => void>();
  readonly #tokenHomes = new Map<string, string | null>();
  readonly #follows = new Map<string, { n: number; stop: Promise<() => void> }>();
  #nc: NatsConnection | null = null;

  constructor(opts: FleetNodeOptions) {
    this.#opts = opts;
    for (const f of opts.files) this.#files.set(f.home.id, f);
    const safe = opts.fleet.replace(/[^A-Za-z0-9_-]/g, '_');
    this.leases = new Leases({
      node: opts.node,
      bucket: `${safe}_fleet`,
      homes: [...this.#files.keys()],
      log: opts.log,
      ...(opts.ttlMs ? { ttlMs: opts.ttlMs } : {}),
    });
    this.forwarder = new Forwarder({
      prefix: `yd-fleet.${safe}`,
      log: opts.log,
      ...(opts.waitMs ? { waitMs: opts.waitMs } : {}),
    });
  }

  /** Installs the forwarding hook (AppOptions.front): it runs before every other hook. */
  front = (app: FastifyInstance): void => {
    app.addHook('onRequest', async (req, reply) => {
      const home = homeOfPath(req.url) ?? (await this.#homeOfToken(req));
      if (home === null || !this.#files.has(home)) return;
      if (req.headers.upgrade?.toLowerCase() === 'websocket') return;
      const local = this.serves(home);
      // Only this process's own inject carries its random mark; anything else is a client's header.
      const forwarded = req.headers[FORWARDED_HEADER] === this.forwarder.mark;
      if (local) {
        reply.header('x-yeondong-node', this.#opts.node);
        this.#ending.set(req, this.forwarder.begin(home));
        return;
      }
      if (forwarded) {
        const u = unavailable(true);
        return reply.code(u.s).headers(u.h).send(Buffer.from(u.b, 'base64'));
      }
      return this.forwarder.forward(home, req, reply);
    });
    const end = async (req: FastifyRequest) => {
      this.#ending.get(req)?.();
    };
    app.addHook('onResponse', end);
    app.addHook('onRequestAbort', end);
  };

  /**
   * The home of a request that names none in its path (GET /api/v1/me, /api/v1/homes) by its
   * bearer token, when this node does not know the token (its home is served elsewhere).
   */
  async #homeOfToken(req: FastifyRequest): Promise<string | null> {
    if (!req.url.startsWith('/api/v1/')) return null;
    const token = bearer(req);
    if (!token || req.headers[FORWARDED_HEADER] !== undefined) return null;
    if (this.#opts.hub.tokens.authenticate(token, Date.now())) return null;
    const h = hashToken(token);
    let home = this.#tokenHomes.get(h);
    if (home === undefined) {
      home = (await this.#opts.hub.ctx.store.homeOfKey?.(`token:${h}`).catch(() => null)) ?? null;
      if (this.#tokenHomes.size >= 10_000) this.#tokenHomes.clear();
      if (home !== null) this.#tokenHomes.set(h, home);
    }
    return home;
  }

  /** Whether this node serves a home right now (lease valid and runtime started). */
  serves(home: string): boolean {
    return this.leases.holds(home) && this.#opts.hub.home(home) !== undefined;
  }

  has(home: string): boolean {
    return this.#files.has(home);
  }

  async start(app: FastifyInstance): Promise<void> {
    const { hub, log } = this.#opts;
    this.#nc = await (await import('nats')).connect({
      ...connectionOptions(this.#opts.natsUrl),
      name: `yeondong-fleet-${this.#opts.node}`,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
    });
    this.forwarder.attach(this.#nc, app);
    await this.leases.start(this.#nc, {
      acquired: async (home) => {
        const f = this.#files.get(home);
        if (!f) return;
        await hub.addHome(f);
        this.forwarder.serve(home, (data) => this.#answerEventsAuth(home, data));
        log.info('fleet: home served here', { home, node: this.#opts.node });
      },
      released: async (home) => {
        await this.forwarder.unserve(home);
        await hub.removeHome(home);
      },
    });
  }

  /**
   * Graceful stop, first half: hands every home over (their leases are released and other nodes
   * start them at once) while this node keeps answering, by forwarding, what reaches it.
   */
  async handOver(): Promise<void> {
    await this.leases.stop();
  }

  /** Graceful stop, second half (after the HTTP server closed): leaves NATS. */
  async stop(): Promise<void> {
    await this.leases.stop();
    this.forwarder.close();
    for (const f of this.#follows.values()) void f.stop.then((s) => s()).catch(() => {});
    this.#follows.clear();
    await this.#nc?.drain().catch(() => {});
    this.#nc = null;
  }

  /** The owner's side of a remote event stream's check: may this token follow the home's events? */
  async #answerEventsAuth(home: string, data: Uint8Array): Promise<Uint8Array> {
    const { token } = JSON.parse(decoder.decode(data)) as { token: string | null };
    let answer: EventsAuth;
    try {
      const req = {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        query: {},
        method: 'GET',
        routeOptions: { url: '/api/v1/homes/:home/events' },
      } as unknown as FastifyRequest;
      const access = authorize(this.#opts.hub, req, home, 'events');
      const visible = access.full
        ? null
        : access.home.runtime
            .devices()
            .map((d) => d.id)
            .filter((id) => access.canSee(id));
      answer = { ok: true, full: access.full, visible };
    } catch (err) {
      const { status, body } = toReply(err);
      answer = { ok: false, status, body };
    }
    return encoder.encode(JSON.stringify(answer));
  }

  async #askEventsAuth(home: string, token: string | null): Promise<EventsAuth | null> {
    const until = Date.now() + 12_000;
    for (;;) {
      const r = await this.forwarder.eventsAuth(home, token);
      if (r) return JSON.parse(decoder.decode(r)) as EventsAuth;
      if (Date.now() >= until) return null;
      await new Promise((res) => setTimeout(res, 250));
    }
  }

  streamEvents(socket: EventSocket, home: string, token: string | null): void {
    void this.#stream(socket, home, token).catch((err) => {
      this.#opts.log.warn('fleet: event stream failed', { home, err: String(err) });
      if (socket.readyState === 1) socket.close(1011, 'internal-error');
    });
  }

  async #stream(socket: EventSocket, home: string, token: string | null): Promise<void> {
    const { hub } = this.#opts;
    const bus = hub.ctx.bus;
    const closeWith = (a: EventsAuth | null) => {
      if (a === null) {
        socket.send(JSON.stringify({ type: 'error', status: 503, error: { code: 'home-unavailable' } }));
        socket.close(1013, 'home-unavailable');
        return;
      }
      if (a.ok) return;
      socket.send(JSON.stringify({ type: 'error', status: a.status, ...(a.body as object) }));
      const code = (a.body as { error?: { code?: string } }).error?.code ?? 'error';
      socket.close(a.status === 401 ? 4401 : a.status === 403 ? 4403 : 4404, code);
    };
    let auth = await this.#askEventsAuth(home, token);
    if (!auth?.ok) return closeWith(auth);
    if (socket.readyState !== 1) return;
    const unfollow = bus instanceof NatsBus ? await this.#follow(bus, home) : () => {};
    const owner = {};
    const sees = (payload: unknown): boolean => {
      if (!auth?.ok) return false;
      if (auth.full) return true;
      const e = payload as { device?: unknown };
      const id = typeof e.device === 'string' ? e.device : (e.device as { id?: unknown } | undefined)?.id;
      return typeof id === 'string' && (auth.visible ?? []).includes(id);
    };
    for (const name of STREAMED) {
      bus.on(
        name,
        (payload) => {
          if ((payload as { home: string }).home !== home || socket.readyState !== 1) return;
          if (!sees(payload)) return;
          socket.send(JSON.stringify({ type: name, at: hub.ctx.clock.now(), ...payload }));
        },
        owner,
        home,
      );
    }
    // The token may be revoked or expire: ask the owner again now and then.
    const timer = setInterval(() => {
      void this.#askEventsAuth(home, token).then((a) => {
        if (a === null) return;
        auth = a;
        if (!a.ok && socket.readyState === 1) closeWith(a);
      });
    }, REVALIDATE_MS);
    socket.send(JSON.stringify({ type: 'hello', home, at: hub.ctx.clock.now() }));
    socket.on('close', () => {
      clearInterval(timer);
      bus.removeOwner(owner);
      unfollow();
    });
  }

  /** One NATS consumer per home however many sockets follow it here. */
  async #follow(bus: NatsBus, home: string): Promise<() => void> {
    let f = this.#follows.get(home);
    if (!f) {
      f = { n: 0, stop: bus.follow(home) };
      this.#follows.set(home, f);
    }
    f.n++;
    const entry = f;
    await entry.stop;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      entry.n--;
      if (entry.n === 0 && this.#follows.get(home) === entry) {
        this.#follows.delete(home);
        void entry.stop.then((s) => s()).catch(() => {});
      }
    };
  }
}
