/**
 * The `virtual` connection: devices that live inside the hub (the apartment wall-pad), seeded from
 * the connection's `simulator.devices`. Always online; no simulator process.
 *
 * Settings (connection settings, or per device on its seed): `travelMs` (curtain full travel, default
 * 5000), `stepMs` (curtain position report interval, 250), `tickMs` (room temperature update
 * interval, 1000), `heatRatePerMin` (°C/min toward the setpoint while heating, 0.5),
 * `coolRatePerMin` (°C/min toward `ambientC` while off, 0.1), `ambientC` (18).
 */
import { RequestError } from '../../model/errors.js';
import type { CommandRequest, StatePatch } from '../../model/types.js';
import type { Adapter, AdapterContext, AdapterDevice, AdapterFactory } from '../types.js';
import {
  createVirtualDevice,
  DEFAULT_SETTINGS,
  type VirtualDevice,
  type VirtualSettings,
} from './devices.js';
import { restoreSeed } from './restore.js';

function pickSettings(base: VirtualSettings, from: Record<string, unknown>): VirtualSettings {
  const out = { ...base };
  for (const k of Object.keys(base) as Array<keyof VirtualSettings>) {
    const v = from[k];
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  }
  return out;
}

class VirtualAdapter implements Adapter {
  readonly #ctx: AdapterContext;
  readonly #devices = new Map<string, VirtualDevice>();
  #timer: NodeJS.Timeout | undefined;

  constructor(ctx: AdapterContext) {
    this.#ctx = ctx;
  }

  async start(): Promise<void> {
    const connSettings = this.#ctx.connection.settings ?? {};
    const base = pickSettings(DEFAULT_SETTINGS, connSettings);
    for (const original of this.#ctx.connection.simulator?.devices ?? []) {
      const seed = restoreSeed(original, this.#ctx.restored?.get(original.externalId));
      const device = createVirtualDevice(seed, {
        settings: pickSettings(base, seed),
        emit: (patches) => this.#ctx.events.state(seed.externalId, patches),
      });
      if (!device) {
        this.#ctx.log.warn('virtual device type not supported', {
          externalId: seed.externalId,
          type: seed.type,
        });
        continue;
      }
      this.#devices.set(seed.externalId, device);
    }
    const tickMs =
      typeof connSettings.tickMs === 'number' && connSettings.tickMs > 0 ? connSettings.tickMs : 1_000;
    this.#timer = setInterval(() => {
      for (const d of this.#devices.values()) d.tick(tickMs);
    }, tickMs);
    this.#timer.unref?.();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    for (const d of this.#devices.values()) d.stop();
  }

  devices(): AdapterDevice[] {
    return [...this.#devices.values()].map((d) => ({
      externalId: d.externalId,
      deviceType: d.deviceType,
      endpoints: d.endpoints(),
      online: true,
      vendor: 'Wall-pad',
      ...(d.model ? { model: d.model } : {}),
    }));
  }

  async execute(externalId: string, command: CommandRequest): Promise<StatePatch[]> {
    const d = this.#devices.get(externalId);
    if (!d) {
      throw new RequestError('unknown-device', 404, `no virtual device '${externalId}'`, { externalId });
    }
    if (command.endpoint !== 'main') {
      throw new RequestError('unknown-endpoint', 400, `no endpoint '${command.endpoint}' on this device`, {
        endpoint: command.endpoint,
      });
    }
    return d.execute(command);
  }
}

export const createVirtualAdapter: AdapterFactory = (ctx) => new VirtualAdapter(ctx);
