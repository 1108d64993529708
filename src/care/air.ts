/**
 * Clean air per room: CO₂ (and PM2.5 where measured) → ventilation advice, and an estimate of the
 * airborne-infection risk from CO₂ (the rebreathed fraction, Rudnick & Milton 2003, in the
 * Wells–Riley equation). The estimate is a model under stated assumptions, not a medical claim.
 * Pure: it reads the devices' current state only.
 */
import type { DeviceDescription } from '../model/types.js';
import { say } from './catalog.js';

const CO2 = 'CarbonDioxideConcentrationMeasurement';
const PM25 = 'Pm25ConcentrationMeasurement';

export type AirLevel = 'good' | 'ventilate' | 'ventilate-now';

/** CO₂ thresholds, ppm: above the first ventilate, above the second at once. */
export const CO2_LIMITS = { ventilate: 1000, now: 1500 };
/** PM2.5 above this (µg/m³, Korea's "나쁨" from 36) asks for the purifier. */
export const PM25_LIMIT = 35;

export interface RiskAssumptions {
  model: string;
  /** Outdoor CO₂, ppm (the air that ventilates the room). */
  outdoorCo2Ppm: number;
  /** CO₂ added to exhaled breath, ppm (Rudnick & Milton's Ca = 0.038). */
  exhaledCo2Ppm: number;
  /** People in the room (the sensor does not count them: assumed). */
  occupants: number;
  /** Of whom infectious. */
  infectors: number;
  /** Quanta an infector emits per hour (a common respiratory infection; measles would be far more). */
  quantaPerHour: number;
  /** Time spent in the room at this CO₂ level, hours. */
  hours: number;
  note: string;
}

export const DEFAULT_ASSUMPTIONS: RiskAssumptions = {
  model:
    'Wells–Riley with the rebreathed fraction from CO₂ (Rudnick & Milton 2003): P = 1 − exp(−f·I·q·t/n), f = (C − C₀)/Cₐ',
  outdoorCo2Ppm: 420,
  exhaledCo2Ppm: 38_000,
  occupants: 2,
  infectors: 1,
  quantaPerHour: 10,
  hours: 1,
  note: 'An estimate of the chance that one person in the room is infected if one infectious person is present, under these assumptions; not a medical assessment.',
};

export interface RoomAir {
  area: string;
  areaName: string;
  device: string;
  co2: number;
  pm25?: number;
  level: AirLevel;
  ventilationAdvice: string;
  infectionRisk: { value: number; rebreathedFraction: number; assumptions: RiskAssumptions };
}

/** The rebreathed fraction and the Wells–Riley probability at `co2` ppm. */
export function infectionRisk(
  co2: number,
  a: RiskAssumptions = DEFAULT_ASSUMPTIONS,
): { value: number; rebreathedFraction: number } {
  const f = Math.max(0, (co2 - a.outdoorCo2Ppm) / a.exhaledCo2Ppm);
  const p = 1 - Math.exp((-f * a.infectors * a.quantaPerHour * a.hours) / Math.max(1, a.occupants));
  return { value: Math.round(p * 10_000) / 10_000, rebreathedFraction: Math.round(f * 100_000) / 100_000 };
}

export const levelOf = (co2: number): AirLevel =>
  co2 > CO2_LIMITS.now ? 'ventilate-now' : co2 > CO2_LIMITS.ventilate ? 'ventilate' : 'good';

const reading = (d: DeviceDescription, cluster: string): number | undefined => {
  for (const e of d.endpoints) {
    const v = e.clusters[cluster]?.MeasuredValue;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return undefined;
};

/** The advice words for a level (and PM2.5). */
export function adviceFor(level: AirLevel, pm25?: number): string {
  const parts = [
    say(level === 'good' ? 'air.good' : level === 'ventilate' ? 'air.ventilate' : 'air.ventilate.now'),
  ];
  if (pm25 !== undefined && pm25 > PM25_LIMIT) parts.push(say('air.purify', { pm25: Math.round(pm25) }));
  return parts.join(' ');
}

/** Every room with a CO₂ sensor (online), highest reading if several. */
export function roomsAir(
  areas: ReadonlyArray<{ id: string; name: string }>,
  devices: ReadonlyArray<DeviceDescription>,
  assumptions: RiskAssumptions = DEFAULT_ASSUMPTIONS,
): RoomAir[] {
  const out: RoomAir[] = [];
  for (const a of areas) {
    const here = devices.filter((d) => d.area === a.id && d.online);
    let best: { device: string; co2: number } | undefined;
    for (const d of here) {
      const v = reading(d, CO2);
      if (v !== undefined && (!best || v > best.co2)) best = { device: d.id, co2: v };
    }
    if (!best) continue;
    const pms = here.map((d) => reading(d, PM25)).filter((v): v is number => v !== undefined);
    const pm25 = pms.length > 0 ? Math.max(...pms) : undefined;
    const level = levelOf(best.co2);
    out.push({
      area: a.id,
      areaName: a.name,
      device: best.device,
      co2: best.co2,
      ...(pm25 !== undefined ? { pm25 } : {}),
      level,
      ventilationAdvice: adviceFor(level, pm25),
      infectionRisk: { ...infectionRisk(best.co2, assumptions), assumptions },
    });
  }
  return out;
}
