/** A simulated LG refrigerator: fridge 1–7 °C, freezer −23 to −15 °C, express cool, door. */
import { boolProp, enumProp, LgError, numberProp, type Profile, rangeProp, type Write } from './lg.js';
import { approach, Product, type ProductSeed, roundTo } from './product.js';

type FridgeState = {
  fridgeC: number;
  freezerC: number;
  expressMode: boolean;
  rapidFreeze: boolean;
  doorOpen: boolean;
  /** Measured compartment temperatures; they drift toward the setpoints. */
  fridgeCurrentC: number;
  freezerCurrentC: number;
  /**
   * Fault injection (test surface `/__sim/devices/{id}/state`): the share of the compressor's
   * cooling lost (0 healthy, 1 none; a failing compressor or a blocked vent), and whether the
   * freezer's automatic defrost heater runs now.
   */
  coolingLoss: number;
  freezerCoolingLoss: number;
  defrost: boolean;
};

/** The kitchen around the appliance, °C. */
const AMBIENT_C = 24;

export const FRIDGE_RANGE = { min: 1, max: 7, step: 1 };
export const FREEZER_RANGE = { min: -23, max: -15, step: 1 };

export class Refrigerator extends Product<FridgeState> {
  readonly deviceType = 'DEVICE_REFRIGERATOR';

  constructor(seed: ProductSeed) {
    super(
      seed,
      {
        fridgeC: 3,
        freezerC: -18,
        expressMode: false,
        rapidFreeze: false,
        doorOpen: false,
        fridgeCurrentC: Number.NaN,
        freezerCurrentC: Number.NaN,
        coolingLoss: 0,
        freezerCoolingLoss: 0,
        defrost: false,
      },
      'LG Refrigerator',
    );
    if (Number.isNaN(this.s.fridgeCurrentC)) this.s.fridgeCurrentC = this.s.fridgeC;
    if (Number.isNaN(this.s.freezerCurrentC)) this.s.freezerCurrentC = this.s.freezerC;
  }

  profile(): Profile {
    const cabinet = (locationName: string, r: typeof FRIDGE_RANGE) => ({
      locationName,
      targetTemperatureC: rangeProp(r.min, r.max, r.step),
      currentTemperatureC: numberProp(),
      unit: 'C',
    });
    return {
      notification: { push: ['DOOR_IS_OPEN', 'TEMPERATURE_IS_HIGH'] },
      property: {
        doorStatus: [{ locationName: 'MAIN', doorState: enumProp(['OPEN', 'CLOSE'], false) }],
        temperatureInUnits: [cabinet('FRIDGE', FRIDGE_RANGE), cabinet('FREEZER', FREEZER_RANGE)],
        refrigeration: { expressMode: boolProp(), rapidFreeze: boolProp() },
      },
    };
  }

  state(): unknown {
    const s = this.s;
    return {
      doorStatus: [{ locationName: 'MAIN', doorState: s.doorOpen ? 'OPEN' : 'CLOSE' }],
      temperatureInUnits: [
        {
          locationName: 'FRIDGE',
          targetTemperatureC: s.fridgeC,
          currentTemperatureC: roundTo(s.fridgeCurrentC, 0.1),
          unit: 'C',
        },
        {
          locationName: 'FREEZER',
          targetTemperatureC: s.freezerC,
          currentTemperatureC: roundTo(s.freezerCurrentC, 0.1),
          unit: 'C',
        },
      ],
      refrigeration: { expressMode: s.expressMode, rapidFreeze: s.rapidFreeze },
    };
  }

  control(writes: Write[]): void {
    for (const w of writes) {
      if (w.resource === 'temperatureInUnits' && w.prop === 'targetTemperatureC') {
        if (w.location === 'FRIDGE') this.s.fridgeC = w.value as number;
        else if (w.location === 'FREEZER') this.s.freezerC = w.value as number;
      } else if (w.resource === 'refrigeration' && w.prop === 'expressMode') {
        this.s.expressMode = w.value as boolean;
      } else if (w.resource === 'refrigeration' && w.prop === 'rapidFreeze') {
        this.s.rapidFreeze = w.value as boolean;
      } else {
        throw new LgError('NOT_PROVIDED_FEATURE', `${w.resource}.${w.prop}`);
      }
    }
  }

  advance(seconds: number): void {
    const s = this.s;
    // A lost share of cooling moves the closed cabinet's balance toward the kitchen and slows recovery.
    const loss = Math.min(1, Math.max(0, s.coolingLoss));
    const fLoss = Math.min(1, Math.max(0, s.freezerCoolingLoss));
    const cooled = s.expressMode ? Math.max(0, s.fridgeC - 3) : s.fridgeC;
    const fridgeTarget = s.doorOpen ? 12 : cooled + loss * 0.6 * (AMBIENT_C - cooled);
    const frozen = s.rapidFreeze ? s.freezerC - 5 : s.freezerC;
    const freezerTarget = s.doorOpen
      ? -5
      : s.defrost
        ? frozen + 10
        : frozen + fLoss * 0.6 * (AMBIENT_C - frozen);
    const tau = (s.expressMode ? 300 : 900) * (1 + 4 * loss);
    s.fridgeCurrentC = approach(s.fridgeCurrentC, fridgeTarget, seconds, s.doorOpen ? 600 : tau);
    s.freezerCurrentC = approach(
      s.freezerCurrentC,
      freezerTarget,
      seconds,
      s.doorOpen ? 2400 : s.defrost ? 900 : 1200 * (1 + 4 * fLoss),
    );
  }
}
