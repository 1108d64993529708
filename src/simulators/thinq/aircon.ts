/** A simulated LG air conditioner: power, job mode, target 18–30 °C, wind strength. */
import { enumProp, LgError, numberProp, type Profile, rangeProp, type Write } from './lg.js';
import { approach, Product, type ProductSeed, roundTo } from './product.js';

type AcState = {
  power: boolean;
  targetC: number;
  currentC: number;
  mode: string;
  wind: string;
  /** The room's temperature without the air conditioner. */
  ambientC: number;
};

export const AC_JOB_MODES = ['COOL', 'AIR_DRY', 'FAN', 'AUTO', 'HEAT'];
export const AC_WINDS = ['LOW', 'MID', 'HIGH', 'AUTO'];
/** Job modes in which the unit keeps no target temperature. */
const NO_TARGET_MODES = new Set(['FAN', 'AIR_DRY']);

export class AirConditioner extends Product<AcState> {
  readonly deviceType = 'DEVICE_AIR_CONDITIONER';

  constructor(seed: ProductSeed) {
    super(
      seed,
      { power: false, targetC: 24, currentC: 26, mode: 'COOL', wind: 'AUTO', ambientC: Number.NaN },
      'LG Air Conditioner',
    );
    if (Number.isNaN(this.s.ambientC)) this.s.ambientC = this.s.currentC;
  }

  profile(): Profile {
    return {
      notification: { push: ['WATER_IS_FULL'] },
      property: {
        airConJobMode: { currentJobMode: enumProp(AC_JOB_MODES) },
        operation: { airConOperationMode: enumProp(['POWER_ON', 'POWER_OFF']) },
        temperature: {
          currentTemperature: numberProp(),
          targetTemperature: rangeProp(18, 30, 1),
          unit: enumProp(['C'], false),
        },
        airFlow: { windStrength: enumProp(AC_WINDS) },
      },
    };
  }

  state(): unknown {
    const s = this.s;
    return {
      airConJobMode: { currentJobMode: s.mode },
      operation: { airConOperationMode: s.power ? 'POWER_ON' : 'POWER_OFF' },
      temperature: { currentTemperature: roundTo(s.currentC, 0.5), targetTemperature: s.targetC, unit: 'C' },
      airFlow: { windStrength: s.wind },
    };
  }

  control(writes: Write[]): void {
    // Check everything first: a refused command changes nothing.
    for (const w of writes) {
      if (w.resource === 'airFlow' && !this.s.power && !writes.some(isPowerOn)) {
        throw new LgError('COMMAND_NOT_SUPPORTED_IN_POWER_OFF', 'windStrength');
      }
      const mode =
        (writes.find((x) => x.prop === 'currentJobMode')?.value as string | undefined) ?? this.s.mode;
      if (w.prop === 'targetTemperature' && NO_TARGET_MODES.has(mode)) {
        throw new LgError('COMMAND_NOT_SUPPORTED_IN_MODE', `targetTemperature in ${mode}`);
      }
    }
    for (const w of writes) {
      if (w.prop === 'airConOperationMode') this.s.power = w.value === 'POWER_ON';
      else if (w.prop === 'currentJobMode') this.s.mode = w.value as string;
      else if (w.prop === 'targetTemperature') this.s.targetC = w.value as number;
      else if (w.prop === 'windStrength') this.s.wind = w.value as string;
      else throw new LgError('NOT_PROVIDED_FEATURE', `${w.resource}.${w.prop}`);
    }
  }

  advance(seconds: number): void {
    const s = this.s;
    let target = s.ambientC;
    if (s.power && s.mode === 'COOL') target = Math.min(s.targetC, s.ambientC);
    else if (s.power && s.mode === 'HEAT') target = Math.max(s.targetC, s.ambientC);
    else if (s.power && s.mode === 'AUTO') target = s.targetC;
    s.currentC = approach(s.currentC, target, seconds, s.power ? 600 : 1800);
  }
}

const isPowerOn = (w: Write): boolean => w.prop === 'airConOperationMode' && w.value === 'POWER_ON';
