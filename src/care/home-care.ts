/**
 * The care of one home: its telemetry recorder, its findings engine (evaluated every `evaluateMs`
 * on the store's history), the rooms' air (published on the bus when a reading changes), and the
 * proactive announcements of new findings on the household's chosen satellite outside quiet hours.
 */
import type { Bus } from '../bus/types.js';
import type { DeviceDescription } from '../model/types.js';
import type { Sample } from '../store/history.js';
import type { Store } from '../store/types.js';
import type { Clock } from '../util/clock.js';
import type { Logger } from '../util/log.js';
import { roomsAir } from './air.js';
import { say } from './catalog.js';
import { type CareWindow, NEEDED } from './detectors.js';
import { CareEngine } from './engine.js';
import { HistoryRecorder, ONLINE_ATTRIBUTE, samplesOf } from './recorder.js';
import type { Points } from './series.js';
import type { CareHome, Finding } from './types.js';

export interface HomeCareOptions {
  flushMs?: number;
  evaluateMs?: number;
}

/** A device's whole current state as points (and its online state), appended to `out`. */
function baselineOf(d: DeviceDescription, at: number, out: Sample[] = []): Sample[] {
  for (const e of d.endpoints) {
    for (const cluster in e.clusters) {
      const attributes = e.clusters[cluster];
      if (attributes)
        for (const x of samplesOf(d.id, [{ endpoint: e.id, cluster, attributes }], at)) out.push(x);
    }
  }
  out.push({ device: d.id, endpoint: '', attribute: ONLINE_ATTRIBUTE, at, value: Number(d.online) });
  return out;
}

type Ctx = { store: Store; bus: Bus; clock: Clock; log: Logger };

/** Whether local time `hhmm` is within [from, to) (wrapping midnight). */
export function inQuietHours(hhmm: string, q: { from: string; to: string } | null): boolean {
  if (!q) return false;
  return q.from <= q.to ? hhmm >= q.from && hhmm < q.to : hhmm >= q.from || hhmm < q.to;
}

const localHhmm = (now: number, timeZone: string): string => {
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(now);
  } catch {
    return new Date(now).toISOString().slice(11, 16);
  }
};

export class HomeCare {
  readonly home: CareHome;
  readonly recorder: HistoryRecorder;
  readonly engine: CareEngine;
  readonly #ctx: Ctx;
  readonly #evaluateMs: number;
  readonly #owner = {};
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<unknown> = Promise.resolve();
  /** Findings waiting for the end of quiet hours. */
  #toAnnounce: Finding[] = [];
  /** What was announced (the latest first), for the dashboard and tests. */
  readonly announced: Array<{
    at: number;
    satellite: string;
    assistant: string | null;
    text: string;
    finding: string;
  }> = [];

  constructor(handle: { runtime: CareHome }, ctx: Ctx, opts: HomeCareOptions = {}) {
    this.home = handle.runtime;
    this.#ctx = ctx;
    this.#evaluateMs = opts.evaluateMs ?? 5 * 60_000;
    const policy = this.home.file.care?.history;
    this.recorder = new HistoryRecorder(this.home.id, ctx, {
      ...(opts.flushMs !== undefined ? { flushMs: opts.flushMs } : {}),
      ...(policy ? { policy } : {}),
    });
    this.engine = new CareEngine(this.home, ctx);
  }

  async start(): Promise<void> {
    await this.engine.load();
    this.home.careFindings = () => this.engine.list();
    // Each series starts with the state care found (later points are the changes). Taken now,
    // written after the start (`addLater`): at 10,000 devices writing it was ~15 % of a start.
    const now = this.#ctx.clock.now();
    const baseline: Sample[] = [];
    for (const d of this.home.devices()) baselineOf(d, now, baseline);
    this.recorder.addLater(baseline);
    this.#ctx.bus.on(
      'deviceAdded',
      (e) => {
        if (e.home === this.home.id) this.recorder.add(baselineOf(e.device, this.#ctx.clock.now()));
      },
      this.#owner,
      this.home.id,
    );
    this.#ctx.bus.on(
      'stateChanged',
      (e) => {
        if (e.home !== this.home.id) return;
        if (
          !e.patches.some(
            (p) =>
              p.cluster === 'CarbonDioxideConcentrationMeasurement' ||
              p.cluster === 'Pm25ConcentrationMeasurement',
          )
        )
          return;
        const d = this.home.device(e.device);
        for (const r of this.air().filter((x) => x.area === d?.area)) {
          this.#ctx.bus.emit('airChanged', {
            home: this.home.id,
            area: r.area,
            device: r.device,
            co2: r.co2,
            ...(r.pm25 !== undefined ? { pm25: r.pm25 } : {}),
            level: r.level,
          });
        }
      },
      this.#owner,
      this.home.id,
    );
    this.#ctx.bus.on(
      'careFinding',
      (e) => {
        if (e.home === this.home.id && e.finding.state === 'open' && e.finding.severity !== 'info') {
          this.#toAnnounce.push(e.finding);
          this.#announce();
        }
      },
      this.#owner,
      this.home.id,
    );
    this.#timer = setInterval(() => void this.evaluate(), this.#evaluateMs);
    this.#timer.unref();
  }

  /** The rooms' air now. */
  air() {
    return roomsAir(this.home.file.areas, this.home.devices());
  }

  /** Reads the history window of every device and runs the detectors once. */
  evaluate(): Promise<Finding[]> {
    const run = this.#running.then(async () => {
      await this.recorder.flush();
      const now = this.#ctx.clock.now();
      const w = await this.#window(now);
      const changed = await this.engine.evaluate(w);
      this.#announce();
      return changed;
    });
    this.#running = run.catch((err) =>
      this.#ctx.log.warn('care evaluation failed', { home: this.home.id, err: String(err) }),
    );
    return run;
  }

  async #window(now: number): Promise<CareWindow> {
    const series = new Map<string, Points>();
    const devices = this.home.devices();
    for (const d of devices) {
      const clusters = new Set(d.endpoints.flatMap((e) => Object.keys(e.clusters)));
      for (const [attribute, span] of Object.entries(NEEDED)) {
        if (attribute !== ONLINE_ATTRIBUTE && !clusters.has(attribute.split('.')[0] as string)) continue;
        const found = await this.#ctx.store.querySamples(this.home.id, {
          device: d.id,
          attribute,
          from: now - span,
          to: now + 1,
          limit: 200_000,
        });
        for (const s of found) series.set(`${d.id}\u0000${s.endpoint}\u0000${attribute}`, s.points);
      }
    }
    return {
      now,
      devices,
      points: (device, endpoint, attribute) =>
        series.get(`${device}\u0000${endpoint}\u0000${attribute}`) ?? [],
    };
  }

  #announce(): void {
    const care = this.home.file.care;
    if (!care?.satellite || !care.speak || this.#toAnnounce.length === 0) return;
    const now = this.#ctx.clock.now();
    if (inQuietHours(localHhmm(now, this.home.file.home.timezone), care.quietHours)) return;
    for (const f of this.#toAnnounce.splice(0)) {
      const current = this.engine.get(f.id);
      if (current?.state !== 'open') continue;
      const text = say('proactive', { advice: current.advice });
      const a = {
        at: now,
        satellite: care.satellite,
        assistant: care.assistant ?? null,
        text,
        finding: f.id,
      };
      this.announced.unshift(a);
      this.announced.length = Math.min(this.announced.length, 50);
      this.#ctx.bus.emit('careAnnounced', { home: this.home.id, ...a });
    }
  }

  async stop(): Promise<void> {
    this.#ctx.bus.removeOwner(this.#owner);
    this.home.careFindings = null;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running;
    await this.recorder.stop();
  }
}
