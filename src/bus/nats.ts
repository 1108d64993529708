/**
 * The operators' bus: every event is delivered to this process's listeners synchronously, exactly
 * like MemoryBus (so the hub's semantics do not change), and is also published to a NATS
 * JetStream stream on `yeondong.<home>.<event>`. Another process (a second hub, a dashboard, an
 * exporter) follows a home's events with an ordered, ephemeral consumer: `follow(home)`.
 *
 * `emit` is synchronous; the publish to NATS happens in the background and a failure is logged
 * (rate-limited), never thrown at the emitter. `stop()` waits for the publishes in flight and
 * drains the connection.
 */
import { randomUUID } from 'node:crypto';
import type { ConnectionOptions, ConsumerMessages, JetStreamClient, NatsConnection } from 'nats';
import type { Logger } from '../util/log.js';
import { MemoryBus } from './memory.js';
import type { Bus, BusEventName, BusEvents, Listener } from './types.js';

/** The NATS client, loaded on the first start: a hub on the default in-process bus never loads it. */
let natsModule: typeof import('nats') | undefined;
const loadNats = async () => {
  natsModule ??= await import('nats');
  return natsModule;
};
const loaded = (): typeof import('nats') => {
  if (!natsModule) throw new Error('the bus is not started');
  return natsModule;
};
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The header naming the bus instance that published an event (a follower skips its own). */
const ORIGIN_HEADER = 'Yeondong-Origin';
const EVENT_NAMES: ReadonlySet<string> = new Set<BusEventName>([
  'deviceAdded',
  'deviceRemoved',
  'stateChanged',
  'onlineChanged',
  'commandExecuted',
  'turnHandled',
  'dialogStateChanged',
  'connectionStateChanged',
  'careFinding',
  'airChanged',
  'careAnnounced',
]);
const ERROR_LOG_EVERY_MS = 5000;

export interface NatsBusOptions {
  /** nats://[user:password@]host:port — several servers separated by commas. */
  url: string;
  /** The JetStream stream (created if missing); default `YEONDONG`. */
  stream?: string;
  /** The first subject token; default `yeondong` (subjects are `<prefix>.<home>.<event>`). */
  subjectPrefix?: string;
  /** How long the stream keeps events; default 24 h. */
  maxAgeMs?: number;
  /** How long a publish waits for JetStream's acknowledgement; default 5000 ms. */
  publishTimeoutMs?: number;
  log?: Logger;
}

export interface FollowOptions {
  /** Also deliver the home's events still kept in the stream, oldest first (default: only new ones). */
  replay?: boolean;
}

/** A subject token for a home id: anything but [A-Za-z0-9_-] is %XX-encoded (dots split tokens). */
export function subjectToken(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9_-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** Splits nats://user:pass@host:port,nats://host2 into servers and credentials (for connect()). */
export function connectionOptions(url: string): Partial<ConnectionOptions> & { servers: string[] } {
  const servers: string[] = [];
  const opts: Partial<ConnectionOptions> = {};
  for (const part of url.split(',')) {
    const raw = part.trim();
    if (!raw) continue;
    let u: URL;
    try {
      u = new URL(raw.includes('://') ? raw : `nats://${raw}`);
    } catch {
      throw new Error(`--bus: '${raw}' is not a nats:// URL`);
    }
    if (u.username && u.password) {
      opts.user = decodeURIComponent(u.username);
      opts.pass = decodeURIComponent(u.password);
    } else if (u.username) {
      opts.token = decodeURIComponent(u.username);
    }
    servers.push(`${u.protocol === 'tls:' ? 'tls' : 'nats'}://${u.hostname}:${u.port || '4222'}`);
  }
  if (servers.length === 0) throw new Error(`--bus: no NATS server in '${url}'`);
  return { ...opts, servers };
}

export class NatsBus implements Bus {
  readonly #local: MemoryBus;
  readonly #log: Logger | undefined;
  readonly #url: string;
  readonly #stream: string;
  readonly #prefix: string;
  readonly #maxAgeMs: number;
  readonly #publishTimeoutMs: number;
  /** This instance's id, sent with every event so a follower can skip its own. */
  readonly instance = randomUUID();
  readonly #codec = {
    encode: (v: unknown) => encoder.encode(JSON.stringify(v)),
    decode: (d: Uint8Array) => JSON.parse(decoder.decode(d)) as unknown,
  };
  #nc: NatsConnection | null = null;
  #js: JetStreamClient | null = null;
  readonly #pending = new Set<Promise<void>>();
  readonly #follows = new Set<ConsumerMessages>();
  #failures = 0;
  #lastErrorLog = 0;
  #stopping = false;

  constructor(opts: NatsBusOptions) {
    this.#url = opts.url;
    this.#stream = opts.stream ?? 'YEONDONG';
    this.#prefix = opts.subjectPrefix ?? 'yeondong';
    this.#maxAgeMs = opts.maxAgeMs ?? 24 * 3600 * 1000;
    this.#publishTimeoutMs = opts.publishTimeoutMs ?? 5000;
    this.#log = opts.log;
    this.#local = new MemoryBus(opts.log);
  }

  /** The subject an event of a home is published on. */
  subject(home: string, name: BusEventName): string {
    return `${this.#prefix}.${subjectToken(home)}.${name}`;
  }

  /** Connects and makes sure the stream exists. Events emitted before start are delivered locally only. */
  async start(): Promise<void> {
    if (this.#nc) return;
    const opts = connectionOptions(this.#url);
    let nc: NatsConnection;
    try {
      nc = await (await loadNats()).connect({
        ...opts,
        name: 'yeondong',
        maxReconnectAttempts: -1,
        reconnectTimeWait: 1000,
        timeout: 5000,
      });
    } catch (err) {
      throw new Error(`the hub cannot reach NATS at ${opts.servers.join(', ')} (${String(err)})`);
    }
    try {
      await this.#ensureStream(nc);
    } catch (err) {
      await nc.close().catch(() => {});
      throw new Error(`the hub cannot set up the JetStream stream '${this.#stream}' (${String(err)})`);
    }
    this.#nc = nc;
    this.#js = nc.jetstream({ timeout: this.#publishTimeoutMs });
    this.#stopping = false;
    void this.#watchStatus(nc);
  }

  async #ensureStream(nc: NatsConnection): Promise<void> {
    const jsm = await nc.jetstreamManager();
    const subject = `${this.#prefix}.>`;
    const find = async () => {
      try {
        return await jsm.streams.info(this.#stream);
      } catch (err) {
        if (/not found/i.test(String(err))) return null;
        throw err;
      }
    };
    let info = await find();
    if (!info) {
      try {
        info = await jsm.streams.add({
          name: this.#stream,
          subjects: [subject],
          retention: loaded().RetentionPolicy.Limits,
          storage: loaded().StorageType.File,
          discard: loaded().DiscardPolicy.Old,
          max_age: loaded().nanos(this.#maxAgeMs),
        });
      } catch (err) {
        // Another process created it meanwhile.
        info = await find();
        if (!info) throw err;
      }
    }
    if (!info.config.subjects?.includes(subject)) {
      await jsm.streams.update(this.#stream, { subjects: [...(info.config.subjects ?? []), subject] });
    }
  }

  async #watchStatus(nc: NatsConnection): Promise<void> {
    try {
      for await (const s of nc.status()) {
        if (s.type === 'disconnect' || s.type === 'error') {
          this.#log?.warn('bus: NATS connection lost', { type: s.type, data: String(s.data) });
        } else if (s.type === 'reconnect') {
          this.#log?.info('bus: NATS connection back', { server: String(s.data) });
        }
      }
    } catch {
      // the connection closed
    }
  }

  /** Drains the follows and the publishes in flight, then the connection. */
  async stop(): Promise<void> {
    const nc = this.#nc;
    if (!nc || this.#stopping) return;
    this.#stopping = true;
    for (const m of this.#follows) m.stop();
    this.#follows.clear();
    await Promise.allSettled([...this.#pending]);
    this.#js = null;
    this.#nc = null;
    await nc.drain().catch(() => nc.close());
  }

  on<K extends BusEventName>(name: K, listener: Listener<K>, owner?: object, home?: string): () => void {
    return this.#local.on(name, listener, owner, home);
  }

  emit<K extends BusEventName>(name: K, payload: BusEvents[K]): void {
    this.#local.emit(name, payload);
    this.#publish(name, payload);
  }

  removeOwner(owner: object): void {
    this.#local.removeOwner(owner);
  }

  #publish<K extends BusEventName>(name: K, payload: BusEvents[K]): void {
    const js = this.#js;
    if (!js || this.#stopping) return;
    let data: Uint8Array;
    try {
      data = this.#codec.encode(payload);
    } catch (err) {
      this.#failed(name, err);
      return;
    }
    const h = loaded().headers();
    h.set(ORIGIN_HEADER, this.instance);
    const p: Promise<void> = js
      .publish(this.subject(String(payload.home ?? '_'), name), data, { headers: h })
      .then(
        () => {
          if (this.#failures > 0) {
            this.#log?.info('bus: publishing to NATS again', { failed: this.#failures });
            this.#failures = 0;
            this.#lastErrorLog = 0;
          }
        },
        (err: unknown) => this.#failed(name, err),
      )
      .finally(() => this.#pending.delete(p));
    this.#pending.add(p);
  }

  /** Logs a failed publish: the first at once, then at most one line per 5 s with a count. */
  #failed(name: string, err: unknown): void {
    this.#failures++;
    const now = Date.now();
    if (now - this.#lastErrorLog < ERROR_LOG_EVERY_MS) return;
    this.#lastErrorLog = now;
    this.#log?.error('bus: publishing to NATS failed', {
      event: name,
      err: String(err),
      failedSoFar: this.#failures,
    });
  }

  /**
   * Delivers the events another process publishes for `home` to this bus's listeners (an ordered,
   * ephemeral consumer on the stream). Events this instance published itself are skipped (its
   * listeners had them already). Resolves once the consumer exists; the returned function stops it.
   */
  async follow(home: string, opts: FollowOptions = {}): Promise<() => void> {
    const js = this.#js;
    if (!js) throw new Error('the bus is not started');
    // Without a deliver policy the ordered consumer starts at stream sequence 1 (a replay).
    const consumer = await js.consumers.get(this.#stream, {
      filterSubjects: `${this.#prefix}.${subjectToken(home)}.>`,
      ...(opts.replay ? {} : { deliver_policy: loaded().DeliverPolicy.New }),
    });
    // consume() resolves once the server has the consumer: events published after that are seen.
    // It retries a refused consumer forever, so give up (and stop it if it comes later) after 10 s.
    const consuming = consumer.consume({ abort_on_missing_resource: true });
    let timer: NodeJS.Timeout | undefined;
    let messages: ConsumerMessages;
    try {
      messages = await Promise.race([
        consuming,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`NATS did not create a consumer for home '${home}' within 10 s`)),
            10_000,
          );
        }),
      ]);
    } catch (err) {
      consuming.then(
        (m) => m.stop(),
        () => {},
      );
      throw err;
    } finally {
      clearTimeout(timer);
    }
    this.#follows.add(messages);
    void (async () => {
      try {
        for await (const m of messages) {
          if (m.headers?.get(ORIGIN_HEADER) === this.instance) continue;
          const name = m.subject.slice(m.subject.lastIndexOf('.') + 1);
          if (!EVENT_NAMES.has(name)) continue;
          let payload: unknown;
          try {
            payload = this.#codec.decode(m.data);
          } catch (err) {
            this.#log?.warn('bus: undecodable event from NATS', { subject: m.subject, err: String(err) });
            continue;
          }
          this.#local.emit(name as BusEventName, payload as BusEvents[BusEventName]);
        }
      } catch (err) {
        if (!this.#stopping) this.#log?.error('bus: following a home stopped', { home, err: String(err) });
      }
    })();
    return () => {
      this.#follows.delete(messages);
      messages.stop();
    };
  }
}
