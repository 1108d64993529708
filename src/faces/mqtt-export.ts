/**
 * Publishes a home's devices (from every vendor) as Home Assistant MQTT discovery, with state and
 * command topics, so Home Assistant and anything else on MQTT sees and controls them through the
 * hub. Off by default (`serve --mqtt-export URL`). Commands from MQTT are asked of the gate as the
 * local principal `mqtt-export` (MQTT carries no PIN, so actions that need one are refused, and
 * forbidden ones are refused as everywhere), then take the normal command path.
 */
import type { HaDiscoveryExport } from '../adapters/mqtt/export.js';
import type { HomeGate } from '../gate/gate.js';
import { STATUS_OF } from '../gate/types.js';
import type { HubContext } from '../hub/context.js';
import type { HomeRuntime } from '../hub/home-runtime.js';
import type { Hub } from '../hub/hub.js';
import { HubError } from '../model/errors.js';
import type { Face } from './types.js';

export interface MqttExportOptions {
  brokerUrl: string;
  discoveryPrefix?: string;
  /** Root of state and command topics; each home publishes under `<root>/<home id>`. */
  topicRoot?: string;
}

export class HomeMqttExport {
  readonly #home: HomeRuntime;
  readonly #gate: HomeGate;
  readonly #ctx: HubContext;
  readonly #opts: MqttExportOptions;
  readonly #owner = {};
  #export: HaDiscoveryExport | null = null;

  constructor(home: HomeRuntime, gate: HomeGate, ctx: HubContext, opts: MqttExportOptions) {
    this.#home = home;
    this.#gate = gate;
    this.#ctx = ctx;
    this.#opts = opts;
  }

  async start(): Promise<void> {
    const home = this.#home;
    const gate = this.#gate;
    const who = { kind: 'local', home: home.id, id: 'mqtt-export' } as const;
    // Loaded here: a hub without --mqtt-export never loads the MQTT client.
    const { HaDiscoveryExport } = await import('../adapters/mqtt/export.js');
    this.#export = new HaDiscoveryExport({
      brokerUrl: this.#opts.brokerUrl,
      devices: home.devices(),
      baseTopic: `${this.#opts.topicRoot ?? 'yeondong'}/${home.id}`,
      nodePrefix: `yeondong_${home.id}`,
      ...(this.#opts.discoveryPrefix ? { discoveryPrefix: this.#opts.discoveryPrefix } : {}),
      log: this.#ctx.log.child({ part: 'mqtt-export', home: home.id }),
      runCommand: async (deviceId, command) => {
        const d = gate.decide(who, {
          kind: 'command',
          device: deviceId,
          cluster: command.cluster,
          command: command.command,
        });
        if (d.effect !== 'allow') throw new HubError(d.code, STATUS_OF[d.code], `${d.reason} (over MQTT)`);
        return home.command(deviceId, command, 'mqtt-export');
      },
    });
    await this.#export.start();
    const update = (p: { home: string; device: string }) => {
      if (p.home !== home.id) return;
      const d = home.device(p.device);
      if (d) void this.#export?.update(d);
    };
    this.#ctx.bus.on('stateChanged', update, this.#owner);
    this.#ctx.bus.on('onlineChanged', update, this.#owner);
    this.#ctx.bus.on('deviceAdded', (p) => update({ home: p.home, device: p.device.id }), this.#owner);
  }

  async stop(): Promise<void> {
    this.#ctx.bus.removeOwner(this.#owner);
    await this.#export?.stop();
    this.#export = null;
  }
}

/** The MQTT export as a face: every home of the hub published under its own topic root. */
export function mqttExportFace(opts: MqttExportOptions): Face {
  const exports: HomeMqttExport[] = [];
  return {
    name: 'mqtt-export',
    async start(hub: Hub) {
      for (const h of hub.homes()) {
        const e = new HomeMqttExport(h.runtime, h.gate, hub.ctx, opts);
        await e.start();
        exports.push(e);
      }
    },
    async stop() {
      for (const e of exports.splice(0)) await e.stop();
    },
  };
}
