/**
 * One MQTT connection with the behaviour a hub needs: reconnects with exponential backoff, restores
 * its subscriptions and publishes its birth message on every (re)connect, reports up/down at once,
 * and publishes with QoS 1 resolving on PUBACK (or rejecting fast when the link is down).
 * Imports nothing of the hub.
 */
import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import { mqttNoDelay } from '../../util/net.js';

export interface SessionMessage {
  topic: string;
  payload: string;
  retain?: boolean;
  qos?: 0 | 1;
}

export interface SessionOptions {
  url: string;
  clientId?: string;
  username?: string;
  password?: string;
  /** Keepalive in seconds; a silent broker is noticed after 1.5 × this. Default 2. */
  keepalive?: number;
  minBackoffMs?: number;
  /** Longest wait between reconnect attempts; default 2000 so a returning broker is seen quickly. */
  maxBackoffMs?: number;
  connectTimeoutMs?: number;
  will?: SessionMessage;
  /** Published on every successful connect (after the subscriptions are restored). */
  birth?: SessionMessage;
}

export interface SessionListener {
  up?(): void;
  down?(reason: string): void;
  message?(topic: string, payload: string): void;
}

export class NotConnectedError extends Error {}

export class MqttSession {
  readonly #opts: SessionOptions;
  readonly #listener: SessionListener;
  readonly #filters = new Set<string>();
  readonly #pending = new Set<(err: Error) => void>();
  readonly #upWaiters = new Set<() => void>();
  #client: MqttClient | undefined;
  #timer: NodeJS.Timeout | undefined;
  #backoff = 0;
  #up = false;
  #stopping = false;

  constructor(opts: SessionOptions, listener: SessionListener) {
    this.#opts = opts;
    this.#listener = listener;
  }

  get connected(): boolean {
    return this.#up;
  }

  start(): void {
    this.#stopping = false;
    this.#backoff = this.#opts.minBackoffMs ?? 250;
    const options: IClientOptions = {
      clientId: this.#opts.clientId ?? `yeondong-${Math.random().toString(16).slice(2, 10)}`,
      username: this.#opts.username,
      password: this.#opts.password,
      keepalive: this.#opts.keepalive ?? 2,
      connectTimeout: this.#opts.connectTimeoutMs ?? 3000,
      reconnectPeriod: 0,
      clean: true,
      protocolVersion: 4,
      will: this.#opts.will
        ? {
            topic: this.#opts.will.topic,
            payload: Buffer.from(this.#opts.will.payload),
            retain: this.#opts.will.retain ?? false,
            qos: this.#opts.will.qos ?? 1,
          }
        : undefined,
    };
    const client = mqttNoDelay(connect(this.#opts.url, options));
    this.#client = client;
    client.on('connect', () => void this.#onConnect(client));
    client.on('close', () => this.#onClose(client));
    client.on('error', () => {});
    client.on('message', (topic, payload) => {
      if (client === this.#client) this.#listener.message?.(topic, payload.toString('utf8'));
    });
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const client = this.#client;
    this.#client = undefined;
    this.#setDown('stopped');
    if (client) await client.endAsync(true).catch(() => {});
  }

  /** Resolves true once connected, false after `ms`. */
  waitUp(ms: number): Promise<boolean> {
    if (this.#up) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(t);
        this.#upWaiters.delete(done);
        resolve(this.#up);
      };
      const t = setTimeout(done, ms);
      this.#upWaiters.add(done);
    });
  }

  /** Adds topic filters; they are restored on every reconnect. Resolves on SUBACK when connected. */
  async subscribe(filters: string[]): Promise<void> {
    const added = filters.filter((f) => !this.#filters.has(f));
    for (const f of added) this.#filters.add(f);
    const client = this.#client;
    if (added.length && client && this.#up) await client.subscribeAsync(added, { qos: 1 }).catch(() => {});
  }

  async unsubscribe(filters: string[]): Promise<void> {
    const removed = filters.filter((f) => this.#filters.delete(f));
    const client = this.#client;
    if (removed.length && client && this.#up) await client.unsubscribeAsync(removed).catch(() => {});
  }

  /**
   * Publishes one message. QoS 1 resolves on PUBACK, QoS 0 once written; rejects with NotConnectedError when the link
   * is down (nothing is queued for later) or goes down before the PUBACK, or after `timeoutMs`.
   */
  publish(msg: SessionMessage, timeoutMs = 5000): Promise<void> {
    const client = this.#client;
    if (!client || !this.#up) return Promise.reject(new NotConnectedError('broker not connected'));
    return new Promise((resolve, reject) => {
      const fail = (err: Error) => {
        clearTimeout(timer);
        this.#pending.delete(fail);
        reject(err);
      };
      const timer = setTimeout(
        () => fail(new NotConnectedError(`no PUBACK within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.#pending.add(fail);
      client.publish(msg.topic, msg.payload, { qos: msg.qos ?? 1, retain: msg.retain ?? false }, (err) => {
        if (!this.#pending.has(fail)) return;
        if (err) return fail(new NotConnectedError(err.message));
        clearTimeout(timer);
        this.#pending.delete(fail);
        resolve();
      });
    });
  }

  async #onConnect(client: MqttClient): Promise<void> {
    if (client !== this.#client) return;
    this.#backoff = this.#opts.minBackoffMs ?? 250;
    const filters = [...this.#filters];
    if (filters.length) await client.subscribeAsync(filters, { qos: 1 }).catch(() => {});
    if (client !== this.#client || !client.connected) return;
    this.#up = true;
    const late = [...this.#filters].filter((f) => !filters.includes(f));
    if (late.length) await client.subscribeAsync(late, { qos: 1 }).catch(() => {});
    for (const w of [...this.#upWaiters]) w();
    this.#listener.up?.();
    const birth = this.#opts.birth;
    if (birth)
      client.publish(birth.topic, birth.payload, { qos: birth.qos ?? 1, retain: birth.retain ?? false });
  }

  #onClose(client: MqttClient): void {
    if (client !== this.#client) return;
    this.#setDown('connection closed');
    if (this.#stopping || this.#timer) return;
    const delay = this.#backoff;
    this.#backoff = Math.min(this.#backoff * 2, this.#opts.maxBackoffMs ?? 2000);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (!this.#stopping && client === this.#client) client.reconnect();
    }, delay);
  }

  #setDown(reason: string): void {
    for (const fail of [...this.#pending]) fail(new NotConnectedError(`broker connection lost (${reason})`));
    if (!this.#up) return;
    this.#up = false;
    this.#listener.down?.(reason);
  }
}
