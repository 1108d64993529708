/** A simulated LG air purifier: power, wind strength, and PM that falls while it runs. */
import { enumProp, LgError, numberProp, type Profile, type Write } from './lg.js';
import { approach, Product, type ProductSeed } from './product.js';

type PurifierState = {
  power: boolean;
  wind: string;
  /** PM2.5, µg/m³. */
  pm25: number;
  /** The room's PM2.5 without the purifier. */
  ambientPm25: number;
  /** The filter's remaining life, %; it wears while the purifier runs (LG's `filterInfo`). */
  filterRemainPercent: number;
  /**
   * Fault injection (test surface `/__sim/devices/{id}/state`): how much faster than a normal room
   * the filter clogs (1 normal; a dusty room or a renovation next door, 5–10).
   */
  filterWear: number;
};

/** Running hours of a filter's life in a normal room. */
export const FILTER_LIFE_HOURS = 4000;

export const PURIFIER_WINDS = ['LOW', 'MID', 'HIGH', 'AUTO'];
/** Wind → [cleanest PM2.5 reached, time constant in s]. */
const CLEANING: Record<string, [number, number]> = {
  LOW: [6, 1200],
  MID: [4, 600],
  HIGH: [2, 300],
  AUTO: [4, 600],
};

export class AirPurifier extends Product<PurifierState> {
  readonly deviceType = 'DEVICE_AIR_PURIFIER';

  constructor(seed: ProductSeed) {
    super(
      seed,
      {
        power: false,
        wind: 'AUTO',
        pm25: 12,
        ambientPm25: Number.NaN,
        filterRemainPercent: 100,
        filterWear: 1,
      },
      'LG Air Purifier',
    );
    if (Number.isNaN(this.s.ambientPm25)) this.s.ambientPm25 = this.s.pm25;
  }

  profile(): Profile {
    return {
      notification: { push: ['POLLUTION_IS_HIGH'] },
      property: {
        airPurifierJobMode: { currentJobMode: enumProp(['CLEAN'], false) },
        operation: { airPurifierOperationMode: enumProp(['POWER_ON', 'POWER_OFF']) },
        airFlow: { windStrength: enumProp(PURIFIER_WINDS) },
        airQualitySensor: { PM1: numberProp(), PM2: numberProp(), PM10: numberProp() },
        filterInfo: { filterRemainPercent: numberProp() },
      },
    };
  }

  state(): unknown {
    const s = this.s;
    const pm = Math.round(s.pm25);
    return {
      airPurifierJobMode: { currentJobMode: 'CLEAN' },
      operation: { airPurifierOperationMode: s.power ? 'POWER_ON' : 'POWER_OFF' },
      airFlow: { windStrength: s.wind },
      airQualitySensor: { PM1: Math.round(pm * 0.7), PM2: pm, PM10: Math.round(pm * 1.6) },
      filterInfo: { filterRemainPercent: Math.max(0, Math.floor(s.filterRemainPercent)) },
    };
  }

  control(writes: Write[]): void {
    const powerOn = writes.some((w) => w.prop === 'airPurifierOperationMode' && w.value === 'POWER_ON');
    if (!this.s.power && !powerOn && writes.some((w) => w.prop === 'windStrength')) {
      throw new LgError('COMMAND_NOT_SUPPORTED_IN_POWER_OFF', 'windStrength');
    }
    for (const w of writes) {
      if (w.prop === 'airPurifierOperationMode') this.s.power = w.value === 'POWER_ON';
      else if (w.prop === 'windStrength') this.s.wind = w.value as string;
      else throw new LgError('NOT_PROVIDED_FEATURE', `${w.resource}.${w.prop}`);
    }
  }

  advance(seconds: number): void {
    const s = this.s;
    const [floor, tau] = CLEANING[s.wind] ?? [4, 600];
    if (s.power)
      s.filterRemainPercent = Math.max(
        0,
        s.filterRemainPercent - ((seconds / 3600) * 100 * Math.max(0, s.filterWear)) / FILTER_LIFE_HOURS,
      );
    s.pm25 = s.power
      ? approach(s.pm25, Math.min(floor, s.ambientPm25), seconds, tau)
      : approach(s.pm25, s.ambientPm25, seconds, 3600);
  }
}
