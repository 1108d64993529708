/**
 * The `smartthings` connection: SmartThings devices in the Matter model. One polling loop reads
 * every device's status and health; commands go out by capability and the status is re-read at
 * once so the hub shows the new value. SmartThings errors never leave this file unmapped.
 */

import { HubError, OfflineError, OutOfRangeError, RequestError, VendorError } from '../../model/errors.js';
import type { CommandRequest, Endpoint, StatePatch } from '../../model/types.js';
import type { Adapter, AdapterContext, AdapterDevice, AdapterFactory } from '../types.js';
import {
  SmartThingsApiError as ApiError,
  SmartThingsNetworkError as NetworkError,
  type SmartThingsApiError,
  SmartThingsClient,
  type StDevice,
  type StDeviceStatus,
} from './client.js';
import { diffEndpoints, type Profile, profileOf } from './mapping.js';
import { predictStatus } from './optimistic.js';
import { seedEndpoints } from './seeds.js';

interface Known {
  externalId: string;
  deviceType: string;
  /** Null while the device is only known from the home file. */
  st: StDevice | null;
  profile: Profile | null;
  endpoints: Endpoint[];
  online: boolean;
  /** Bumped by every command, so a poll that read the status before it does not roll it back. */
  rev: number;
  /** The last status read (or predicted after an accepted command). */
  status?: StDeviceStatus;
  model?: string;
  /** A read-back after a predicted command is waiting or running; a command while it runs asks for one more. */
  confirming?: boolean;
  confirmAgain?: boolean;
}

/** While the cloud is unreachable, retry at least this often (ms). */
const RETRY_MS = 1_000;
/** A predicted command's state is read back this long after it (ms; see #confirmSoon). */
const CONFIRM_DELAY_MS = 500;
/** Lists in a cluster that are large and rarely change; left out of command replies unless changed. */
const LIST_ATTRIBUTES = new Set(['ChannelList', 'SupportedModes', 'OperationalStateList']);

const resolveEnv = (v: string | undefined): string | undefined =>
  v?.replace(/^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/, (_m, name: string) => process.env[name] ?? '') || undefined;

class SmartThingsAdapter implements Adapter {
  readonly #ctx: AdapterContext;
  readonly #client: SmartThingsClient | null;
  readonly #known = new Map<string, Known>();
  #reachable = false;
  #discovered = false;
  #started = false;
  #stopped = false;
  #timer: NodeJS.Timeout | undefined;
  #cycle: Promise<void> | undefined;
  readonly #confirmTimers = new Set<NodeJS.Timeout>();

  constructor(ctx: AdapterContext) {
    this.#ctx = ctx;
    const baseUrl = ctx.connection.baseUrl;
    this.#client = baseUrl
      ? new SmartThingsClient({ baseUrl, token: resolveEnv(ctx.connection.token), timeoutMs: ctx.timeoutMs })
      : null;
  }

  async start(): Promise<void> {
    this.#stopped = false;
    for (const seed of this.#ctx.connection.simulator?.devices ?? []) {
      const shape = seedEndpoints(seed);
      if (!shape) continue;
      this.#known.set(seed.externalId, {
        externalId: seed.externalId,
        deviceType: shape.deviceType,
        st: null,
        profile: null,
        endpoints: shape.endpoints,
        online: false,
        rev: 0,
        ...(seed.model ? { model: seed.model } : {}),
      });
    }
    if (!this.#client) this.#ctx.log.error('smartthings connection has no baseUrl; its devices stay offline');
    await this.#runCycle();
    this.#started = true;
    this.#schedule();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const t of this.#confirmTimers) clearTimeout(t);
    this.#confirmTimers.clear();
    for (const k of this.#known.values()) k.confirming = false;
    await this.#cycle;
  }

  devices(): AdapterDevice[] {
    return [...this.#known.values()].map((k) => ({
      externalId: k.externalId,
      deviceType: k.deviceType,
      endpoints: structuredClone(k.endpoints),
      online: this.#reachable && k.online,
      vendor: k.st?.manufacturerName ?? 'Samsung Electronics',
      ...(k.model ? { model: k.model } : {}),
    }));
  }

  async execute(externalId: string, command: CommandRequest): Promise<StatePatch[]> {
    const k = this.#known.get(externalId);
    if (!k) {
      throw new RequestError('unknown-device', 404, `SmartThings has no device '${externalId}'`, {
        externalId,
      });
    }
    if (!this.#client || !this.#reachable || !k.online || !k.st || !k.profile) {
      throw new OfflineError(`SmartThings device '${externalId}' is offline`, { externalId });
    }
    const cmds = k.profile.commands(command, k.endpoints, k.st);
    ++k.rev;
    try {
      await this.#client.executeCommands(externalId, cmds);
    } catch (err) {
      throw this.#mapError(err, k);
    }
    const predicted = k.status ? predictStatus(k.status, cmds) : null;
    if (predicted) {
      const patches = this.#apply(k, predicted, command);
      this.#confirmSoon(k);
      return patches;
    }
    let status: StDeviceStatus;
    try {
      status = await this.#client.getStatus(externalId);
    } catch (err) {
      // The command was accepted; the next poll will bring its effect.
      this.#ctx.log.warn('smartthings status re-read failed after a command', {
        externalId,
        err: String(err),
      });
      if (err instanceof NetworkError) this.#markUnreachable();
      return [];
    }
    return this.#apply(k, status, command);
  }

  /**
   * One read-back per burst of commands: it starts CONFIRM_DELAY_MS after the first predicted
   * command (the cloud takes that long to show a device's report anyway), commands that arrive
   * before it starts share it, and commands that arrive while it runs ask for one more after it.
   * Reading back after every command doubled the calls to SmartThings' rate-limited API and the
   * hub's work per command.
   */
  #confirmSoon(k: Known): void {
    if (k.confirming) {
      k.confirmAgain = true;
      return;
    }
    k.confirming = true;
    const timer = setTimeout(() => {
      this.#confirmTimers.delete(timer);
      void (async () => {
        try {
          do {
            k.confirmAgain = false;
            await this.#confirm(k, k.rev);
          } while (k.confirmAgain && !this.#stopped);
        } finally {
          k.confirming = false;
        }
      })();
    }, CONFIRM_DELAY_MS);
    timer.unref();
    this.#confirmTimers.add(timer);
  }

  /** Reads the status back after an answer from a prediction; a difference is a state change. */
  async #confirm(k: Known, rev: number): Promise<void> {
    try {
      const status = await this.#client?.getStatus(k.externalId);
      if (!status || this.#stopped || k.rev !== rev) return; // a later command reads its own
      const patches = this.#apply(k, status);
      if (patches.length > 0) this.#ctx.events.state(k.externalId, patches);
    } catch (err) {
      // The next poll brings the device's state.
      this.#ctx.log.debug('smartthings status re-read failed after a command', {
        externalId: k.externalId,
        err: String(err),
      });
    }
  }

  /** Updates a device's view from a status read; returns what changed (plus the commanded cluster). */
  #apply(k: Known, status: StDeviceStatus, command?: CommandRequest): StatePatch[] {
    if (!k.st || !k.profile) return [];
    k.status = status;
    const after = k.profile.endpoints(k.st, status);
    const patches = diffEndpoints(k.endpoints, after);
    k.endpoints = after;
    if (command && !patches.some((p) => p.endpoint === command.endpoint && p.cluster === command.cluster)) {
      const attrs = after.find((e) => e.id === command.endpoint)?.clusters[command.cluster];
      if (attrs) {
        const shown = Object.fromEntries(
          Object.entries(attrs).filter(([name]) => !LIST_ATTRIBUTES.has(name)),
        );
        patches.push({ endpoint: command.endpoint, cluster: command.cluster, attributes: shown });
      }
    }
    return patches;
  }

  #mapError(err: unknown, k: Known): HubError {
    if (err instanceof HubError) return err;
    if (err instanceof NetworkError) {
      this.#markUnreachable();
      return new OfflineError(
        err.timedOut ? 'SmartThings did not answer in time' : 'SmartThings is unreachable',
        {
          externalId: k.externalId,
        },
      );
    }
    if (err instanceof ApiError) return this.#mapApiError(err, k);
    return new VendorError(`SmartThings request failed: ${String(err)}`, { externalId: k.externalId });
  }

  #mapApiError(err: SmartThingsApiError, k: Known): HubError {
    const details = {
      externalId: k.externalId,
      vendorCode: err.code,
      vendorStatus: err.status,
      requestId: err.requestId,
    };
    if (err.status === 409 || err.code === 'ConflictError') {
      // "invalid device state": SmartThings cannot reach the device.
      this.#setOnline(k, false);
      return new OfflineError(`SmartThings device '${k.externalId}' is not connected`, details);
    }
    if (err.status === 422 || err.code === 'ConstraintViolationError') {
      const why = err.details.map((d) => `${d.target ?? ''} ${d.message}`.trim()).join('; ') || err.message;
      return new OutOfRangeError(`SmartThings refused the value: ${why}`, details);
    }
    if (err.status === 429)
      return new HubError('too-many-requests', 429, 'SmartThings rate limit reached', details);
    if (err.status === 401 || err.status === 403) {
      return new VendorError(
        'SmartThings refused the connection token; re-authenticate the connection',
        details,
      );
    }
    return new VendorError(`SmartThings answered ${err.status} ${err.code}: ${err.message}`, details);
  }

  #markUnreachable(): void {
    if (!this.#reachable) return;
    this.#reachable = false;
    this.#ctx.log.warn('smartthings unreachable; its devices are offline');
    for (const k of this.#known.values()) if (k.online) this.#ctx.events.online(k.externalId, false);
    // Retry soon rather than after a long poll interval.
    if (this.#started && !this.#stopped && !this.#cycle) this.#schedule(Math.min(this.#ctx.pollMs, RETRY_MS));
  }

  #setOnline(k: Known, online: boolean): void {
    const before = this.#reachable && k.online;
    k.online = online;
    const now = this.#reachable && k.online;
    if (before !== now) this.#ctx.events.online(k.externalId, now);
  }

  #schedule(delay?: number): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    const ms = delay ?? (this.#reachable ? this.#ctx.pollMs : Math.min(this.#ctx.pollMs, RETRY_MS));
    this.#timer = setTimeout(() => {
      void this.#runCycle().then(() => this.#schedule());
    }, ms);
    this.#timer.unref?.();
  }

  #runCycle(): Promise<void> {
    if (!this.#cycle) {
      this.#cycle = this.#poll()
        .catch((err) => this.#ctx.log.error('smartthings poll failed', { err: String(err) }))
        .finally(() => {
          this.#cycle = undefined;
        });
    }
    return this.#cycle;
  }

  async #poll(): Promise<void> {
    const client = this.#client;
    if (!client || this.#stopped) return;
    try {
      if (!this.#discovered || !this.#reachable) await this.#discover(client);
      const reads = [...this.#known.values()]
        .filter((k) => k.st)
        .map(async (k) => {
          const rev = k.rev;
          try {
            const [status, health] = await Promise.all([
              client.getStatus(k.externalId),
              client.getHealth(k.externalId),
            ]);
            // A command since the read was sent: its own reply and re-read are newer than this.
            return { k, status: k.rev === rev ? status : null, online: health.state !== 'OFFLINE' };
          } catch (err) {
            if (err instanceof NetworkError) throw err;
            this.#ctx.log.warn('smartthings device read failed', {
              externalId: k.externalId,
              err: String(err),
            });
            return { k, status: null, online: false };
          }
        });
      const results = await Promise.all(reads);
      if (this.#stopped) return;
      const wasReachable = this.#reachable;
      this.#reachable = true;
      if (!wasReachable) this.#ctx.log.info('smartthings reachable');
      for (const { k, status, online } of results) {
        if (status) {
          const patches = this.#apply(k, status);
          if (patches.length > 0 && this.#started) this.#ctx.events.state(k.externalId, patches);
        }
        const before = wasReachable && k.online;
        k.online = online;
        if (before !== online && this.#started) this.#ctx.events.online(k.externalId, online);
      }
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
      if (this.#reachable) this.#markUnreachable();
      else if (!this.#started)
        this.#ctx.log.warn('smartthings unreachable at start; retrying', { err: err.message });
    }
  }

  async #discover(client: SmartThingsClient): Promise<void> {
    const list = await client.listDevices();
    const before = [...this.#known.values()]
      .map((k) => `${k.externalId}:${k.st ? 'live' : 'seed'}`)
      .join(',');
    const seen = new Set<string>();
    for (const st of list) {
      const profile = profileOf(st);
      if (!profile) {
        this.#ctx.log.debug('smartthings device not mapped', { deviceId: st.deviceId, name: st.name });
        continue;
      }
      seen.add(st.deviceId);
      const old = this.#known.get(st.deviceId);
      this.#known.set(st.deviceId, {
        externalId: st.deviceId,
        deviceType: profile.deviceType,
        st,
        profile,
        endpoints: old?.endpoints ?? [],
        online: old?.online ?? false,
        rev: old?.rev ?? 0,
        model: st.name,
      });
    }
    for (const [id, k] of this.#known) if (k.st && !seen.has(id)) this.#known.delete(id);
    this.#discovered = true;
    const after = [...this.#known.values()].map((k) => `${k.externalId}:${k.st ? 'live' : 'seed'}`).join(',');
    if (this.#started && before !== after) this.#ctx.events.devicesChanged();
  }
}

export const createSmartThingsAdapter: AdapterFactory = (ctx) => new SmartThingsAdapter(ctx);
