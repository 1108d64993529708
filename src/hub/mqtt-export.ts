/**
 * Publishes a home's devices (from every vendor) as Home Assistant MQTT discovery, with state and
 * command topics, so Home Assistant and anything else on MQTT sees and controls them through the
 * hub. Off by default (`serve --mqtt-export URL`). Commands from MQTT take the normal command path;
 * actions the home's security rules reserve for a PIN or forbid are refused on this path.
 */
import type { HaDiscoveryExport } from '../adapters/mqtt/export.js';
import { SecurityRules } from '../assistants/security.js';
import { HubError } from '../model/errors.js';
import type { HubContext } from './context.js';
import type { HomeRuntime } from './home-runtime.js';

export interface MqttExportOptions {
  brokerUrl: string;
  discoveryPrefix?: string;
  /** Root of state and command topics; each home publishes under `<root>/<home id>`. */
  topicRoot?: string;
}

export class HomeMqttExport {
  readonly #home: HomeRuntime;
  readonly #ctx: HubContext;
  readonly #opts: MqttExportOptions;
  readonly #owner = {};
  #export: HaDiscoveryExport | null = null;

  constructor(home: HomeRuntime, ctx: HubContext, opts: MqttExportOptions) {
    this.#home = home;
    this.#ctx = ctx;
    this.#opts = opts;
  }

  async start(): Promise<void> {
    const security = new SecurityRules(this.#home.file.security);
    const home = this.#home;
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
        const type = home.device(deviceId)?.deviceType ?? 'Unknown';
        if (security.requirement(type, command.command) !== 'none') {
          throw new HubError(
            'forbidden',
            403,
            `${command.command} on '${deviceId}' is not allowed over MQTT`,
          );
        }
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
