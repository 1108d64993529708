/**
 * Keeps every attribute change of a home's devices as telemetry history (src/store/history.ts):
 * numbers as they are, booleans as 0/1, the online state as `Device.Online` on endpoint ''. Writes
 * are batched (one store write per `flushMs`, or sooner past `batchSize` points), and the
 * history policy (downsampling, retention, size bound) is applied every `compactMs`.
 */
import type { Bus } from '../bus/types.js';
import type { StatePatch } from '../model/types.js';
import { DEFAULT_HISTORY_POLICY, type HistoryPolicy, type Sample } from '../store/history.js';
import type { Store } from '../store/types.js';
import type { Clock } from '../util/clock.js';
import type { Logger } from '../util/log.js';

export const ONLINE_ATTRIBUTE = 'Device.Online';

export interface RecorderOptions {
  flushMs?: number;
  batchSize?: number;
  compactMs?: number;
  policy?: Partial<HistoryPolicy>;
}

/** `Cluster.Attribute` names, one string each (the start-up baseline makes one point per attribute). */
const NAMES = new Map<string, Map<string, string>>();
function attributeName(cluster: string, name: string): string {
  let byName = NAMES.get(cluster);
  if (!byName) {
    if (NAMES.size >= 1000) return `${cluster}.${name}`;
    byName = new Map();
    NAMES.set(cluster, byName);
  }
  let full = byName.get(name);
  if (full === undefined) {
    full = `${cluster}.${name}`;
    if (byName.size < 1000) byName.set(name, full);
  }
  return full;
}

/** The points of one state change (attributes that are not numbers or booleans are not kept). */
export function samplesOf(device: string, patches: StatePatch[], at: number): Sample[] {
  const out: Sample[] = [];
  for (const p of patches) {
    for (const [name, v] of Object.entries(p.attributes)) {
      const value = typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : null;
      if (value === null || !Number.isFinite(value)) continue;
      out.push({ device, endpoint: p.endpoint, attribute: attributeName(p.cluster, name), at, value });
    }
  }
  return out;
}

export class HistoryRecorder {
  readonly policy: HistoryPolicy;
  readonly #home: string;
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #log: Logger;
  readonly #flushMs: number;
  readonly #batchSize: number;
  readonly #compactMs: number;
  #buffer: Sample[] = [];
  /** Points queued by `addLater` and not yet handed to the store, oldest first. */
  #later: Sample[][] = [];
  #laterTimer: NodeJS.Timeout | null = null;
  #draining = false;
  #timer: NodeJS.Timeout | null = null;
  #compactTimer: NodeJS.Timeout | null = null;
  #writing: Promise<void> = Promise.resolve();
  readonly #owner = {};

  constructor(
    home: string,
    ctx: { store: Store; bus: Bus; clock: Clock; log: Logger },
    opts: RecorderOptions = {},
  ) {
    this.#home = home;
    this.#store = ctx.store;
    this.#clock = ctx.clock;
    this.#log = ctx.log;
    this.#flushMs = opts.flushMs ?? 1000;
    this.#batchSize = opts.batchSize ?? 1000;
    this.#compactMs = opts.compactMs ?? 3_600_000;
    this.policy = { ...DEFAULT_HISTORY_POLICY, ...opts.policy };
    ctx.bus.on(
      'stateChanged',
      (e) => {
        if (e.home === home) this.add(samplesOf(e.device, e.patches, this.#clock.now()));
      },
      this.#owner,
      home,
    );
    ctx.bus.on(
      'onlineChanged',
      (e) => {
        if (e.home !== home) return;
        this.add([
          {
            device: e.device,
            endpoint: '',
            attribute: ONLINE_ATTRIBUTE,
            at: this.#clock.now(),
            value: Number(e.online),
          },
        ]);
      },
      this.#owner,
      home,
    );
    this.#bus = ctx.bus;
    this.#compactTimer = setInterval(() => void this.compact(), this.#compactMs);
    this.#compactTimer.unref();
  }

  readonly #bus: Bus;

  /** Queues points for the next batch. */
  add(samples: Sample[]): void {
    if (samples.length === 0) return;
    this.#buffer.push(...samples);
    if (this.#buffer.length >= this.#batchSize) void this.flush();
    else if (!this.#timer) {
      this.#timer = setTimeout(() => void this.flush(), this.#flushMs);
      this.#timer.unref();
    }
  }

  /**
   * Queues points that may wait (the start-up baseline: a point for every attribute of every
   * device). They are written `flushMs` from now, or at once by `writeLater()`, one batch of
   * `batchSize` points per turn of the event loop so that commands and turns are served between
   * them; any later `flush()` writes what is left first, so they always reach the store before the
   * points queued after them (a later point of the same series and instant replaces them).
   */
  addLater(samples: Sample[]): void {
    for (let i = 0; i < samples.length; i += this.#batchSize)
      this.#later.push(samples.slice(i, i + this.#batchSize));
    if (this.#later.length > 0 && !this.#laterTimer && !this.#draining) {
      this.#laterTimer = setTimeout(() => this.writeLater(), this.#flushMs);
      this.#laterTimer.unref();
    }
  }

  /** Starts writing the points queued by `addLater` now (a batch per turn of the event loop). */
  writeLater(): void {
    if (this.#laterTimer) clearTimeout(this.#laterTimer);
    this.#laterTimer = null;
    if (this.#draining) return;
    this.#draining = true;
    const step = () => {
      const batch = this.#later.shift();
      if (!batch) {
        this.#draining = false;
        return;
      }
      this.#append(batch);
      void this.#writing.then(() => setImmediate(step));
    };
    step();
  }

  /** Writes what is queued; resolves when it (and every earlier batch) is in the store. */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    for (const batch of this.#later.splice(0)) this.#append(batch);
    const batch = this.#buffer.splice(0);
    if (batch.length > 0) this.#append(batch);
    return this.#writing;
  }

  #append(batch: Sample[]): void {
    this.#writing = this.#writing.then(() =>
      this.#store.appendSamples(this.#home, batch).catch((err) => {
        this.#log.warn('could not store telemetry', {
          home: this.#home,
          points: batch.length,
          err: String(err),
        });
      }),
    );
  }

  async compact(): Promise<void> {
    await this.flush();
    await this.#store.compactHistory(this.#home, this.policy, this.#clock.now()).catch((err) => {
      this.#log.warn('could not compact telemetry', { home: this.#home, err: String(err) });
    });
  }

  async stop(): Promise<void> {
    this.#bus.removeOwner(this.#owner);
    if (this.#compactTimer) clearInterval(this.#compactTimer);
    this.#compactTimer = null;
    if (this.#laterTimer) clearTimeout(this.#laterTimer);
    this.#laterTimer = null;
    await this.flush();
  }
}
