/**
 * The cloud-to-cloud connection: any vendor cloud that serves Google Home fulfillment plugs in.
 * SYNC gives the devices, QUERY (polled every ctx.pollMs) their state, EXECUTE runs commands.
 * Mapping lives in traits.ts (states → clusters), commands.ts (commands → executions) and
 * errors.ts (error codes → HubErrors); this file only keeps the lifecycle and the cache.
 */

import { primaryDeviceType } from '../../model/devices.js';
import { invalidRequest, OfflineError, unknownDevice, VendorError } from '../../model/errors.js';
import type { CommandRequest, Endpoint, StatePatch } from '../../model/types.js';
import { HttpTimeoutError } from '../../util/http.js';
import { equalJson } from '../../util/json.js';
import type { Logger } from '../../util/log.js';
import type { Adapter, AdapterContext, AdapterDevice } from '../types.js';
import {
  C2cClient,
  C2cResponseError,
  C2cUnreachableError,
  type DeviceStates,
  type ExecuteResult,
  type SyncDevice,
} from './client.js';
import { toExecutions } from './commands.js';
import { hubErrorFor } from './errors.js';
import { buildEndpoints, endpointOf, stateParts } from './traits.js';

interface Entry {
  sync: SyncDevice;
  states: DeviceStates;
  endpoints: Endpoint[];
  online: boolean;
}

/** Attributes of `next` that differ from `prev`, as patches. */
export function diffEndpoints(prev: Endpoint[], next: Endpoint[]): StatePatch[] {
  const patches: StatePatch[] = [];
  for (const ep of next) {
    const old = prev.find((e) => e.id === ep.id);
    for (const [cluster, attrs] of Object.entries(ep.clusters)) {
      const changed: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(attrs)) {
        if (!equalJson(old?.clusters[cluster]?.[name], value)) changed[name] = value;
      }
      if (Object.keys(changed).length > 0) patches.push({ endpoint: ep.id, cluster, attributes: changed });
    }
  }
  return patches;
}

const isOnline = (s: DeviceStates | undefined): boolean =>
  s !== undefined && s.online !== false && s.status !== 'OFFLINE' && s.status !== 'ERROR';

/** The fulfillment URL: `settings.fulfillmentUrl`, or baseUrl + `settings.fulfillmentPath` (default /fulfillment). */
function fulfillmentUrl(ctx: AdapterContext): string {
  const { connection } = ctx;
  const explicit = connection.settings.fulfillmentUrl;
  if (typeof explicit === 'string') return explicit;
  if (!connection.baseUrl) throw invalidRequest(`connection '${connection.id}' has no baseUrl`);
  const path =
    typeof connection.settings.fulfillmentPath === 'string'
      ? connection.settings.fulfillmentPath
      : 'fulfillment';
  const base = connection.baseUrl.endsWith('/') ? connection.baseUrl : `${connection.baseUrl}/`;
  return new URL(path.replace(/^\//, ''), base).toString();
}

export class C2cAdapter implements Adapter {
  readonly #ctx: AdapterContext;
  readonly #log: Logger;
  readonly #devices = new Map<string, Entry>();
  #client: C2cClient | undefined;
  #abort: AbortController | undefined;
  #timer: NodeJS.Timeout | undefined;
  #polling: Promise<void> | undefined;
  #running = false;
  #started = false;
  #synced = false;
  /** null until the first round has told. */
  #reachable: boolean | null = null;
  /** Bumped by every EXECUTE, so a QUERY sent before it cannot overwrite its result. */
  #generation = 0;

  constructor(ctx: AdapterContext) {
    this.#ctx = ctx;
    this.#log = ctx.log.child({ connection: ctx.connection.id, adapter: 'c2c' });
  }

  async start(): Promise<void> {
    this.#abort = new AbortController();
    this.#client = new C2cClient({
      url: fulfillmentUrl(this.#ctx),
      token: this.#ctx.connection.token,
      timeoutMs: this.#ctx.timeoutMs,
      signal: this.#abort.signal,
    });
    this.#running = true;
    await this.#refresh();
    this.#started = true;
    this.#schedule();
  }

  async stop(): Promise<void> {
    this.#running = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort?.abort();
    await this.#polling;
    this.#started = false;
  }

  devices(): AdapterDevice[] {
    return [...this.#devices.values()].map((e) => ({
      externalId: e.sync.id,
      deviceType: primaryDeviceType(e.endpoints),
      endpoints: structuredClone(e.endpoints),
      online: e.online,
      ...(e.sync.deviceInfo?.manufacturer ? { vendor: e.sync.deviceInfo.manufacturer } : {}),
      ...(e.sync.deviceInfo?.model ? { model: e.sync.deviceInfo.model } : {}),
    }));
  }

  async execute(externalId: string, command: CommandRequest): Promise<StatePatch[]> {
    const client = this.#client;
    if (!client || this.#reachable !== true) {
      throw new OfflineError(`connection '${this.#ctx.connection.id}' is offline`, { device: externalId });
    }
    const entry = this.#devices.get(externalId);
    if (!entry) throw unknownDevice(externalId);
    const execution = toExecutions(command, { sync: entry.sync, states: entry.states }, entry.endpoints);
    this.#generation++;
    let result: ExecuteResult | undefined;
    try {
      const results = await client.execute([{ devices: [{ id: externalId }], execution }]);
      result = results.find((r) => r.ids?.includes(externalId)) ?? results[0];
    } catch (err) {
      if (err instanceof C2cUnreachableError) {
        // A refused connection or a 5xx means the cloud is away: every device goes offline until a
        // poll finds it again. One slow answer on a busy machine does not: this command fails, and
        // the next poll decides.
        if (!(err.cause instanceof HttpTimeoutError)) this.#setReachable(false, err.message);
        throw new OfflineError(`connection '${this.#ctx.connection.id}' does not answer`, {
          device: externalId,
        });
      }
      if (err instanceof C2cResponseError)
        throw hubErrorFor(err.errorCode, err.message, { device: externalId });
      throw err;
    }
    if (!result) throw new VendorError('EXECUTE answer has no result for the device', { device: externalId });
    if (result.status === 'OFFLINE' || result.errorCode === 'deviceOffline') {
      this.#setDeviceOnline(entry, false);
      throw hubErrorFor('deviceOffline', `device '${externalId}' is offline`, { device: externalId });
    }
    if (result.status === 'ERROR') {
      throw hubErrorFor(
        result.errorCode,
        result.debugString ?? `EXECUTE failed: ${result.errorCode ?? 'unknown'}`,
        {
          device: externalId,
        },
      );
    }
    return this.#applyExecuted(entry, command, result);
  }

  /** Updates the cache from the EXECUTE states (or a QUERY) and returns what the hub must show. */
  async #applyExecuted(entry: Entry, command: CommandRequest, result: ExecuteResult): Promise<StatePatch[]> {
    let states = result.states;
    if (!states || Object.keys(states).every((k) => k === 'online' || k === 'status')) {
      try {
        states = (await this.#client?.query([entry.sync.id]))?.[entry.sync.id];
      } catch (err) {
        this.#log.debug('QUERY after EXECUTE failed', { error: (err as Error).message });
        states = undefined;
      }
    }
    if (!states) return [];
    this.#generation++;
    entry.states = { ...entry.states, ...states };
    const next = buildEndpoints(entry.sync, entry.states);
    const patches = diffEndpoints(entry.endpoints, next);
    entry.endpoints = next;
    this.#setDeviceOnline(entry, true);
    // Always include the target cluster's state, even when it did not change.
    for (const part of stateParts(entry.sync, entry.states)) {
      const ep = endpointOf(next, part.role);
      if (ep !== command.endpoint || part.cluster !== command.cluster) continue;
      const existing = patches.find((p) => p.endpoint === ep && p.cluster === part.cluster);
      if (existing) existing.attributes = { ...part.attributes, ...existing.attributes };
      else patches.push({ endpoint: ep, cluster: part.cluster, attributes: { ...part.attributes } });
    }
    return patches;
  }

  #schedule(): void {
    if (!this.#running) return;
    this.#timer = setTimeout(() => {
      this.#polling = this.#refresh().finally(() => {
        this.#polling = undefined;
        this.#schedule();
      });
    }, this.#ctx.pollMs);
    this.#timer.unref();
  }

  /** One round: SYNC when not yet synced or just back, then QUERY every device. Never throws. */
  async #refresh(): Promise<void> {
    const client = this.#client;
    if (!client) return;
    try {
      if (!this.#synced || this.#reachable !== true) await this.#sync(client);
      const generation = this.#generation;
      const ids = [...this.#devices.keys()];
      const states = ids.length > 0 ? await client.query(ids) : {};
      if (!this.#running) return;
      this.#setReachable(true);
      if (generation !== this.#generation) return; // an EXECUTE landed meanwhile; next round catches up
      for (const [id, entry] of this.#devices) this.#applyQuery(entry, states[id]);
    } catch (err) {
      if (!this.#running) return;
      this.#setReachable(false, (err as Error).message);
    }
  }

  async #sync(client: C2cClient): Promise<void> {
    const { devices } = await client.sync();
    if (!this.#running) return;
    const before = [...this.#devices.values()].map((e) => e.sync);
    const next = new Map<string, Entry>();
    for (const d of devices) {
      if (typeof d?.id !== 'string' || !Array.isArray(d.traits)) continue;
      const old = this.#devices.get(d.id);
      const states = old?.states ?? {};
      next.set(d.id, { sync: d, states, endpoints: buildEndpoints(d, states), online: old?.online ?? false });
    }
    this.#devices.clear();
    for (const [id, e] of next) this.#devices.set(id, e);
    this.#synced = true;
    if (this.#started && !equalJson(before, devices)) this.#ctx.events.devicesChanged();
  }

  #applyQuery(entry: Entry, s: DeviceStates | undefined): void {
    const online = isOnline(s);
    if (online && s) {
      entry.states = { ...entry.states, ...s };
      const next = buildEndpoints(entry.sync, entry.states);
      const patches = diffEndpoints(entry.endpoints, next);
      entry.endpoints = next;
      if (patches.length > 0 && this.#started) this.#ctx.events.state(entry.sync.id, patches);
    }
    this.#setDeviceOnline(entry, online);
  }

  #setDeviceOnline(entry: Entry, online: boolean): void {
    if (entry.online === online) return;
    entry.online = online;
    if (this.#started) this.#ctx.events.online(entry.sync.id, online);
  }

  #setReachable(reachable: boolean, why?: string): void {
    if (this.#reachable === reachable) return;
    this.#reachable = reachable;
    if (reachable) {
      this.#log.info('cloud reachable');
      return; // devices come back one by one from the QUERY answer
    }
    this.#log.warn('cloud unreachable; devices offline, retrying', {
      reason: why,
      everyMs: this.#ctx.pollMs,
    });
    for (const entry of this.#devices.values()) this.#setDeviceOnline(entry, false);
  }
}
