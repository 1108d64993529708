/**
 * Labelled telemetry for evaluating care: runs the LG simulator's own appliance models
 * (src/simulators/thinq) in simulated time — days in seconds — with normal life (door openings,
 * defrost cycles, sensor noise, a wash a day, the odd error) and injected faults with known start
 * times, and records what the hub would record: each change of a Matter attribute (through the
 * ThinQ adapter's own LG → Matter mapping).
 */
import type { LgProfile, LgState } from '../../src/adapters/thinq/client.js';
import { fridgeMap } from '../../src/adapters/thinq/map-fridge.js';
import { washerMap } from '../../src/adapters/thinq/map-washer.js';
import type { ProductMap } from '../../src/adapters/thinq/product-map.js';
import type { DeviceDescription, Endpoint } from '../../src/model/types.js';
import { Refrigerator } from '../../src/simulators/thinq/fridge.js';
import type { Product } from '../../src/simulators/thinq/product.js';
import { Washer } from '../../src/simulators/thinq/washer.js';
import type { Sample } from '../../src/store/history.js';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const T0 = Date.parse('2026-10-01T00:00:00+09:00');

export type FaultKind =
  | 'door-left-open'
  | 'compressor-failing'
  | 'freezer-warming'
  | 'washer-cycles-longer'
  | 'washer-errors'
  | 'heating-not-reaching'
  | 'sensor-stuck'
  | 'sensor-offline'
  | 'battery-low'
  | 'filter-end';
export const FRIDGE_FAULTS: FaultKind[] = ['door-left-open', 'compressor-failing', 'freezer-warming'];
export const WASHER_FAULTS: FaultKind[] = ['washer-cycles-longer', 'washer-errors'];
/** Generated in generate-home.ts. */
export const HEATING_FAULTS: FaultKind[] = ['heating-not-reaching'];
export const SENSOR_FAULTS: FaultKind[] = ['sensor-stuck', 'sensor-offline', 'battery-low'];
export const PURIFIER_FAULTS: FaultKind[] = ['filter-end'];

export interface Label {
  kind: FaultKind;
  start: number;
  /** A sudden fault that ends (the door closed again); gradual ones last. */
  end?: number;
}

export interface Unit {
  name: string;
  device: DeviceDescription;
  samples: Sample[];
  label: Label | null;
}

/** mulberry32: a small seeded PRNG, so every set is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Records attribute changes of a product's Matter view, as the hub's recorder does. */
class Recorder {
  readonly samples: Sample[] = [];
  readonly #last = new Map<string, number>();
  endpoints: Endpoint[] = [];
  constructor(
    readonly id: string,
    readonly map: ProductMap,
    readonly product: Product,
  ) {}

  record(at: number, noise: (ep: Endpoint, attr: string, v: number) => number = (_e, _a, v) => v): void {
    const eps = this.map.endpoints(this.product.profile() as LgProfile, this.product.state() as LgState);
    this.endpoints = eps;
    for (const e of eps) {
      for (const [cluster, attrs] of Object.entries(e.clusters)) {
        for (const [name, raw] of Object.entries(attrs)) {
          const v0 = typeof raw === 'number' ? raw : typeof raw === 'boolean' ? Number(raw) : null;
          if (v0 === null) continue;
          const attribute = `${cluster}.${name}`;
          const v = noise(e, attribute, v0);
          const k = `${e.id}\u0000${attribute}`;
          if (this.#last.get(k) === v) continue;
          this.#last.set(k, v);
          this.samples.push({ device: this.id, endpoint: e.id, attribute, at, value: v });
        }
      }
    }
  }
}

const describe = (id: string, name: string, endpoints: Endpoint[]): DeviceDescription => ({
  id,
  name,
  aliases: [],
  area: null,
  connection: 'lg',
  online: true,
  deviceType: endpoints[0]?.deviceTypes[0] ?? 'Unknown',
  endpoints,
});

/** `days` of one refrigerator, with `fault` injected at its start (or none). */
export function fridgeUnit(seed: number, days: number, fault: FaultKind | null): Unit {
  const r = rng(seed);
  const p = new Refrigerator({ externalId: `fridge-${seed}`, type: 'refrigerator' });
  const rec = new Recorder(`fridge-${seed}`, fridgeMap, p);
  const end = T0 + days * DAY;
  // Faults start after a fault-free first stretch (2–3 weeks for gradual ones).
  const start =
    T0 +
    Math.floor((fault === 'door-left-open' ? 3 + r() * (days - 5) : 8 + r() * (days - 18)) * DAY + r() * DAY);
  const label: Label | null = fault === null ? null : { kind: fault, start };
  const leftOpenMin = 15 + Math.floor(r() * 60);
  if (label && fault === 'door-left-open') label.end = start + leftOpenMin * MIN;
  const rampDays = 3 + r() * 4;
  const severity = 0.25 + r() * 0.3;
  const defrostPhase = r() * 8 * HOUR;
  // Sensor noise: the compartment probe reads ±0.15 °C around the truth.
  const noise = (_e: Endpoint, a: string, v: number) =>
    a === 'TemperatureMeasurement.MeasuredValue' ? Math.round((v + (r() - 0.5) * 30) / 10) * 10 : v;
  for (let t = T0; t < end; t += MIN) {
    const hourOfDay = ((t - T0) / HOUR) % 24;
    const since = t - start;
    const ramp = since < 0 ? 0 : Math.min(1, since / (rampDays * DAY));
    p.set({
      coolingLoss: fault === 'compressor-failing' ? ramp * severity : 0,
      freezerCoolingLoss: fault === 'freezer-warming' ? ramp * (severity + 0.2) : 0,
      defrost: (t - T0 + defrostPhase) % (8 * HOUR) < 20 * MIN,
    });
    const leftOpen = label?.end !== undefined && t >= start && t < label.end;
    // Daytime: on average 20 openings of 10–60 s between 07:00 and 23:00.
    const opening = !leftOpen && hourOfDay >= 7 && hourOfDay < 23 && r() < 20 / (16 * 60);
    if (leftOpen) {
      p.set({ doorOpen: true });
      p.advance(60);
    } else if (opening) {
      const s = 10 + Math.floor(r() * 50);
      p.set({ doorOpen: true });
      p.advance(s / 2);
      rec.record(t + (s / 2) * 1000, noise);
      p.advance(s / 2);
      p.set({ doorOpen: false });
      p.advance(60 - s);
    } else {
      p.set({ doorOpen: false });
      p.advance(60);
    }
    rec.record(t + MIN, noise);
  }
  return {
    name: `fridge-${seed}`,
    device: describe(rec.id, '냉장고', rec.endpoints),
    samples: rec.samples,
    label,
  };
}

const COURSES = ['STANDARD', 'QUICK_30', 'HEAVY_DUTY', 'DELICATE'];

/** `days` of one washer: about one wash a day. */
export function washerUnit(seed: number, days: number, fault: FaultKind | null): Unit {
  const r = rng(seed);
  const p = new Washer({ externalId: `washer-${seed}`, type: 'washer' });
  const rec = new Recorder(`washer-${seed}`, washerMap, p);
  const start = T0 + Math.floor((6 + r() * (days - 14)) * DAY + r() * DAY);
  const label: Label | null = fault === null ? null : { kind: fault, start };
  const rampDays = 4 + r() * 6;
  for (let day = 0; day < days; day++) {
    if (r() < 0.15) continue; // no wash today
    const t0 = T0 + day * DAY + (8 + r() * 12) * HOUR;
    const since = t0 - start;
    const ramp = since < 0 ? 0 : Math.min(1, since / (rampDays * DAY));
    p.set({
      slowdown: 1 + (fault === 'washer-cycles-longer' ? ramp * (0.35 + r() * 0.3) : 0) + r() * 0.06,
      error: '',
    });
    p.control([
      {
        resource: 'course',
        prop: 'currentCourse',
        value: COURSES[Math.floor(r() * COURSES.length)] as string,
      },
    ]);
    p.control([{ resource: 'operation', prop: 'washerOperationMode', value: 'START' }]);
    rec.record(t0);
    const failAt =
      (fault === 'washer-errors' && since >= 0 && r() < 0.6) || r() < 0.02 ? 0.3 + r() * 0.6 : null;
    let t = t0;
    let minutes = 0;
    while (p.raw().run === 'RUNNING' && minutes < 400) {
      p.advance(60);
      t += MIN;
      minutes++;
      if (failAt !== null && minutes >= failAt * 60) {
        p.set({ error: r() < 0.5 ? 'DRAIN_ERROR' : 'UNBALANCE_ERROR' });
        rec.record(t);
        t += 10 * MIN;
        p.set({ error: '' });
        p.control([{ resource: 'operation', prop: 'washerOperationMode', value: 'STOP' }]);
        break;
      }
      rec.record(t);
    }
    if (p.raw().run === 'END') {
      t += 5 * MIN;
      p.control([{ resource: 'operation', prop: 'washerOperationMode', value: 'STOP' }]);
    }
    rec.record(t);
  }
  return {
    name: `washer-${seed}`,
    device: describe(rec.id, '세탁기', rec.endpoints),
    samples: rec.samples,
    label,
  };
}

export type UnitMaker = (seed: number, days: number, fault: FaultKind | null) => Unit;

/**
 * A labelled set: `perKind` units of each fault kind and as many fault-free ones per kind of
 * device; `more` adds the generators of generate-home.ts (heating zones, climate sensors), and
 * `only` keeps some kinds of device (the others' seeds are skipped, so every unit keeps its seed).
 */
export function generateSet(
  baseSeed: number,
  days: number,
  perKind: number,
  more: Array<[string, FaultKind[], UnitMaker]> = [],
  only?: ReadonlySet<string>,
): Unit[] {
  const units: Unit[] = [];
  let seed = baseSeed;
  const makers: Array<[string, FaultKind[], UnitMaker]> = [
    ['fridge', FRIDGE_FAULTS, fridgeUnit],
    ['washer', WASHER_FAULTS, washerUnit],
    ...more,
  ];
  for (const [device, faults, make] of makers)
    for (const k of [...faults, null])
      for (let i = 0; i < perKind; i++) {
        const s = seed++;
        if (!only || only.has(device)) units.push(make(s, days, k));
      }
  return units;
}
