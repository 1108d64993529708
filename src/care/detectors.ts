/**
 * The detectors of proactive care. Each reads a window of a home's telemetry history and reports
 * what it sees now (the engine deduplicates, dismisses and closes). Temperatures are Matter's
 * 0.01 °C; evidence is given in people's units (°C, minutes, %).
 */
import type { DeviceDescription, Endpoint } from '../model/types.js';
import { ONLINE_ATTRIBUTE } from './recorder.js';
import { median, type Points, round, sampleEvery, slope, stretches, valueAt } from './series.js';
import type { Detection } from './types.js';

export interface CareWindow {
  now: number;
  devices: DeviceDescription[];
  /** The points of one attribute of one endpoint ('' for the device), sorted by time. */
  points(device: string, endpoint: string, attribute: string): Points;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export const MEASURED = 'TemperatureMeasurement.MeasuredValue';
export const SETPOINT = 'TemperatureControl.TemperatureSetpoint';
export const DOOR = 'RefrigeratorAlarm.State';
export const OPSTATE = 'OperationalState.OperationalState';
export const COUNTDOWN = 'OperationalState.CountdownTime';
export const BATTERY = 'PowerSource.BatPercentRemaining';
export const LOCAL_TEMP = 'Thermostat.LocalTemperature';
export const HEAT_SETPOINT = 'Thermostat.OccupiedHeatingSetpoint';
export const SYSTEM_MODE = 'Thermostat.SystemMode';
export const FILTERS = ['HepaFilterMonitoring.Condition', 'ActivatedCarbonFilterMonitoring.Condition'];
export const SENSED = [
  'TemperatureMeasurement.MeasuredValue',
  'RelativeHumidityMeasurement.MeasuredValue',
  'CarbonDioxideConcentrationMeasurement.MeasuredValue',
  'Pm25ConcentrationMeasurement.MeasuredValue',
];

/** Every attribute some detector reads, and how far back (ms). */
export const NEEDED: Record<string, number> = {
  [MEASURED]: 2 * DAY,
  [SETPOINT]: 2 * DAY,
  [DOOR]: 2 * DAY,
  [OPSTATE]: 14 * DAY,
  [COUNTDOWN]: 14 * DAY,
  [BATTERY]: 14 * DAY,
  [LOCAL_TEMP]: DAY,
  [HEAT_SETPOINT]: DAY,
  [SYSTEM_MODE]: DAY,
  [FILTERS[0] as string]: DAY,
  [FILTERS[1] as string]: DAY,
  'RelativeHumidityMeasurement.MeasuredValue': 7 * DAY,
  'CarbonDioxideConcentrationMeasurement.MeasuredValue': 7 * DAY,
  'Pm25ConcentrationMeasurement.MeasuredValue': 7 * DAY,
  [ONLINE_ATTRIBUTE]: 2 * DAY,
};

/** Tunable thresholds (tuned on the tuning set only; see bench/care). */
export const THRESHOLDS = {
  doorOpenMinutes: 5,
  /** Without a door sensor: a rise this far above setpoint within 30 min (°C). */
  suddenRiseC: 4,
  /** Fridge: mean excess over setpoint with the door shut (and 60 min after), last 24 h (°C). */
  fridgeExcessC: 0.8,
  /** Fridge: median minutes back to within 0.5 °C after the door closed. */
  recoveryMinutes: 40,
  /** Freezer: median excess over setpoint, door shut, last 12 h (°C). */
  freezerExcessC: 2,
  washerRatio: 1.2,
  washerErrors: 2,
  filterPercent: 10,
  heatingGapC: 1.5,
  batteryPercent: 20,
  offlineDrops: 3,
};

const isFridgeCabinet = (e: Endpoint) =>
  e.deviceTypes.includes('TemperatureControlledCabinet') ||
  e.tags.includes('Refrigerator') ||
  e.tags.includes('Freezer');

/** Door-open stretches of a fridge, from its RefrigeratorAlarm bit 0 on any endpoint. */
function doorStretches(w: CareWindow, d: DeviceDescription, from: number): Array<[number, number]> {
  for (const e of d.endpoints) {
    const p = w.points(d.id, e.id, DOOR);
    if (p.length > 0) return stretches(p, from, w.now, (v) => (v & 1) === 1);
  }
  return [];
}

const inAny = (t: number, s: Array<[number, number]>, after = 0) =>
  s.some(([a, b]) => t >= a && t < b + after);

export function fridgeDetections(w: CareWindow, d: DeviceDescription): Detection[] {
  const out: Detection[] = [];
  const doors = doorStretches(w, d, w.now - 2 * DAY);
  for (const e of d.endpoints.filter(isFridgeCabinet)) {
    const temp = w.points(d.id, e.id, MEASURED);
    const sp =
      valueAt(w.points(d.id, e.id, SETPOINT), w.now) ??
      (e.clusters.TemperatureControl?.TemperatureSetpoint as number | undefined);
    if (temp.length === 0 || sp === undefined) continue;
    const freezer = e.tags.includes('Freezer');
    const nowC = (valueAt(temp, w.now) ?? sp) / 100;
    const spC = sp / 100;
    // Door left open: open now for long enough, or (no door sensor) a steep rise.
    const openNow = doors.at(-1);
    if (openNow && openNow[1] >= w.now && w.now - openNow[0] >= THRESHOLDS.doorOpenMinutes * MIN) {
      // One door for the cabinets: told once, on the compartment that warmed most above its setpoint.
      const prev = out.find((x) => x.kind === 'door-left-open');
      if (prev && (prev.evidence.temperatureC as number) - (prev.evidence.setpointC as number) >= nowC - spC)
        continue;
      if (prev) out.splice(out.indexOf(prev), 1);
      out.push({
        deviceId: d.id,
        endpoint: e.id,
        kind: 'door-left-open',
        severity: 'critical',
        since: openNow[0],
        confidence: 0.95,
        evidence: {
          openMinutes: round((w.now - openNow[0]) / MIN, 0),
          temperatureC: round(nowC),
          setpointC: spC,
        },
      });
      continue;
    }
    const ago = valueAt(temp, w.now - 30 * MIN);
    if (
      doors.length === 0 &&
      ago !== undefined &&
      nowC - spC >= THRESHOLDS.suddenRiseC &&
      nowC - ago / 100 >= THRESHOLDS.suddenRiseC / 2
    ) {
      out.push({
        deviceId: d.id,
        endpoint: e.id,
        kind: 'door-left-open',
        severity: 'warning',
        since: w.now - 30 * MIN,
        confidence: 0.6,
        evidence: { temperatureC: round(nowC), setpointC: spC, riseIn30MinC: round(nowC - ago / 100) },
      });
      continue;
    }
    const shut = (t: number) => inAny(t, doors, 60 * MIN);
    const span = freezer ? 12 * HOUR : DAY;
    const vals = sampleEvery(temp, w.now - span, w.now, 5 * MIN, shut).map((v) => v / 100 - spC);
    // At least a quarter of the span must be door-shut (a busy kitchen leaves the nights).
    if (vals.length < (span / (5 * MIN)) * 0.25) continue;
    if (freezer) {
      const m = median(vals) as number;
      if (m >= THRESHOLDS.freezerExcessC)
        out.push({
          deviceId: d.id,
          endpoint: e.id,
          kind: 'freezer-warming',
          severity: m >= 5 ? 'critical' : 'warning',
          since: firstExceeding(temp, w.now - span, w.now, sp + THRESHOLDS.freezerExcessC * 100),
          confidence: Math.min(0.95, 0.5 + m / 10),
          evidence: { medianExcessC: round(m), setpointC: spC, temperatureC: round(nowC) },
        });
      continue;
    }
    const excess = vals.reduce((a, b) => a + b, 0) / vals.length;
    const rec = recoveries(temp, doors, sp);
    const recMed = median(rec);
    if (
      excess >= THRESHOLDS.fridgeExcessC ||
      (recMed !== undefined && rec.length >= 2 && recMed >= THRESHOLDS.recoveryMinutes)
    ) {
      out.push({
        deviceId: d.id,
        endpoint: e.id,
        kind: 'compressor-failing',
        severity: excess >= 2.5 ? 'critical' : 'warning',
        since: firstExceeding(temp, w.now - DAY, w.now, sp + THRESHOLDS.fridgeExcessC * 100),
        confidence: Math.min(0.95, 0.4 + excess / 4 + (recMed ?? 0) / 200),
        evidence: {
          meanExcessC: round(excess),
          setpointC: spC,
          temperatureC: round(nowC),
          ...(recMed !== undefined ? { recoveryMinutes: round(recMed, 0) } : {}),
        },
      });
    }
  }
  return out;
}

/** Minutes from each door closing until the cabinet is back within 0.5 °C of its setpoint. */
function recoveries(temp: Points, doors: Array<[number, number]>, sp: number): number[] {
  const out: number[] = [];
  for (const [, closed] of doors) {
    const back = temp.find((x) => x.at > closed && x.value <= sp + 50);
    if (back) out.push((back.at - closed) / MIN);
  }
  return out;
}

function firstExceeding(p: Points, from: number, to: number, limit: number): number {
  const s = stretches(p, from, to, (v) => v >= limit);
  return s[0]?.[0] ?? from;
}

export function washerDetections(w: CareWindow, d: DeviceDescription): Detection[] {
  const out: Detection[] = [];
  for (const e of d.endpoints) {
    const st = w.points(d.id, e.id, OPSTATE);
    if (st.length === 0) continue;
    const cd = w.points(d.id, e.id, COUNTDOWN);
    const from = w.now - 14 * DAY;
    const cycles: Array<{ start: number; minutes: number; nominal: number }> = [];
    let start: number | null = null;
    let prev: number | undefined;
    const errors: number[] = [];
    for (const x of st) {
      if (x.at < from) {
        prev = x.value;
        continue;
      }
      if (x.value === 1 && prev !== 1 && prev !== 2) start = x.at;
      if (x.value === 3 && prev !== 3) errors.push(x.at);
      if (x.value === 0 && start !== null) {
        const began = start;
        const nominal = (cd.find((c) => c.at >= began && c.value > 0)?.value ?? 0) / 60;
        if (nominal > 0) cycles.push({ start: began, minutes: (x.at - began) / MIN, nominal });
        start = null;
      }
      if (x.value === 3) start = null;
      prev = x.value;
    }
    const last = cycles.slice(-3);
    const ratio = median(last.map((c) => c.minutes / c.nominal));
    if (last.length >= 3 && ratio !== undefined && ratio >= THRESHOLDS.washerRatio) {
      const lc = last.at(-1) as { minutes: number; nominal: number };
      out.push({
        deviceId: d.id,
        endpoint: e.id,
        kind: 'washer-cycles-longer',
        severity: ratio >= 1.5 ? 'critical' : 'warning',
        since: (last[0] as { start: number }).start,
        confidence: Math.min(0.95, 0.3 + ratio - 1),
        evidence: {
          lastCycleMinutes: round(lc.minutes, 0),
          nominalMinutes: round(lc.nominal, 0),
          ratio: round(ratio, 2),
        },
      });
    }
    if (errors.length >= THRESHOLDS.washerErrors) {
      out.push({
        deviceId: d.id,
        endpoint: e.id,
        kind: 'washer-errors',
        severity: errors.length >= 4 ? 'critical' : 'warning',
        since: errors[0] as number,
        confidence: Math.min(0.95, 0.4 + errors.length * 0.15),
        evidence: { errorsIn14Days: errors.length },
      });
    }
  }
  return out;
}

export function deviceDetections(w: CareWindow, d: DeviceDescription): Detection[] {
  const out: Detection[] = [];
  for (const e of d.endpoints) {
    for (const f of FILTERS) {
      const v = valueAt(w.points(d.id, e.id, f), w.now);
      if (v !== undefined && v <= THRESHOLDS.filterPercent)
        out.push({
          deviceId: d.id,
          endpoint: e.id,
          kind: 'filter-end',
          severity: v <= 3 ? 'warning' : 'info',
          since: w.now,
          confidence: 0.9,
          evidence: { filterPercent: v },
        });
    }
    const bat = w.points(d.id, e.id, BATTERY);
    // The median of the last day: a cell's voltage sags for a reading in the cold, then recovers.
    const b = median(sampleEvery(bat, w.now - DAY, w.now, 30 * MIN)) ?? valueAt(bat, w.now);
    if (b !== undefined && b / 2 <= THRESHOLDS.batteryPercent) {
      const s = slope(bat.filter((x) => x.at >= w.now - 14 * DAY));
      const perDay = s === undefined ? 0 : -(s * DAY) / 2;
      out.push({
        deviceId: d.id,
        endpoint: e.id,
        kind: 'battery-low',
        severity: b / 2 <= 5 ? 'critical' : 'warning',
        since: firstExceeding(
          bat.map((x) => ({ at: x.at, value: -x.value })),
          w.now - 14 * DAY,
          w.now,
          -THRESHOLDS.batteryPercent * 2,
        ),
        confidence: 0.9,
        evidence: { batteryPercent: b / 2, ...(perDay > 0 ? { daysLeft: round(b / 2 / perDay, 0) } : {}) },
      });
    }
    const local = w.points(d.id, e.id, LOCAL_TEMP);
    const heatSp =
      valueAt(w.points(d.id, e.id, HEAT_SETPOINT), w.now) ??
      (e.clusters.Thermostat?.OccupiedHeatingSetpoint as number | undefined);
    const mode =
      valueAt(w.points(d.id, e.id, SYSTEM_MODE), w.now) ??
      (e.clusters.Thermostat?.SystemMode as number | undefined);
    if (local.length > 0 && heatSp !== undefined && mode === 4) {
      const vals = sampleEvery(local, w.now - 6 * HOUR, w.now, 10 * MIN);
      const best = Math.max(...vals);
      // Short of the setpoint in force at each moment (a morning's higher setpoint takes time to reach).
      const spPoints = w.points(d.id, e.id, HEAT_SETPOINT);
      let shortfall = Number.POSITIVE_INFINITY;
      for (let t = w.now - 6 * HOUR; t <= w.now; t += 10 * MIN) {
        const l = valueAt(local, t);
        if (l !== undefined) shortfall = Math.min(shortfall, (valueAt(spPoints, t) ?? heatSp) - l);
      }
      if (vals.length >= 30 && shortfall / 100 >= THRESHOLDS.heatingGapC)
        out.push({
          deviceId: d.id,
          endpoint: e.id,
          kind: 'heating-not-reaching',
          severity: 'warning',
          since: w.now - 6 * HOUR,
          confidence: 0.8,
          evidence: { setpointC: heatSp / 100, bestC: round(best / 100), hours: 6 },
        });
    }
    if (!d.endpoints.some(isFridgeCabinet)) out.push(...stuck(w, d, e));
  }
  const online = w.points(d.id, '', ONLINE_ATTRIBUTE);
  const drops = online.filter(
    (x, i) => x.at >= w.now - DAY && x.value === 0 && (i === 0 || online[i - 1]?.value === 1),
  );
  if (drops.length >= THRESHOLDS.offlineDrops)
    out.push({
      deviceId: d.id,
      kind: 'sensor-offline',
      severity: 'warning',
      since: (drops[0] as { at: number }).at,
      confidence: 0.85,
      evidence: { dropsIn24h: drops.length },
    });
  return out;
}

/** A sensor whose reading stopped changing although it changed often before. */
function stuck(w: CareWindow, d: DeviceDescription, e: Endpoint): Detection[] {
  for (const a of SENSED) {
    const p = w.points(d.id, e.id, a).filter((x) => x.at >= w.now - 7 * DAY);
    if (p.length < 20) continue;
    const gaps: number[] = [];
    for (let i = 1; i < p.length; i++)
      gaps.push((p[i] as { at: number }).at - (p[i - 1] as { at: number }).at);
    const typical = median(gaps) as number;
    const lastChange = (p.at(-1) as { at: number }).at;
    const quiet = w.now - lastChange;
    if (quiet >= Math.max(12 * HOUR, 20 * typical))
      return [
        {
          deviceId: d.id,
          endpoint: e.id,
          kind: 'sensor-stuck',
          severity: 'warning',
          since: lastChange,
          confidence: 0.7,
          evidence: {
            hoursUnchanged: round(quiet / HOUR),
            typicalMinutesBetweenChanges: round(typical / MIN),
          },
        },
      ];
  }
  return [];
}

/** Every detector over every device of the window. */
export function detectAll(w: CareWindow): Detection[] {
  return w.devices.flatMap((d) => [
    ...fridgeDetections(w, d),
    ...washerDetections(w, d),
    ...deviceDetections(w, d),
  ]);
}
