/**
 * The `thinq` connection: discovers LG devices (list, profile, state), polls their state, runs
 * Matter commands as LG control calls, and maps LG errors to hub errors in one place.
 */
import { primaryDeviceType } from '../../model/devices.js';
import { HubError, invalidRequest, OfflineError, OutOfRangeError, VendorError } from '../../model/errors.js';
import type { CommandRequest, Endpoint, StatePatch } from '../../model/types.js';
import type { Adapter, AdapterContext, AdapterDevice } from '../types.js';
import {
  type LgControl,
  type LgDevice,
  type LgProfile,
  type LgState,
  ThinqApiError,
  ThinqClient,
  ThinqNetworkError,
} from './client.js';
import { airConditionerMap, airPurifierMap } from './map-climate.js';
import { fridgeMap } from './map-fridge.js';
import { washerMap } from './map-washer.js';
import { applyControls } from './optimistic.js';
import { diffEndpoints, type ProductMap } from './product-map.js';

/** LG device types this connection maps; others are skipped. */
const PRODUCT_MAPS: Record<string, ProductMap> = {
  DEVICE_REFRIGERATOR: fridgeMap,
  DEVICE_AIR_CONDITIONER: airConditionerMap,
  DEVICE_WASHER: washerMap,
  DEVICE_AIR_PURIFIER: airPurifierMap,
};

const VENDOR = 'LG Electronics';
const CONFLICT_CODES = new Set(['2301', '2302', '2303', '2304', '2305']);
const RANGE_CODES = new Set(['1102']);
const OFFLINE_CODES = new Set(['1222', '2209']);

interface Known {
  id: string;
  info: LgDevice['deviceInfo'];
  map: ProductMap;
  profile: LgProfile;
  state: LgState | undefined;
  endpoints: Endpoint[];
  /** The appliance's own link to LG (false after 1222). */
  connected: boolean;
  /** Bumped by every command, so a poll that started before it cannot overwrite its result. */
  seq: number;
  /** Commands in flight; polls leave the device alone meanwhile (the command reports the change). */
  pending: number;
}

export class ThinqAdapter implements Adapter {
  readonly #ctx: AdapterContext;
  readonly #devices = new Map<string, Known>();
  #client: ThinqClient | null = null;
  /** Whether the LG cloud answers at all. */
  #reachable = false;
  #timer: NodeJS.Timeout | null = null;
  #polling: Promise<void> | null = null;
  #abort = new AbortController();
  #stopped = true;

  constructor(ctx: AdapterContext) {
    this.#ctx = ctx;
  }

  async start(): Promise<void> {
    const c = this.#ctx.connection;
    if (!c.baseUrl) throw invalidRequest(`connection '${c.id}' (thinq) needs a baseUrl`);
    const s = c.settings ?? {};
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
    this.#client = new ThinqClient({
      baseUrl: c.baseUrl,
      token: c.token || 'yeondong',
      timeoutMs: this.#ctx.timeoutMs,
      country: str(s.country) ?? 'KR',
      clientId: str(s.clientId) ?? `yeondong-${c.id}`,
      apiKey: str(s.apiKey) ?? 'yeondong',
    });
    this.#stopped = false;
    this.#abort = new AbortController();
    try {
      await this.#discover();
    } catch (err) {
      this.#failed(err, 'first discovery');
    }
    this.#schedule();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#abort.abort();
    await this.#polling;
  }

  devices(): AdapterDevice[] {
    return [...this.#devices.values()].map((d) => ({
      externalId: d.id,
      deviceType: primaryDeviceType(d.endpoints),
      endpoints: structuredClone(d.endpoints),
      online: this.#online(d),
      vendor: VENDOR,
      model: d.info.modelName,
    }));
  }

  async execute(externalId: string, command: CommandRequest): Promise<StatePatch[]> {
    if (!this.#reachable || !this.#client) {
      throw new OfflineError('LG ThinQ is not reachable', { device: externalId });
    }
    const d = this.#devices.get(externalId);
    if (!d) throw new OfflineError(`LG ThinQ does not list '${externalId}'`, { device: externalId });
    const bodies = d.map.controls(command, { profile: d.profile, state: d.state, endpoints: d.endpoints });
    d.seq += 1;
    d.pending += 1;
    let partial = false;
    try {
      for (const [i, body] of bodies.entries()) {
        try {
          await this.#client.control(d.id, body, this.#abort.signal);
        } catch (err) {
          partial = i > 0 && !(err instanceof ThinqNetworkError);
          throw this.#toHubError(err, d);
        }
      }
      if (bodies.length === 0) return [];
      const shown = this.#optimistic(d, bodies, command);
      if (shown) return shown;
      try {
        return await this.#refresh(d, false);
      } catch (err) {
        // The command went through; the next poll shows its effect.
        this.#failed(err, 'state after control');
        return [];
      }
    } finally {
      d.pending -= 1;
      // An earlier call of the same command went through: show what it changed.
      if (partial) void this.#refresh(d, true).catch(() => {});
    }
  }

  /**
   * The acknowledged write applied to the last state read, when that already shows the command's
   * effect on its cluster (a setpoint, a power flag); otherwise null and the state is read back
   * (a washer's START shows in its run state only after LG changes it).
   */
  #optimistic(d: Known, bodies: LgControl[], command: CommandRequest): StatePatch[] | null {
    const applied = d.state ? applyControls(d.state, bodies) : null;
    if (!applied) return null;
    // The device already had every written value: nothing changes, and nothing needs reading back.
    if (!applied.changed) return [];
    const state = applied.state;
    const endpoints = d.map.endpoints(d.profile, state);
    const patches = diffEndpoints(d.endpoints, endpoints);
    if (!patches.some((p) => p.endpoint === command.endpoint && p.cluster === command.cluster)) return null;
    d.state = state;
    d.endpoints = endpoints;
    return patches;
  }

  #online(d: Known): boolean {
    return this.#reachable && d.connected;
  }

  /** Runs `change` and tells the hub about every device whose online flag it flipped. */
  #transition(change: () => void): void {
    const before = new Map([...this.#devices.values()].map((d) => [d.id, this.#online(d)]));
    change();
    if (this.#stopped) return;
    for (const d of this.#devices.values()) {
      const was = before.get(d.id);
      const now = this.#online(d);
      if (was !== undefined && was !== now) this.#ctx.events.online(d.id, now);
    }
  }

  /** Lists devices, reads new profiles, then every state. */
  async #discover(): Promise<void> {
    const client = this.#need();
    const signal = this.#abort.signal;
    const listed = (await client.listDevices(signal)).filter((x) => PRODUCT_MAPS[x.deviceInfo.deviceType]);
    const fresh: Known[] = [];
    for (const x of listed) {
      if (this.#devices.has(x.deviceId)) continue;
      const map = PRODUCT_MAPS[x.deviceInfo.deviceType] as ProductMap;
      const profile = await client.profile(x.deviceId, signal);
      const endpoints = map.endpoints(profile, undefined);
      fresh.push({
        id: x.deviceId,
        info: x.deviceInfo,
        map,
        profile,
        state: undefined,
        endpoints,
        connected: false,
        seq: 0,
        pending: 0,
      });
    }
    // New devices are read before they are announced; they join the map only once complete.
    await Promise.all(fresh.map((d) => this.#refresh(d, false)));
    const ids = new Set(listed.map((x) => x.deviceId));
    const gone = [...this.#devices.keys()].filter((id) => !ids.has(id));
    this.#transition(() => {
      this.#reachable = true;
      for (const id of gone) this.#devices.delete(id);
    });
    const known = [...this.#devices.values()];
    for (const d of fresh) this.#devices.set(d.id, d);
    if ((fresh.length > 0 || gone.length > 0) && !this.#stopped) this.#ctx.events.devicesChanged();
    await Promise.all(known.map((d) => this.#refresh(d, true)));
  }

  /** Re-reads one device's state; returns (and with `emit`, reports) what changed. */
  async #refresh(d: Known, emit: boolean): Promise<StatePatch[]> {
    const seq = d.seq;
    if (emit && d.pending > 0) return [];
    let state: LgState;
    try {
      state = await this.#need().state(d.id, this.#abort.signal);
    } catch (err) {
      if (err instanceof ThinqApiError && OFFLINE_CODES.has(err.code)) {
        this.#transition(() => {
          d.connected = false;
        });
        return [];
      }
      throw err;
    }
    if (emit && (seq !== d.seq || d.pending > 0)) return [];
    const endpoints = d.map.endpoints(d.profile, state);
    const patches = diffEndpoints(d.endpoints, endpoints);
    d.state = state;
    d.endpoints = endpoints;
    this.#transition(() => {
      d.connected = true;
    });
    if (emit && patches.length > 0 && !this.#stopped) this.#ctx.events.state(d.id, patches);
    return patches;
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#polling = this.#poll().finally(() => {
        this.#polling = null;
        this.#schedule();
      });
    }, this.#ctx.pollMs);
  }

  async #poll(): Promise<void> {
    try {
      if (!this.#reachable) await this.#discover();
      else await Promise.all([...this.#devices.values()].map((d) => this.#refresh(d, true)));
    } catch (err) {
      this.#failed(err, 'poll');
    }
  }

  /** A background failure: an unreachable cloud turns every device offline; others are logged. */
  #failed(err: unknown, during: string): void {
    if (this.#stopped) return;
    if (err instanceof ThinqNetworkError) {
      if (this.#reachable) this.#ctx.log.warn('LG ThinQ unreachable', { during, error: err.message });
      this.#transition(() => {
        this.#reachable = false;
      });
    } else {
      this.#ctx.log.warn('LG ThinQ request failed', { during, error: String(err) });
    }
  }

  /** The one place LG failures become hub errors. */
  #toHubError(err: unknown, d: Known): HubError {
    const details = { device: d.id };
    if (err instanceof HubError) return err;
    if (err instanceof ThinqNetworkError) {
      this.#failed(err, 'control');
      return new OfflineError('LG ThinQ did not answer', { ...details, cause: err.message });
    }
    if (err instanceof ThinqApiError) {
      const vendor = { ...details, vendorCode: err.code };
      if (OFFLINE_CODES.has(err.code)) {
        this.#transition(() => {
          d.connected = false;
        });
        return new OfflineError('the appliance is not connected to LG ThinQ', vendor);
      }
      if (RANGE_CODES.has(err.code))
        return new OutOfRangeError(`LG refused the value: ${err.message}`, vendor);
      if (CONFLICT_CODES.has(err.code)) {
        return new HubError(
          'conflict',
          409,
          `LG cannot do that in the appliance's current state: ${err.message}`,
          vendor,
        );
      }
      if (err.code === '1306')
        return new HubError('too-many-requests', 429, 'LG ThinQ rate limit reached', vendor);
      return new VendorError(err.message, vendor);
    }
    return new VendorError(`LG ThinQ failed: ${String(err)}`, details);
  }

  #need(): ThinqClient {
    if (!this.#client) throw new Error('thinq adapter not started');
    return this.#client;
  }
}
