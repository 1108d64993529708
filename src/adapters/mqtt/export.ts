/**
 * Publishes the hub's own devices (every vendor) as Home Assistant MQTT discovery, so Home
 * Assistant or anything else on MQTT sees and controls them through Yeondong. Off by default; the
 * hub wiring creates it when its setting is on, calls `update(device)` on every state change and
 * passes `runCommand`, which must go through the hub's normal command path (validation, grants,
 * command log).
 *
 * Topics (base `yeondong` unless told): `<base>/bridge/state` online/offline (last will);
 * per device `~` = `<base>/<deviceId>`: `~/availability`, `~/<endpoint>/<kind>` state (retained),
 * `~/<endpoint>/<kind>[/<sub>]/set` commands. Discovery on
 * `<prefix>/<component>/<nodePrefix>_<deviceId>/<endpoint>_<kind>/config` (retained, abbreviated).
 */
import type { CommandRequest, DeviceDescription } from '../../model/types.js';
import { type Logger, silentLogger } from '../../util/log.js';
import { deviceEntities, type ExportEntity } from './export-entities.js';
import { MqttSession } from './session.js';

export interface HaExportOptions {
  brokerUrl: string;
  devices: DeviceDescription[];
  runCommand(deviceId: string, command: CommandRequest): Promise<unknown>;
  log?: Logger;
  /** Home Assistant's discovery prefix (default `homeassistant`). */
  discoveryPrefix?: string;
  /** Root of state and command topics (default `yeondong`; use one per home). */
  baseTopic?: string;
  /** Prefix of node ids, device identifiers and unique ids (default `yeondong`). */
  nodePrefix?: string;
  clientId?: string;
  username?: string;
  password?: string;
}

interface Exported {
  device: DeviceDescription;
  entities: Array<{ endpoint: string; entity: ExportEntity }>;
  /** Discovery topic → payload as last published. */
  configs: Map<string, string>;
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');

export class HaDiscoveryExport {
  readonly #opts: HaExportOptions;
  readonly #log: Logger;
  readonly #prefix: string;
  readonly #base: string;
  readonly #node: string;
  readonly #devices = new Map<string, Exported>();
  #session: MqttSession | undefined;
  #queue: Promise<void> = Promise.resolve();
  /** Commands run one after another, outside the publish queue (runCommand may call update()). */
  #commands: Promise<void> = Promise.resolve();

  constructor(opts: HaExportOptions) {
    this.#opts = opts;
    this.#log = opts.log ?? silentLogger;
    this.#prefix = opts.discoveryPrefix ?? 'homeassistant';
    this.#base = opts.baseTopic ?? 'yeondong';
    this.#node = opts.nodePrefix ?? 'yeondong';
  }

  get #bridgeTopic(): string {
    return `${this.#base}/bridge/state`;
  }

  /** Connects (retrying in the background if the broker is away) and publishes every device. */
  async start(): Promise<void> {
    for (const d of this.#opts.devices) this.#devices.set(d.id, this.#build(d));
    const session = new MqttSession(
      {
        url: this.#opts.brokerUrl,
        clientId: this.#opts.clientId,
        username: this.#opts.username,
        password: this.#opts.password,
        will: { topic: this.#bridgeTopic, payload: 'offline', retain: true },
        birth: { topic: this.#bridgeTopic, payload: 'online', retain: true },
      },
      {
        up: () => this.#enqueue(() => this.#publishAll()),
        message: (topic, payload) => this.#onMessage(topic, payload),
      },
    );
    this.#session = session;
    await session.subscribe([
      `${this.#prefix}/status`,
      `${this.#base}/+/+/+/set`,
      `${this.#base}/+/+/+/+/set`,
    ]);
    session.start();
    if (await session.waitUp(5000)) await this.#queue;
    else this.#log.warn('ha export: broker unreachable, retrying', { url: this.#opts.brokerUrl });
  }

  async stop(): Promise<void> {
    const session = this.#session;
    this.#session = undefined;
    if (!session) return;
    await this.#commands;
    await this.#queue;
    await session
      .publish({ topic: this.#bridgeTopic, payload: 'offline', retain: true }, 1000)
      .catch(() => {});
    await session.stop();
  }

  /** A device's new description (state or online changed, or a new device): republish what changed. */
  update(device: DeviceDescription): Promise<void> {
    const old = this.#devices.get(device.id);
    const next = this.#build(device, old?.configs);
    this.#devices.set(device.id, next);
    return this.#enqueue(async () => {
      await this.#publishConfigs(next, old);
      await this.#publishState(next);
    });
  }

  /** Withdraws a device's discovery (empty retained configs). */
  remove(deviceId: string): Promise<void> {
    const old = this.#devices.get(deviceId);
    this.#devices.delete(deviceId);
    if (!old) return Promise.resolve();
    return this.#enqueue(async () => {
      for (const topic of old.configs.keys()) await this.#publish(topic, '', true);
    });
  }

  #enqueue(job: () => Promise<void>): Promise<void> {
    const next = this.#queue
      .then(job)
      .catch((err) => this.#log.warn('ha export failed', { err: String(err) }));
    this.#queue = next;
    return next;
  }

  #build(device: DeviceDescription, configs = new Map<string, string>()): Exported {
    return { device, entities: deviceEntities(device), configs };
  }

  #discovery(x: Exported): Map<string, string> {
    const d = x.device;
    const node = `${safe(this.#node)}_${safe(d.id)}`;
    const out = new Map<string, string>();
    for (const { entity } of x.entities) {
      const payload = {
        '~': `${this.#base}/${d.id}`,
        ...entity.config,
        uniq_id: `${node}_${entity.objectId}`,
        avty: [{ t: this.#bridgeTopic }, { t: '~/availability' }],
        avty_mode: 'all',
        dev: {
          ids: [node],
          name: d.name,
          mf: d.vendor ?? 'Yeondong',
          mdl: d.model ?? d.deviceType,
        },
        o: { name: 'Yeondong', sw: '0.1.0', url: 'https://github.com/yeondong' },
        qos: 1,
      };
      out.set(
        `${this.#prefix}/${entity.component}/${node}/${safe(entity.objectId)}/config`,
        JSON.stringify(payload),
      );
    }
    return out;
  }

  async #publishConfigs(x: Exported, old?: Exported, force = false): Promise<void> {
    const next = this.#discovery(x);
    for (const [topic, payload] of next) {
      if (force || x.configs.get(topic) !== payload) await this.#publish(topic, payload, true);
    }
    for (const topic of old?.configs.keys() ?? []) if (!next.has(topic)) await this.#publish(topic, '', true);
    x.configs = next;
  }

  async #publishState(x: Exported): Promise<void> {
    const base = `${this.#base}/${x.device.id}`;
    await this.#publish(`${base}/availability`, x.device.online ? 'online' : 'offline', true);
    for (const { endpoint, entity } of x.entities) {
      const ep = x.device.endpoints.find((e) => e.id === endpoint);
      if (!ep) continue;
      for (const [topic, payload] of entity.state(ep)) await this.#publish(`${base}/${topic}`, payload, true);
    }
  }

  async #publishAll(): Promise<void> {
    for (const x of this.#devices.values()) {
      await this.#publishConfigs(x, undefined, true);
      await this.#publishState(x);
    }
  }

  async #publish(topic: string, payload: string, retain: boolean): Promise<void> {
    if (!this.#session?.connected) return;
    await this.#session.publish({ topic, payload, retain, qos: 1 }).catch(() => {});
  }

  #onMessage(topic: string, payload: string): void {
    if (topic === `${this.#prefix}/status`) {
      if (payload.trim() === 'online') void this.#enqueue(() => this.#publishAll());
      return;
    }
    this.#commands = this.#commands.then(() => this.#onCommand(topic, payload));
  }

  async #onCommand(topic: string, payload: string): Promise<void> {
    const rel = topic.slice(this.#base.length + 1).split('/');
    const x = this.#devices.get(rel[0] ?? '');
    if (!x) return;
    const sub = rel.slice(1).join('/');
    const hit = x.entities.find(({ entity }) => entity.commandTopics.includes(sub));
    const ep = x.device.endpoints.find((e) => e.id === hit?.endpoint);
    if (!hit || !ep) return;
    const commands = hit.entity.command(sub, payload.trim(), ep);
    try {
      for (const c of commands) await this.#opts.runCommand(x.device.id, c);
    } catch (err) {
      this.#log.warn('ha export: command failed', { device: x.device.id, topic, err: String(err) });
      void this.#enqueue(() => this.#publishState(x));
    }
  }
}
