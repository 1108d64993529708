/**
 * A zigbee2mqtt-like bridge: connects to an MQTT broker (settings.broker), announces its devices by
 * Home Assistant discovery (retained), keeps bridge and per-device availability (the bridge state
 * carries a last will), publishes each device's state as z2m JSON on `<base>/<friendly_name>`
 * (retained) and obeys `<base>/<friendly_name>/set`. Re-announces everything when Home Assistant's
 * status topic says `online`. Knows nothing of the hub.
 *
 * State file (`opts.stateFile`, see ../state-file.ts): like zigbee2mqtt's own `state.json`,
 * `{<friendly_name>: <state payload>}`. A seed device missing from the file starts from its seed; a
 * saved device no longer among the seeds is dropped. Availability is not kept (z2m checks it anew).
 *
 * Settings: `broker` (default mqtt://127.0.0.1:1883), `baseTopic` (default `zigbee2mqtt`),
 * `discoveryPrefix` (default `homeassistant`), `travelMs` (full cover travel, default 3000).
 */
import { connect, type MqttClient } from 'mqtt';
import { mqttNoDelay } from '../../util/net.js';
import { type StateFile, stateFile } from '../state-file.js';
import type { SimulatorFactory, SimulatorHandle, SimulatorOptions } from '../types.js';
import {
  coverTarget,
  DEFINITIONS,
  type Definition,
  restoreState,
  type SeedDevice,
  type Z2mState,
} from './devices.js';

export interface Zigbee2MqttSimulator extends SimulatorHandle {
  /** The device's z2m state (a copy). */
  state(friendlyName: string): Z2mState | undefined;
  /** A change made on the device itself (a sensor report, a wall switch). */
  report(friendlyName: string, patch: Z2mState): Promise<void>;
  /** Per-device availability, as z2m's availability feature reports it. */
  setAvailable(friendlyName: string, available: boolean): Promise<void>;
  /** Dies without a clean disconnect: the broker publishes the bridge's last will. */
  kill(): Promise<void>;
}

interface SimDevice {
  name: string;
  seed: SeedDevice;
  def: Definition;
  state: Z2mState;
  available: boolean;
  travel?: NodeJS.Timeout;
}

const COORDINATOR = '0x00124b0022ab3f01';
const VERSION = '2.1.3';

class Bridge {
  readonly url: string;
  readonly #base: string;
  readonly #prefix: string;
  readonly #travelMs: number;
  readonly #devices = new Map<string, SimDevice>();
  readonly #file: StateFile<Record<string, Z2mState>>;
  #client: MqttClient | undefined;

  constructor(opts: SimulatorOptions) {
    const s = opts.settings ?? {};
    this.url = typeof s.broker === 'string' && s.broker ? s.broker : 'mqtt://127.0.0.1:1883';
    this.#base = typeof s.baseTopic === 'string' ? s.baseTopic : 'zigbee2mqtt';
    this.#prefix = typeof s.discoveryPrefix === 'string' ? s.discoveryPrefix : 'homeassistant';
    this.#travelMs = typeof s.travelMs === 'number' ? s.travelMs : 3000;
    this.#file = stateFile(opts.stateFile, () =>
      Object.fromEntries([...this.#devices].map(([name, d]) => [name, d.state])),
    );
    const saved: unknown = this.#file.load();
    for (const seed of opts.devices) {
      const def = DEFINITIONS[seed.type];
      if (!def) continue;
      const mine =
        typeof saved === 'object' && saved !== null && Object.hasOwn(saved, seed.externalId)
          ? (saved as Record<string, unknown>)[seed.externalId]
          : undefined;
      this.#devices.set(seed.externalId, {
        name: seed.externalId,
        seed,
        def,
        state: restoreState(def, seed, mine),
        available: true,
      });
    }
  }

  get #bridgeState(): string {
    return `${this.#base}/bridge/state`;
  }

  async start(): Promise<void> {
    const client = mqttNoDelay(
      connect(this.url, {
        clientId: `zigbee2mqtt_${Math.random().toString(16).slice(2, 10)}`,
        keepalive: 5,
        reconnectPeriod: 500,
        connectTimeout: 3000,
        will: { topic: this.#bridgeState, payload: Buffer.from('{"state":"offline"}'), retain: true, qos: 1 },
      }),
    );
    this.#client = client;
    client.on('error', () => {});
    client.on('message', (topic, payload) => void this.#onMessage(topic, payload.toString('utf8')));
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(
        () => reject(new Error(`zigbee2mqtt simulator: broker ${this.url} unreachable`)),
        5000,
      );
      client.on(
        'connect',
        () =>
          void this.#onConnect().then(() => {
            clearTimeout(t);
            resolve();
          }),
      );
    }).catch(async (err) => {
      await client.endAsync(true);
      throw err;
    });
  }

  async #onConnect(): Promise<void> {
    const client = this.#client;
    if (!client) return;
    const filters = new Set([
      `${this.#base}/+/set`,
      `${this.#base}/+/set/+`,
      `${this.#prefix}/status`,
      'homeassistant/status',
    ]);
    await client.subscribeAsync([...filters], { qos: 1 }).catch(() => {});
    await this.#announce();
  }

  /** Bridge online, discovery, availability and state of every device (all retained). */
  async #announce(): Promise<void> {
    const client = this.#client;
    if (!client) return;
    const jobs: Promise<unknown>[] = [
      client.publishAsync(this.#bridgeState, '{"state":"online"}', { retain: true, qos: 1 }),
      ...this.#bridgeDiscovery(),
    ];
    for (const d of this.#devices.values()) {
      for (const [topic, payload] of this.#discovery(d))
        jobs.push(client.publishAsync(topic, payload, { retain: true, qos: 1 }));
      jobs.push(this.#publishAvailability(d), this.#publishState(d));
    }
    await Promise.all(jobs).catch(() => {});
  }

  #bridgeDiscovery(): Promise<unknown>[] {
    const client = this.#client;
    if (!client) return [];
    const payload = {
      name: 'Connection state',
      device_class: 'connectivity',
      entity_category: 'diagnostic',
      state_topic: this.#bridgeState,
      value_template: '{{ value_json.state }}',
      payload_on: 'online',
      payload_off: 'offline',
      unique_id: `bridge_${COORDINATOR}_connection_state_${this.#base}`,
      object_id: 'zigbee2mqtt_bridge_connection_state',
      device: {
        identifiers: [`zigbee2mqtt_bridge_${COORDINATOR}`],
        name: 'Zigbee2MQTT Bridge',
        model: 'Bridge',
        manufacturer: 'Zigbee2MQTT',
        sw_version: VERSION,
      },
      origin: { name: 'Zigbee2MQTT', sw: VERSION, url: 'https://www.zigbee2mqtt.io' },
    };
    const topic = `${this.#prefix}/binary_sensor/${COORDINATOR}/connection_state/config`;
    return [client.publishAsync(topic, JSON.stringify(payload), { retain: true, qos: 1 })];
  }

  #discovery(d: SimDevice): Array<[string, string]> {
    const baseTopic = `${this.#base}/${d.name}`;
    return d.def.entities(d.seed).map((e) => {
      const payload: Record<string, unknown> = { ...e.payload, state_topic: baseTopic };
      if (e.command) payload.command_topic = `${baseTopic}/set`;
      if (payload.position_topic === true) payload.position_topic = baseTopic;
      if (payload.set_position_topic === true) payload.set_position_topic = `${baseTopic}/set`;
      payload.availability = [
        { topic: this.#bridgeState, value_template: '{{ value_json.state }}' },
        { topic: `${baseTopic}/availability`, value_template: '{{ value_json.state }}' },
      ];
      payload.availability_mode = 'all';
      payload.device = {
        identifiers: [`zigbee2mqtt_${d.seed.externalId}`],
        name: d.name,
        model: `${d.def.description} (${d.def.model})`,
        manufacturer: d.def.vendor,
        via_device: `zigbee2mqtt_bridge_${COORDINATOR}`,
      };
      payload.origin = { name: 'Zigbee2MQTT', sw: VERSION, url: 'https://www.zigbee2mqtt.io' };
      payload.object_id = e.component === e.objectId ? d.name : `${d.name}_${e.objectId}`;
      payload.unique_id = `${d.seed.externalId}_${e.objectId}_${this.#base}`;
      return [
        `${this.#prefix}/${e.component}/${d.seed.externalId}/${e.objectId}/config`,
        JSON.stringify(payload),
      ];
    });
  }

  /**
   * QoS 0, as zigbee2mqtt's default: a PUBACK would be the broker's last packet on this connection
   * and, with Nagle's algorithm on at the broker (Mosquitto's default), hold the next command back
   * until this side's delayed ACK, 40 ms later. Retained, and republished on every (re)connect.
   */
  #publishState(d: SimDevice): Promise<unknown> {
    const client = this.#client;
    if (!client?.connected) return Promise.resolve();
    return client
      .publishAsync(`${this.#base}/${d.name}`, JSON.stringify(d.state), { retain: true, qos: 0 })
      .catch(() => {});
  }

  /** After every change of a device's state: saved shortly after, and published. */
  #changed(d: SimDevice): Promise<unknown> {
    this.#file.changed();
    return this.#publishState(d);
  }

  #publishAvailability(d: SimDevice): Promise<unknown> {
    const client = this.#client;
    if (!client?.connected) return Promise.resolve();
    const payload = JSON.stringify({ state: d.available ? 'online' : 'offline' });
    return client
      .publishAsync(`${this.#base}/${d.name}/availability`, payload, { retain: true, qos: 1 })
      .catch(() => {});
  }

  async #onMessage(topic: string, payload: string): Promise<void> {
    if (topic === `${this.#prefix}/status` || topic === 'homeassistant/status') {
      if (payload.trim().toLowerCase() === 'online') await this.#announce();
      return;
    }
    if (!topic.startsWith(`${this.#base}/`)) return;
    const parts = topic.slice(this.#base.length + 1).split('/');
    const setAt = parts.lastIndexOf('set');
    if (setAt < 1) return;
    const d = this.#devices.get(parts.slice(0, setAt).join('/'));
    if (!d?.available) return;
    const attribute = parts[setAt + 1];
    let cmd: Record<string, unknown>;
    let value: unknown = payload;
    try {
      value = JSON.parse(payload);
    } catch {}
    if (attribute) cmd = { [attribute]: value };
    else if (typeof value === 'object' && value !== null && !Array.isArray(value))
      cmd = value as Record<string, unknown>;
    else cmd = { state: payload };
    if (d.seed.type === 'cover' || d.seed.type === 'curtain') this.#moveCover(d, cmd);
    else d.def.set?.(d.state, cmd, d.seed);
    await this.#changed(d);
  }

  #moveCover(d: SimDevice, cmd: Record<string, unknown>): void {
    const target = coverTarget(cmd);
    if (target === undefined) return;
    clearInterval(d.travel);
    d.travel = undefined;
    const at = Number(d.state.position ?? 0);
    if (target === 'stop' || target === at) {
      d.state.state = at > 0 ? 'OPEN' : 'CLOSE';
      return;
    }
    const tickMs = 100;
    const step = Math.max(1, Math.round((100 * tickMs) / Math.max(this.#travelMs, tickMs)));
    d.state.state = target > at ? 'OPENING' : 'CLOSING';
    d.travel = setInterval(() => {
      const pos = Number(d.state.position ?? 0);
      const next = target > pos ? Math.min(target, pos + step) : Math.max(target, pos - step);
      d.state.position = next;
      if (next === target) {
        clearInterval(d.travel);
        d.travel = undefined;
        d.state.state = next > 0 ? 'OPEN' : 'CLOSE';
      }
      void this.#changed(d);
    }, tickMs);
  }

  state(name: string): Z2mState | undefined {
    const d = this.#devices.get(name);
    return d ? structuredClone(d.state) : undefined;
  }

  async report(name: string, patch: Z2mState): Promise<void> {
    const d = this.#devices.get(name);
    if (!d) return;
    Object.assign(d.state, patch);
    await this.#changed(d);
  }

  async setAvailable(name: string, available: boolean): Promise<void> {
    const d = this.#devices.get(name);
    if (!d) return;
    d.available = available;
    await this.#publishAvailability(d);
  }

  /** Stops the covers and writes a pending change of state (on stop, and on kill too). */
  #release(): MqttClient | undefined {
    for (const d of this.#devices.values()) clearInterval(d.travel);
    this.#file.flush();
    const client = this.#client;
    this.#client = undefined;
    return client;
  }

  async stop(): Promise<void> {
    const client = this.#release();
    if (!client) return;
    if (client.connected) {
      await client
        .publishAsync(this.#bridgeState, '{"state":"offline"}', { retain: true, qos: 1 })
        .catch(() => {});
    }
    await client.endAsync(!client.connected).catch(() => {});
  }

  async kill(): Promise<void> {
    await this.#release()
      ?.endAsync(true)
      .catch(() => {});
  }
}

export async function startZigbee2Mqtt(opts: SimulatorOptions): Promise<Zigbee2MqttSimulator> {
  const bridge = new Bridge(opts);
  await bridge.start();
  return {
    url: bridge.url,
    stop: () => bridge.stop(),
    kill: () => bridge.kill(),
    state: (n) => bridge.state(n),
    report: (n, p) => bridge.report(n, p),
    setAvailable: (n, a) => bridge.setAvailable(n, a),
  };
}

export const startZigbee2MqttSimulator: SimulatorFactory = startZigbee2Mqtt;
