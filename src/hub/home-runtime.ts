/**
 * One home inside the hub: its registry, its connections (simulators, adapters), the live state of
 * its devices, and the command path. Every command goes through `command()`.
 */

import { join } from 'node:path';
import { PlayerAdapter } from '../adapters/player/index.js';
import type { Adapter, AdapterDevice, AdapterEvents } from '../adapters/types.js';
import type { ConnectionConfig, DeviceEntry, HomeFile } from '../home/types.js';
import { HubError, isHubError, OfflineError, unknownDevice } from '../model/errors.js';
import type { CommandRequest, DeviceDescription, Endpoint, StatePatch } from '../model/types.js';
import { findEndpoint, validateCommand } from '../model/validate.js';
import type { HomeView } from '../nlu/types.js';
import type { SimulatorHandle } from '../simulators/types.js';
import { timeOrderedId } from '../util/ids.js';
import { equalJson } from '../util/json.js';
import { vendorOf } from '../vendors/index.js';
import type { HubContext } from './context.js';

export const PLAYERS_CONNECTION = 'satellites';

type ConnectionState = 'starting' | 'online' | 'offline' | 'unsupported';

interface Connection {
  config: ConnectionConfig;
  adapter: Adapter | null;
  simulator: SimulatorHandle | null;
  broker: { url: string; stop(): Promise<void> } | null;
  state: ConnectionState;
}

export interface CommandResult {
  status: 'success';
  commandId: string;
  device: DeviceDescription;
}

const key = (connection: string, externalId: string) => `${connection}\u0000${externalId}`;

function applyPatches(device: DeviceDescription, patches: StatePatch[]): void {
  for (const p of patches) {
    const ep = device.endpoints.find((e) => e.id === p.endpoint);
    if (!ep) continue;
    ep.clusters[p.cluster] = { ...(ep.clusters[p.cluster] ?? {}), ...p.attributes };
  }
}

export class HomeRuntime {
  readonly file: HomeFile;
  readonly id: string;
  readonly #ctx: HubContext;
  readonly #simulatorStateDir: string | undefined;
  readonly #entries = new Map<string, DeviceEntry>();
  readonly #byExternal = new Map<string, string>();
  readonly #devices = new Map<string, DeviceDescription>();
  readonly #connections = new Map<string, Connection>();
  #view: HomeView | null = null;
  /** The online flag last written to the store, per device (to skip unchanged write-backs). */
  readonly #storedOnline = new Map<string, boolean>();
  /** The home's care findings, when care runs (set by the care face; read by conversation turns). */
  careFindings:
    | (() => ReadonlyArray<{
        deviceId: string;
        kind: string;
        severity: string;
        state: string;
        advice: string;
      }>)
    | null = null;

  /**
   * `simulatorStateDir`: where the simulators this home starts keep their devices' state, so the
   * demo's vendor devices keep theirs across a hub restart as real clouds do (none: from the seeds).
   */
  constructor(file: HomeFile, ctx: HubContext, opts: { simulatorStateDir?: string } = {}) {
    this.file = file;
    this.id = file.home.id;
    this.#ctx = ctx;
    this.#simulatorStateDir = opts.simulatorStateDir;
    const players = file.satellites.filter((s) => s.player);
    const entries: DeviceEntry[] = [
      ...file.devices,
      ...players.map((s) => ({
        id: s.id,
        connection: PLAYERS_CONNECTION,
        externalId: s.id,
        name: s.name,
        aliases: s.aliases,
        area: s.area,
      })),
    ];
    for (const e of entries) {
      this.#entries.set(e.id, e);
      this.#byExternal.set(key(e.connection, e.externalId), e.id);
    }
    const configs: ConnectionConfig[] = [...file.connections];
    if (players.length > 0) {
      configs.push({
        id: PLAYERS_CONNECTION,
        adapter: 'player',
        simulate: false,
        simulator: { devices: players.map((s) => ({ externalId: s.id, type: 'player' })) },
        settings: {},
      });
    }
    for (const c of configs) {
      this.#connections.set(c.id, {
        config: structuredClone(c),
        adapter: null,
        simulator: null,
        broker: null,
        state: 'starting',
      });
    }
  }

  /** Restores known devices from the store, then starts every connection and waits for its first sync. */
  async start(): Promise<void> {
    const { store, log } = this.#ctx;
    await store.upsertHome({ id: this.id, name: this.file.home.name });
    const stored = new Map((await store.loadDevices(this.id)).map((d) => [d.id, d]));
    for (const e of this.#entries.values()) {
      const s = stored.get(e.id);
      if (s) this.#storedOnline.set(e.id, s.online);
      this.#devices.set(e.id, {
        id: e.id,
        name: e.name,
        aliases: e.aliases,
        area: e.area,
        connection: e.connection,
        online: false,
        deviceType: s?.endpoints[0]?.deviceTypes[0] ?? 'Unknown',
        endpoints: s?.endpoints ?? [],
      });
    }
    this.#view = null;
    await Promise.all([...this.#connections.values()].map((c) => this.#startConnection(c)));
    log.info('home ready', {
      home: this.id,
      devices: this.#devices.size,
      connections: Object.fromEntries([...this.#connections].map(([id, c]) => [id, c.state])),
    });
  }

  async stop(): Promise<void> {
    await Promise.all(
      [...this.#connections.values()].map(async (c) => {
        await c.adapter?.stop().catch(() => {});
        await c.simulator?.stop().catch(() => {});
        await c.broker?.stop().catch(() => {});
        c.adapter = null;
        c.simulator = null;
        c.broker = null;
      }),
    );
  }

  async #startConnection(conn: Connection): Promise<void> {
    const { log } = this.#ctx;
    const cfg = conn.config;
    const clog = log.child({ home: this.id, connection: cfg.id });
    try {
      const events = this.#eventsFor(cfg.id);
      const actx = {
        connection: cfg,
        log: clog,
        events,
        timeoutMs: Number(cfg.settings.timeoutMs ?? this.#ctx.timeoutMs),
        pollMs: Number(cfg.settings.pollMs ?? this.#ctx.pollMs),
        restored: this.#restoredFor(cfg.id),
      };
      if (cfg.adapter === 'player') {
        conn.adapter = new PlayerAdapter(actx);
      } else {
        const kind = vendorOf(cfg.adapter);
        let factory: Awaited<ReturnType<NonNullable<typeof kind>['adapter']>> | undefined;
        try {
          factory = kind ? await kind.adapter() : undefined;
        } catch {
          factory = undefined;
        }
        if (!kind || !factory) {
          conn.state = 'unsupported';
          clog.warn(`the '${cfg.adapter}' adapter is not yet supported; its devices stay offline`);
          this.#ctx.bus.emit('connectionStateChanged', {
            home: this.id,
            connection: cfg.id,
            state: 'unsupported',
          });
          return;
        }
        if (cfg.adapter === 'mqtt' && (cfg.broker ?? 'embedded') === 'embedded') {
          const { startEmbeddedBroker } = await import('../adapters/mqtt/broker.js');
          const broker = await startEmbeddedBroker({ port: Number(cfg.settings.brokerPort ?? 0) });
          conn.broker = broker;
          cfg.settings.brokerUrl = broker.url;
        }
        if (cfg.simulate && kind.simulator) {
          const start = await kind.simulator();
          conn.simulator = await start({
            devices: cfg.simulator.devices,
            host: '127.0.0.1',
            port: Number(cfg.settings.simulatorPort ?? 0),
            ...(cfg.token ? { token: cfg.token } : {}),
            settings: { ...cfg.settings, broker: cfg.settings.brokerUrl ?? cfg.broker },
            ...(this.#simulatorStateDir
              ? {
                  stateFile: join(
                    this.#simulatorStateDir,
                    `${encodeURIComponent(this.id)}.${encodeURIComponent(cfg.id)}.json`,
                  ),
                }
              : {}),
          });
          if (cfg.adapter !== 'mqtt') cfg.baseUrl = conn.simulator.url;
          clog.info('simulator started', { url: conn.simulator.url });
        }
        conn.adapter = factory(actx);
      }
      await conn.adapter.start();
      // One pass over the adapter's list (building it costs every device's endpoint tree).
      const listed = this.#sync(cfg.id);
      const anyOnline = listed.online || listed.count === 0;
      conn.state = anyOnline ? 'online' : 'offline';
      this.#ctx.bus.emit('connectionStateChanged', {
        home: this.id,
        connection: cfg.id,
        state: conn.state === 'online' ? 'online' : 'offline',
      });
    } catch (err) {
      conn.state = 'offline';
      clog.error('connection failed to start; its devices stay offline', { err: String(err) });
    }
  }

  /** Last stored endpoints of a connection's devices, by externalId. */
  #restoredFor(connection: string): Map<string, Endpoint[]> {
    const out = new Map<string, Endpoint[]>();
    for (const e of this.#entries.values()) {
      const d = this.#devices.get(e.id);
      if (e.connection === connection && d && d.endpoints.length > 0) out.set(e.externalId, d.endpoints);
    }
    return out;
  }

  #eventsFor(connection: string): AdapterEvents {
    return {
      state: (externalId, patches) => {
        const id = this.#byExternal.get(key(connection, externalId));
        const dev = id ? this.#devices.get(id) : undefined;
        if (!id || !dev) return;
        applyPatches(dev, patches);
        for (const p of patches) {
          this.#ctx.store.patchDevice(this.id, id, p.endpoint, p.cluster, p.attributes).catch((err) => {
            this.#ctx.log.warn('could not store a state change', { err: String(err) });
          });
        }
        this.#ctx.bus.emit('stateChanged', { home: this.id, device: id, patches, origin: 'vendor' });
      },
      online: (externalId, online) => {
        const id = this.#byExternal.get(key(connection, externalId));
        const dev = id ? this.#devices.get(id) : undefined;
        if (!id || !dev || dev.online === online) return;
        dev.online = online;
        this.#persist(dev);
        this.#ctx.bus.emit('onlineChanged', { home: this.id, device: id, online });
      },
      devicesChanged: () => this.#sync(connection),
    };
  }

  /** Takes the adapter's current device list into the registry's descriptions; what it listed. */
  #sync(connection: string): { count: number; online: boolean } {
    const listed = { count: 0, online: false };
    const conn = this.#connections.get(connection);
    if (!conn?.adapter) return listed;
    const seen = new Set<string>();
    const toSave: DeviceDescription[] = [];
    for (const ad of conn.adapter.devices()) {
      listed.count++;
      if (ad.online) listed.online = true;
      const id = this.#byExternal.get(key(connection, ad.externalId));
      if (!id) continue;
      seen.add(id);
      const changed = this.#merge(id, ad);
      if (changed) toSave.push(changed);
    }
    this.#persistAll(toSave);
    for (const [id, e] of this.#entries) {
      const dev = this.#devices.get(id);
      if (e.connection === connection && !seen.has(id) && dev?.online) {
        dev.online = false;
        this.#ctx.bus.emit('onlineChanged', { home: this.id, device: id, online: false });
      }
    }
    return listed;
  }

  /** Takes one listed device in; the description to store when it changed (the caller stores it). */
  #merge(id: string, ad: AdapterDevice): DeviceDescription | null {
    const e = this.#entries.get(id);
    const prev = this.#devices.get(id);
    if (!e) return null;
    // On a restart the adapter usually reports what was stored: keep the stored tree (no copy) and
    // do not write it back (10,000 unchanged devices cost a clone and a row each before).
    const same = prev !== undefined && equalJson(prev.endpoints, ad.endpoints);
    const dev: DeviceDescription = {
      id,
      name: e.name,
      aliases: e.aliases,
      area: e.area,
      connection: e.connection,
      online: ad.online,
      deviceType: ad.deviceType,
      ...(ad.vendor ? { vendor: ad.vendor } : {}),
      ...(ad.model ? { model: ad.model } : {}),
      endpoints: same ? prev.endpoints : structuredClone(ad.endpoints),
    };
    this.#devices.set(id, dev);
    this.#view = null;
    const changed = !same || this.#storedOnline.get(id) !== dev.online;
    if (!prev || prev.endpoints.length === 0)
      this.#ctx.bus.emit('deviceAdded', { home: this.id, device: dev });
    else if (prev.online !== dev.online)
      this.#ctx.bus.emit('onlineChanged', { home: this.id, device: id, online: dev.online });
    return changed ? dev : null;
  }

  /** Stores devices in one write when the store can (a first sync of 10,000 made 10,000 writes). */
  #persistAll(devs: DeviceDescription[]): void {
    const { store } = this.#ctx;
    if (devs.length <= 1 || !store.saveDevices) {
      for (const d of devs) this.#persist(d);
      return;
    }
    for (const d of devs) this.#storedOnline.set(d.id, d.online);
    store
      .saveDevices(
        this.id,
        devs.map((d) => ({ id: d.id, online: d.online, endpoints: d.endpoints })),
      )
      .catch((err) => {
        this.#ctx.log.warn('could not store devices', { count: devs.length, err: String(err) });
      });
  }

  #persist(dev: DeviceDescription): void {
    this.#storedOnline.set(dev.id, dev.online);
    this.#ctx.store
      .saveDevice(this.id, { id: dev.id, online: dev.online, endpoints: dev.endpoints })
      .catch((err) => {
        this.#ctx.log.warn('could not store a device', { err: String(err) });
      });
  }

  /**
   * The adapter of a connection added at run time (the hub's Matter controller when it pairs its
   * first device): started from `config` when the home has no connection of that id yet.
   */
  async ensureConnection(config: ConnectionConfig): Promise<Adapter | null> {
    let conn = this.#connections.get(config.id);
    if (!conn) {
      conn = {
        config: structuredClone(config),
        adapter: null,
        simulator: null,
        broker: null,
        state: 'starting',
      };
      this.#connections.set(config.id, conn);
      await this.#startConnection(conn);
    }
    return conn.adapter;
  }

  /** Adds a device to the registry at run time (one the hub paired); its connection must exist. */
  addDevice(entry: DeviceEntry): void {
    if (this.#entries.has(entry.id))
      throw new HubError('conflict', 409, `a device '${entry.id}' exists already`);
    this.#entries.set(entry.id, entry);
    this.#byExternal.set(key(entry.connection, entry.externalId), entry.id);
    this.#sync(entry.connection);
  }

  devices(): DeviceDescription[] {
    return [...this.#devices.values()];
  }

  /**
   * The home as the understanding stage sees it. The array is rebuilt only when a device object is
   * replaced, so engines may cache indexes by its identity; state changes are visible through it.
   */
  view(): HomeView {
    if (!this.#view) {
      this.#view = {
        areas: this.file.areas.map((a) => ({ id: a.id, name: a.name, aliases: a.aliases })),
        devices: [...this.#devices.values()],
      };
    }
    return this.#view;
  }

  device(id: string): DeviceDescription | undefined {
    return this.#devices.get(id);
  }

  /**
   * Takes a device out of the running home (its commands answer unknown-device from now on) and
   * announces it (`deviceRemoved`: the faces drop it). False: no such device.
   */
  removeDevice(id: string): boolean {
    const entry = this.#entries.get(id);
    if (!entry) return false;
    this.#entries.delete(id);
    this.#byExternal.delete(key(entry.connection, entry.externalId));
    this.#devices.delete(id);
    this.#storedOnline.delete(id);
    this.#view = null;
    this.#ctx.bus.emit('deviceRemoved', { home: this.id, device: id });
    return true;
  }

  connectionStates(): Record<string, ConnectionState> {
    return Object.fromEntries([...this.#connections].map(([id, c]) => [id, c.state]));
  }

  /** The URL of a connection's simulator, when the hub started one. */
  simulatorUrl(connection: string): string | null {
    return this.#connections.get(connection)?.simulator?.url ?? null;
  }

  /**
   * Runs one Matter command: validates it against the model, records it, calls the vendor, and
   * makes the new state visible and durable before answering.
   */
  async command(deviceId: string, req: CommandRequest, origin: string): Promise<CommandResult> {
    const { store, bus, clock } = this.#ctx;
    const dev = this.#devices.get(deviceId);
    const entry = this.#entries.get(deviceId);
    if (!dev || !entry) throw unknownDevice(deviceId);
    const conn = this.#connections.get(entry.connection);
    if (!conn?.adapter) {
      throw new HubError(
        conn?.state === 'unsupported' ? 'not-supported-yet' : 'device-offline',
        503,
        `the connection '${entry.connection}' of '${deviceId}' is not available`,
      );
    }
    if (!dev.online) throw new OfflineError(`'${dev.name}' is offline`, { device: deviceId });
    const endpoint = findEndpoint(dev.endpoints, String(req.endpoint));
    const args = validateCommand(endpoint, req);
    const cmd: CommandRequest = { endpoint: endpoint.id, cluster: req.cluster, command: req.command, args };
    const started = clock.now();
    const id = timeOrderedId(started);
    await store.beginCommand({
      id,
      home: this.id,
      origin,
      device: deviceId,
      endpoint: cmd.endpoint,
      cluster: cmd.cluster,
      command: cmd.command,
      args,
      status: 'pending',
      errorCode: null,
      startedAt: started,
      finishedAt: null,
      vendorMs: null,
    });
    const t0 = performance.now();
    let patches: StatePatch[];
    try {
      patches = await conn.adapter.execute(entry.externalId, cmd);
    } catch (err) {
      const vendorMs = performance.now() - t0;
      const code = isHubError(err) ? err.code : 'vendor-error';
      await store
        .finishCommand(
          id,
          { status: 'error', errorCode: code, finishedAt: clock.now(), vendorMs },
          [],
          this.id,
        )
        .catch(() => {});
      bus.emit('commandExecuted', {
        home: this.id,
        commandId: id,
        device: deviceId,
        ...pick(cmd),
        origin,
        status: 'error',
        errorCode: code,
        ms: vendorMs,
      });
      if (isHubError(err)) throw err;
      throw new HubError('vendor-error', 502, `the vendor failed: ${String(err)}`);
    }
    const vendorMs = performance.now() - t0;
    await store.finishCommand(
      id,
      { status: 'success', errorCode: null, finishedAt: clock.now(), vendorMs },
      patches.map((p) => ({
        device: deviceId,
        endpoint: p.endpoint,
        cluster: p.cluster,
        attrs: p.attributes,
      })),
      this.id,
    );
    applyPatches(dev, patches);
    if (patches.length > 0) bus.emit('stateChanged', { home: this.id, device: deviceId, patches, origin });
    bus.emit('commandExecuted', {
      home: this.id,
      commandId: id,
      device: deviceId,
      ...pick(cmd),
      origin,
      status: 'success',
      errorCode: null,
      ms: vendorMs,
    });
    return { status: 'success', commandId: id, device: dev };
  }
}

const pick = (c: CommandRequest) => ({ endpoint: c.endpoint, cluster: c.cluster, command: c.command });
