/**
 * Evaluates care's detectors against a simple threshold baseline on labelled telemetry
 * (generate.ts): precision, recall and detection delay per fault kind. The detectors' thresholds
 * were tuned on the tuning set (seeds from 1); the table is computed on the held-out set (seeds
 * from 10 000), which was never used for tuning.
 *
 *   npm run build && node dist/bench/care/evaluate.js [--days 30] [--per-kind 8] [--set tune|test]
 */
import { writeFileSync } from 'node:fs';
import {
  BATTERY,
  type CareWindow,
  detectAll,
  HEAT_SETPOINT,
  LOCAL_TEMP,
  MEASURED,
  NEEDED,
  SENSED,
  SETPOINT,
  SYSTEM_MODE,
} from '../../src/care/detectors.js';
import { ONLINE_ATTRIBUTE } from '../../src/care/recorder.js';
import type { Points } from '../../src/care/series.js';
import { valueAt } from '../../src/care/series.js';
import {
  DAY,
  type FaultKind,
  FRIDGE_FAULTS,
  generateSet,
  HEATING_FAULTS,
  HOUR,
  MIN,
  PURIFIER_FAULTS,
  SENSOR_FAULTS,
  T0,
  type Unit,
  WASHER_FAULTS,
} from './generate.js';
import { climateSensorUnit, heatingUnit, purifierUnit } from './generate-home.js';

const KINDS: FaultKind[] = [
  ...FRIDGE_FAULTS,
  ...WASHER_FAULTS,
  ...HEATING_FAULTS,
  ...SENSOR_FAULTS,
  ...PURIFIER_FAULTS,
];
const EVERY = 10 * MIN;

/** A window over one unit's samples, cut at `now` by binary search. */
function windowOf(u: Unit): (now: number) => CareWindow {
  const series = new Map<string, Array<{ at: number; value: number }>>();
  for (const s of u.samples) {
    const k = `${s.endpoint}\u0000${s.attribute}`;
    const l = series.get(k) ?? [];
    if (l.length === 0) series.set(k, l);
    l.push({ at: s.at, value: s.value });
  }
  return (now) => ({
    now,
    devices: [u.device],
    points(_d, endpoint, attribute): Points {
      const l = series.get(`${endpoint}\u0000${attribute}`);
      if (!l) return [];
      let lo = 0;
      let hi = l.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if ((l[m] as { at: number }).at <= now) lo = m + 1;
        else hi = m;
      }
      let from = 0;
      let h2 = lo;
      const start = now - (NEEDED[attribute] ?? 14 * DAY);
      while (from < h2) {
        const m = (from + h2) >> 1;
        if ((l[m] as { at: number }).at < start) from = m + 1;
        else h2 = m;
      }
      // Keep the last point before the window: it holds at its start.
      return l.slice(Math.max(0, from - 1), lo);
    },
  });
}

type Detector = (w: CareWindow) => FaultKind[];

const careDetector: Detector = (w) => detectAll(w).map((x) => x.kind as FaultKind);

/** The baseline: one reading past a fixed threshold (what a simple alarm does). */
const baseline: Detector = (w) => {
  const out: FaultKind[] = [];
  const d = w.devices[0];
  if (!d) return out;
  for (const e of d.endpoints) {
    const t = valueAt(w.points(d.id, e.id, MEASURED), w.now);
    const sp = valueAt(w.points(d.id, e.id, SETPOINT), w.now);
    if (t !== undefined && sp !== undefined) {
      const ex = (t - sp) / 100;
      if (e.tags.includes('Refrigerator')) {
        if (ex >= 4) out.push('door-left-open');
        if (ex >= 2) out.push('compressor-failing');
      }
      if (e.tags.includes('Freezer') && ex >= 4) out.push('freezer-warming');
    }
    const st = w.points(d.id, e.id, 'OperationalState.OperationalState');
    const cd = w.points(d.id, e.id, 'OperationalState.CountdownTime');
    if (st.length > 0) {
      if (st.some((x) => x.value === 3 && x.at >= w.now - 14 * DAY)) out.push('washer-errors');
      const runs = st.filter((x) => x.value === 1);
      const lastStart = runs.at(-1)?.at;
      const lastEnd = st.at(-1);
      const nominal =
        lastStart === undefined ? undefined : cd.find((c) => c.at >= lastStart && c.value > 0)?.value;
      if (
        lastStart !== undefined &&
        nominal &&
        lastEnd &&
        lastEnd.value === 0 &&
        (lastEnd.at - lastStart) / 1000 > 1.2 * nominal
      )
        out.push('washer-cycles-longer');
    }
    // Heating: one reading 1.5 °C below the setpoint while heating.
    const local = valueAt(w.points(d.id, e.id, LOCAL_TEMP), w.now);
    const heatSp = valueAt(w.points(d.id, e.id, HEAT_SETPOINT), w.now);
    const mode = valueAt(w.points(d.id, e.id, SYSTEM_MODE), w.now);
    if (local !== undefined && heatSp !== undefined && mode === 4 && heatSp - local >= 150)
      out.push('heating-not-reaching');
    // A sensor: no reading changed for 6 hours.
    const lasts = SENSED.map((a) => w.points(d.id, e.id, a).at(-1)?.at).filter((x) => x !== undefined);
    if (lasts.length > 0 && w.now - Math.max(...lasts) >= 6 * HOUR) out.push('sensor-stuck');
    // A filter: one reading at 10 % or less (the same threshold: the data is the vendor's own count).
    const filter = valueAt(w.points(d.id, e.id, 'HepaFilterMonitoring.Condition'), w.now);
    if (filter !== undefined && filter <= 10) out.push('filter-end');
    // A battery: one reading at 20 % or less.
    const b = valueAt(w.points(d.id, e.id, BATTERY), w.now);
    if (b !== undefined && b / 2 <= 20) out.push('battery-low');
  }
  // The link: any drop in the last 24 hours.
  const online = w.points(d.id, '', ONLINE_ATTRIBUTE);
  if (online.some((x, i) => x.at >= w.now - DAY && x.value === 0 && online[i - 1]?.value === 1))
    out.push('sensor-offline');
  return out;
};

interface Outcome {
  tp: number;
  fp: number;
  fn: number;
  delays: number[];
}

function evaluate(units: Unit[], detector: Detector, days: number): Record<FaultKind, Outcome> {
  const res = Object.fromEntries(
    KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, delays: [] as number[] }]),
  ) as Record<FaultKind, Outcome>;
  for (const u of units) {
    const win = windowOf(u);
    const first = new Map<FaultKind, number>();
    const falseAlarm = new Set<FaultKind>();
    for (let now = T0 + DAY; now <= T0 + days * DAY; now += EVERY) {
      for (const k of new Set(detector(win(now)))) {
        const l = u.label;
        const right = l && l.kind === k && now >= l.start && (l.end === undefined || now <= l.end + HOUR);
        if (right) {
          if (!first.has(k)) first.set(k, now);
        } else if (!(l && l.kind === k && l.end !== undefined && now > l.end)) falseAlarm.add(k);
      }
    }
    for (const k of KINDS) {
      const o = res[k];
      if (u.label?.kind === k) {
        const t = first.get(k);
        if (t !== undefined) {
          o.tp++;
          o.delays.push(t - u.label.start);
        } else o.fn++;
      }
      if (falseAlarm.has(k)) o.fp++;
    }
  }
  return res;
}

const fmtDelay = (ms: number[]): string => {
  if (ms.length === 0) return '–';
  const s = [...ms].sort((a, b) => a - b);
  const med = s[s.length >> 1] as number;
  return med >= DAY
    ? `${(med / DAY).toFixed(1)} d`
    : med >= HOUR
      ? `${(med / HOUR).toFixed(1)} h`
      : `${Math.round(med / MIN)} min`;
};
const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);

function main(): void {
  const arg = (name: string, dflt: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? (process.argv[i + 1] ?? dflt) : dflt;
  };
  const days = Number(arg('days', '30'));
  const perKind = Number(arg('per-kind', '8'));
  const set = arg('set', 'test');
  const t0 = performance.now();
  // --devices: which kinds of device (all by default); every unit keeps its seed whatever the others.
  const devices = new Set(arg('devices', 'fridge,washer,heating,sensor,purifier').split(','));
  const units = generateSet(
    set === 'tune' ? 1 : 10_000,
    days,
    perKind,
    [
      ['heating', HEATING_FAULTS, heatingUnit],
      ['sensor', SENSOR_FAULTS, climateSensorUnit],
      ['purifier', PURIFIER_FAULTS, purifierUnit],
    ],
    devices,
  );
  const genMs = performance.now() - t0;
  const points = units.reduce((a, u) => a + u.samples.length, 0);
  const care = evaluate(units, careDetector, days);
  const base = evaluate(units, baseline, days);
  const lines = [
    `Care detection on the ${set === 'tune' ? 'tuning' : 'held-out'} set: ${units.length} units × ${days} simulated days (${perKind} per fault kind and ${perKind} fault-free ones per kind of device: refrigerators, washers, heating zones, climate sensors, air purifiers), ${points} recorded points, generated in ${(genMs / 1000).toFixed(1)} s; evaluated every ${EVERY / MIN} simulated minutes.`,
    '',
    '| fault | units | care precision | care recall | care delay (median) | baseline precision | baseline recall | baseline delay |',
    '|---|---|---|---|---|---|---|---|',
    ...KINDS.filter((k) => care[k].tp + care[k].fn > 0).map((k) => {
      const c = care[k];
      const b = base[k];
      return `| ${k} | ${c.tp + c.fn} | ${pct(c.tp, c.tp + c.fp)} | ${pct(c.tp, c.tp + c.fn)} | ${fmtDelay(c.delays)} | ${pct(b.tp, b.tp + b.fp)} | ${pct(b.tp, b.tp + b.fn)} | ${fmtDelay(b.delays)} |`;
    }),
  ];
  const text = lines.join('\n');
  console.log(text);
  const out = arg('out', '');
  if (out) writeFileSync(out, `${text}\n`);
}

main();
