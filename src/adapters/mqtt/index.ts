/**
 * The `mqtt` connection: devices announced by Home Assistant MQTT discovery (zigbee2mqtt
 * conventions) become Matter-shaped hub devices. Protocol I/O is in session.ts, discovery parsing
 * in discovery.ts, the Matter mapping in mapping.ts; this file only keeps the live picture.
 *
 * Settings (connection `settings`, all optional):
 * - `brokerUrl`: the broker to use. For `broker: embedded` the hub wiring starts the embedded
 *   broker (broker.ts) and must put its `mqtt://127.0.0.1:PORT` here. Otherwise `broker` itself
 *   (`mqtt://host:port`) or an `mqtt://` `baseUrl` is used.
 * - `discoveryPrefix` (default `homeassistant`), `clientId`, `username`, `password`,
 *   `keepalive` (s, default 2), `settleMs` (quiet period ending the first discovery, default 300),
 *   `confirmMs` (how long a command waits for the state topic to confirm, default 2000).
 */
import { InternalError, OfflineError } from '../../model/errors.js';
import type { CommandRequest, Endpoint, StatePatch } from '../../model/types.js';
import type { Adapter, AdapterContext, AdapterDevice, AdapterFactory } from '../types.js';
import { type DiscoveryEntity, externalIdOf, parseDiscovery, parseDiscoveryTopic } from './discovery.js';
import { type MappedDevice, mapDevice } from './mapping.js';
import { MqttSession } from './session.js';
import { compileTemplate } from './template.js';

interface Waiter {
  expected: StatePatch[];
  resolve(confirmed: boolean): void;
  reject(err: Error): void;
}

interface Live {
  mapped: MappedDevice;
  signature: string;
  endpoints: Endpoint[];
  online: boolean;
  waiters: Set<Waiter>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const numSetting = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const isMqttUrl = (v: string | undefined): v is string => !!v && /^mqtts?:\/\//.test(v);

/** Applies patches in place; returns the parts that really changed. */
function applyPatches(endpoints: Endpoint[], patches: StatePatch[]): StatePatch[] {
  const changed: StatePatch[] = [];
  for (const p of patches) {
    const ep = endpoints.find((e) => e.id === p.endpoint);
    if (!ep) continue;
    const cluster = ep.clusters[p.cluster] ?? {};
    ep.clusters[p.cluster] = cluster;
    const diff: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(p.attributes)) {
      if (cluster[k] !== v) {
        cluster[k] = v;
        diff[k] = v;
      }
    }
    if (Object.keys(diff).length)
      changed.push({ endpoint: p.endpoint, cluster: p.cluster, attributes: diff });
  }
  return changed;
}

const matches = (endpoints: Endpoint[], expected: StatePatch[]): boolean =>
  expected.every((p) => {
    const cluster = endpoints.find((e) => e.id === p.endpoint)?.clusters[p.cluster];
    return !!cluster && Object.entries(p.attributes).every(([k, v]) => cluster[k] === v);
  });

class MqttAdapter implements Adapter {
  readonly #ctx: AdapterContext;
  readonly #prefix: string;
  readonly #settleMs: number;
  readonly #confirmMs: number;
  #session: MqttSession | undefined;
  readonly #entities = new Map<string, DiscoveryEntity[]>();
  readonly #configRaw = new Map<string, string>();
  readonly #devices = new Map<string, Live>();
  readonly #last = new Map<string, string>();
  readonly #availability = new Map<string, { available: boolean; seq: number }>();
  #availSeq = 0;
  #subscribed = new Set<string>();
  #rebuildTimer: NodeJS.Timeout | undefined;
  #busy: Promise<void> = Promise.resolve();
  #lastMessageAt = 0;

  constructor(ctx: AdapterContext) {
    this.#ctx = ctx;
    const s = ctx.connection.settings;
    this.#prefix = str(s.discoveryPrefix) ?? 'homeassistant';
    this.#settleMs = numSetting(s.settleMs, 300);
    this.#confirmMs = numSetting(s.confirmMs, 2000);
  }

  #brokerUrl(): string {
    const c = this.#ctx.connection;
    const url = [str(c.settings.brokerUrl), c.broker, c.baseUrl].find(isMqttUrl);
    if (!url) {
      throw new InternalError(
        `connection '${c.id}': no broker URL (broker '${c.broker ?? ''}'; the embedded broker's URL belongs in settings.brokerUrl)`,
      );
    }
    return url;
  }

  async start(): Promise<void> {
    const s = this.#ctx.connection.settings;
    const url = this.#brokerUrl();
    const status = `${this.#prefix}/status`;
    const session = new MqttSession(
      {
        url,
        clientId: str(s.clientId),
        username: str(s.username),
        password: str(s.password),
        keepalive: numSetting(s.keepalive, 2),
        connectTimeoutMs: Math.min(this.#ctx.timeoutMs, 5000),
        will: { topic: status, payload: 'offline' },
        birth: { topic: status, payload: 'online' },
      },
      {
        up: () => this.#onUp(),
        down: (reason) => this.#onDown(reason),
        message: (topic, payload) => this.#onMessage(topic, payload),
      },
    );
    this.#session = session;
    await session.subscribe([`${this.#prefix}/+/+/config`, `${this.#prefix}/+/+/+/config`]);
    session.start();
    if (!(await session.waitUp(Math.min(this.#ctx.timeoutMs, 5000)))) {
      this.#ctx.log.warn('mqtt broker unreachable; devices offline, retrying in the background', { url });
      return;
    }
    await this.#settle();
  }

  /** Waits until discovery and the retained states have stopped arriving. */
  async #settle(): Promise<void> {
    const deadline = Date.now() + Math.max(3000, this.#settleMs * 10);
    this.#lastMessageAt = Date.now();
    while (Date.now() < deadline) {
      await sleep(Math.min(50, this.#settleMs));
      await this.#busy;
      if (!this.#rebuildTimer && Date.now() - this.#lastMessageAt >= this.#settleMs) return;
    }
  }

  async stop(): Promise<void> {
    clearTimeout(this.#rebuildTimer);
    this.#rebuildTimer = undefined;
    for (const live of this.#devices.values())
      this.#failWaiters(live, new OfflineError('connection stopped'));
    await this.#session?.stop();
    this.#session = undefined;
    await this.#busy;
    for (const m of [this.#entities, this.#configRaw, this.#devices, this.#last, this.#availability])
      m.clear();
    this.#subscribed = new Set();
  }

  devices(): AdapterDevice[] {
    return [...this.#devices.values()].map((l) => ({
      externalId: l.mapped.externalId,
      deviceType: l.mapped.deviceType,
      endpoints: structuredClone(l.endpoints),
      online: l.online,
      vendor: l.mapped.vendor,
      model: l.mapped.model,
    }));
  }

  async execute(externalId: string, command: CommandRequest): Promise<StatePatch[]> {
    const live = this.#devices.get(externalId);
    const session = this.#session;
    if (!live?.online || !session?.connected) {
      throw new OfflineError(`device '${externalId}' is offline`, { externalId });
    }
    const plan = live.mapped.plan(command, live.endpoints);
    const wait =
      plan.confirm && !matches(live.endpoints, plan.expected)
        ? this.#waitFor(live, plan.expected)
        : undefined;
    // QoS 0 when the state topic confirms the command: the confirmation is the evidence, and a
    // PUBACK would be a second small packet from the broker right before the state message, which a
    // broker with Nagle's algorithm on (Mosquitto's default, set_tcp_nodelay false) then holds back
    // until the hub's delayed ACK, 40 ms later. A lost link still fails the command (offline).
    const qos = wait ? 0 : 1;
    try {
      for (const p of plan.publishes) await session.publish({ ...p, qos }, this.#ctx.timeoutMs);
    } catch (err) {
      wait?.cancel();
      throw new OfflineError(`device '${externalId}': ${(err as Error).message}`, { externalId });
    }
    if (wait && !(await wait.promise)) {
      this.#ctx.log.debug('mqtt command not confirmed by state topic; optimistic state', {
        externalId,
        command,
      });
    }
    applyPatches(live.endpoints, plan.expected);
    return plan.expected;
  }

  #waitFor(live: Live, expected: StatePatch[]): { promise: Promise<boolean>; cancel(): void } {
    let waiter: Waiter | undefined;
    let timer: NodeJS.Timeout | undefined;
    const promise = new Promise<boolean>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        if (waiter) live.waiters.delete(waiter);
      };
      waiter = {
        expected,
        resolve: (ok) => {
          done();
          resolve(ok);
        },
        reject: (err) => {
          done();
          reject(err);
        },
      };
      live.waiters.add(waiter);
      timer = setTimeout(() => waiter?.resolve(false), this.#confirmMs);
    });
    return { promise, cancel: () => waiter?.resolve(false) };
  }

  #failWaiters(live: Live, err: Error): void {
    for (const w of [...live.waiters]) w.reject(err);
  }

  // ---- connection events -----------------------------------------------------------------------

  #onUp(): void {
    this.#ctx.log.info('mqtt broker connected');
    for (const live of this.#devices.values()) this.#updateOnline(live);
  }

  #onDown(reason: string): void {
    // stop() closes the connection itself: that is the end of a clean shutdown, not a fault.
    if (reason === 'stopped') this.#ctx.log.debug('mqtt broker connection closed');
    else this.#ctx.log.warn('mqtt broker connection lost', { reason });
    this.#availability.clear();
    for (const live of this.#devices.values()) this.#updateOnline(live);
  }

  #onMessage(topic: string, payload: string): void {
    this.#lastMessageAt = Date.now();
    if (parseDiscoveryTopic(this.#prefix, topic)) {
      this.#onConfig(topic, payload);
      return;
    }
    this.#last.set(topic, payload);
    for (const live of this.#devices.values()) {
      const spec = live.mapped.availability.find((a) => a.topic === topic);
      if (spec) {
        const available = this.#parseAvailability(spec, payload);
        if (available !== undefined) this.#availability.set(topic, { available, seq: ++this.#availSeq });
      }
    }
    for (const live of this.#devices.values()) {
      if (live.mapped.availability.some((a) => a.topic === topic)) this.#updateOnline(live);
      if (!live.mapped.stateTopics.includes(topic)) continue;
      const changed = applyPatches(live.endpoints, live.mapped.read(topic, payload));
      if (changed.length) this.#ctx.events.state(live.mapped.externalId, changed);
      for (const w of [...live.waiters]) if (matches(live.endpoints, w.expected)) w.resolve(true);
    }
  }

  #parseAvailability(spec: DiscoveryEntity['availability'][number], payload: string): boolean | undefined {
    let value: unknown = compileTemplate(spec.template)?.(payload);
    if (spec.template === undefined && payload.trimStart().startsWith('{')) {
      // zigbee2mqtt's JSON availability payload announced without a template.
      value = compileTemplate('{{ value_json.state }}')?.(payload) ?? payload;
    }
    if (value === spec.payloadAvailable) return true;
    if (value === spec.payloadNotAvailable) return false;
    return undefined;
  }

  #computeOnline(live: Live): boolean {
    if (!this.#session?.connected) return false;
    const specs = live.mapped.availability;
    if (specs.length === 0) return true;
    const states = specs.map((s) => this.#availability.get(s.topic));
    switch (live.mapped.availabilityMode) {
      case 'all':
        return states.every((s) => s?.available === true);
      case 'any':
        return states.some((s) => s?.available === true);
      default: {
        const latest = states.reduce((a, b) => ((b?.seq ?? -1) > (a?.seq ?? -1) ? b : a), undefined);
        return latest?.available === true;
      }
    }
  }

  #updateOnline(live: Live): void {
    const online = this.#computeOnline(live);
    if (online === live.online) return;
    live.online = online;
    if (!online) this.#failWaiters(live, new OfflineError(`device '${live.mapped.externalId}' went offline`));
    this.#ctx.events.online(live.mapped.externalId, online);
  }

  // ---- discovery -------------------------------------------------------------------------------

  #onConfig(topic: string, payload: string): void {
    if (this.#configRaw.get(topic) === payload) return;
    if (payload === '') this.#configRaw.delete(topic);
    else this.#configRaw.set(topic, payload);
    const entities = parseDiscovery(this.#prefix, topic, payload);
    if (entities.length) this.#entities.set(topic, entities);
    else this.#entities.delete(topic);
    clearTimeout(this.#rebuildTimer);
    this.#rebuildTimer = setTimeout(() => {
      this.#rebuildTimer = undefined;
      this.#busy = this.#busy
        .then(() => this.#rebuild())
        .catch((err) => {
          this.#ctx.log.error('mqtt discovery rebuild failed', { err: String(err) });
        });
    }, 20);
  }

  async #rebuild(): Promise<void> {
    const groups = new Map<string, DiscoveryEntity[]>();
    for (const list of this.#entities.values()) {
      for (const e of list) {
        const id = externalIdOf(e);
        groups.set(id, [...(groups.get(id) ?? []), e]);
      }
    }
    let changed = false;
    const seen = new Set<string>();
    for (const [id, entities] of groups) {
      const signature = JSON.stringify(entities.map((e) => [e.key, e.config]).sort());
      const old = this.#devices.get(id);
      if (old?.signature === signature) {
        seen.add(id);
        continue;
      }
      const mapped = mapDevice(id, entities);
      if (!mapped) continue;
      seen.add(id);
      const endpoints = structuredClone(mapped.endpoints);
      for (const t of mapped.stateTopics) {
        const p = this.#last.get(t);
        if (p !== undefined) applyPatches(endpoints, mapped.read(t, p));
      }
      const live: Live = {
        mapped,
        signature,
        endpoints,
        online: old?.online ?? false,
        waiters: old?.waiters ?? new Set(),
      };
      this.#devices.set(id, live);
      changed = true;
      for (const a of mapped.availability) {
        const p = this.#last.get(a.topic);
        const available = p === undefined ? undefined : this.#parseAvailability(a, p);
        if (available !== undefined && !this.#availability.has(a.topic)) {
          this.#availability.set(a.topic, { available, seq: ++this.#availSeq });
        }
      }
      if (!old) live.online = this.#computeOnline(live);
      else this.#updateOnline(live);
    }
    for (const [id, live] of this.#devices) {
      if (seen.has(id)) continue;
      this.#devices.delete(id);
      this.#failWaiters(live, new OfflineError(`device '${id}' was removed`));
      changed = true;
    }
    await this.#syncSubscriptions();
    if (changed) this.#ctx.events.devicesChanged();
  }

  async #syncSubscriptions(): Promise<void> {
    const wanted = new Set<string>();
    for (const live of this.#devices.values()) {
      for (const t of live.mapped.stateTopics) wanted.add(t);
      for (const a of live.mapped.availability) wanted.add(a.topic);
    }
    const add = [...wanted].filter((t) => !this.#subscribed.has(t));
    const remove = [...this.#subscribed].filter((t) => !wanted.has(t));
    this.#subscribed = wanted;
    const session = this.#session;
    if (!session) return;
    if (remove.length) await session.unsubscribe(remove);
    if (add.length) await session.subscribe(add);
  }
}

export const createMqttAdapter: AdapterFactory = (ctx) => new MqttAdapter(ctx);
export { type EmbeddedBroker, startEmbeddedBroker } from './broker.js';
