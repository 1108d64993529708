/**
 * LG air conditioner → Matter RoomAirConditioner (OnOff, Thermostat, FanControl) and LG air
 * purifier → Matter AirPurifier (OnOff, FanControl, Pm25ConcentrationMeasurement).
 */
import { airPurifier, roomAirConditioner } from '../../model/devices.js';
import type { CommandRequest, Endpoint } from '../../model/types.js';
import type { LgControl, LgPropertySet } from './client.js';
import { centi, enumOf, numberValue, propDef, rangeOf, unitProfile, unitState, value } from './lg-read.js';
import { attr, outOfRange, type ProductMap, unsupported } from './product-map.js';

/** LG job mode → Thermostat SystemMode. */
const JOB_TO_SYSTEM: Record<string, number> = {
  AUTO: 1,
  COOL: 3,
  ENERGY_SAVING: 3,
  HEAT: 4,
  FAN: 7,
  AIR_CLEAN: 7,
  AIR_DRY: 8,
};
/** SystemMode → LG job modes, preferred first. */
const SYSTEM_TO_JOB: Record<number, string[]> = {
  1: ['AUTO'],
  3: ['COOL', 'ENERGY_SAVING'],
  4: ['HEAT'],
  7: ['FAN', 'AIR_CLEAN'],
  8: ['AIR_DRY'],
};
/** LG wind strength → FanMode. */
const WIND_TO_FAN: Record<string, number> = { SLOW: 1, LOW: 1, MID: 2, HIGH: 3, POWER: 3, AUTO: 5 };
/** FanMode → LG wind strength (4 On keeps the current speed). */
const FAN_TO_WIND: Record<number, string> = { 1: 'LOW', 2: 'MID', 3: 'HIGH', 5: 'AUTO', 6: 'AUTO' };

interface Power {
  res: string;
  prop: string;
}
const AC_POWER: Power = { res: 'operation', prop: 'airConOperationMode' };
const PURIFIER_POWER: Power = { res: 'operation', prop: 'airPurifierOperationMode' };

const powerBody = (p: Power, on: boolean): LgControl => ({
  [p.res]: { [p.prop]: on ? 'POWER_ON' : 'POWER_OFF' },
});

/** Matter fan semantics: FanMode Off turns the unit off, any speed turns it on first. */
function fanControls(p: Power, set: LgPropertySet, on: boolean, fanMode: number): LgControl[] {
  if (fanMode === 0) return [powerBody(p, false)];
  const out = on ? [] : [powerBody(p, true)];
  if (fanMode === 4) return out;
  const wind = FAN_TO_WIND[fanMode];
  const offered = enumOf(propDef(set, 'airFlow', 'windStrength'));
  if (!wind || (offered.length > 0 && !offered.includes(wind))) throw outOfRange('FanMode', fanMode);
  out.push({ airFlow: { windStrength: wind } });
  return out;
}

const percentToFanMode = (pct: number): number => (pct === 0 ? 0 : pct <= 33 ? 1 : pct <= 66 ? 2 : 3);

/** OnOff and FanControl, shared by both products. */
function commonControls(
  cmd: CommandRequest,
  endpoints: Endpoint[],
  set: LgPropertySet,
  p: Power,
): LgControl[] {
  const on = attr(endpoints, 'main', 'OnOff', 'OnOff') === true;
  if (cmd.cluster === 'OnOff') {
    if (cmd.command === 'On') return [powerBody(p, true)];
    if (cmd.command === 'Off') return [powerBody(p, false)];
    if (cmd.command === 'Toggle') return [powerBody(p, !on)];
  }
  if (cmd.cluster === 'FanControl' && cmd.command === 'WriteAttributes') {
    if (typeof cmd.args.FanMode === 'number') return fanControls(p, set, on, cmd.args.FanMode);
    if (typeof cmd.args.PercentSetting === 'number') {
      return fanControls(p, set, on, percentToFanMode(cmd.args.PercentSetting));
    }
  }
  throw unsupported(cmd);
}

export const airConditionerMap: ProductMap = {
  endpoints(profile, state) {
    const p = unitProfile(profile);
    const s = unitState(state);
    const on = value(s, 'operation', 'airConOperationMode') === 'POWER_ON';
    const range = rangeOf(propDef(p, 'temperature', 'targetTemperature')) ?? { min: 18, max: 30, step: 1 };
    const target = numberValue(value(s, 'temperature', 'targetTemperature'));
    const current = numberValue(value(s, 'temperature', 'currentTemperature'));
    const job = value(s, 'airConJobMode', 'currentJobMode');
    const wind = value(s, 'airFlow', 'windStrength');
    const supported = [
      ...new Set(
        enumOf(propDef(p, 'airConJobMode', 'currentJobMode')).flatMap((j) => JOB_TO_SYSTEM[j] ?? []),
      ),
    ].sort((a, b) => a - b);
    const eps = roomAirConditioner({
      on,
      local: centi(current ?? target ?? range.min),
      coolingSetpoint: centi(target ?? range.min),
      systemMode: (typeof job === 'string' ? JOB_TO_SYSTEM[job] : undefined) ?? 3,
      fanMode: on && typeof wind === 'string' ? (WIND_TO_FAN[wind] ?? 5) : 0,
      ...(supported.length > 0 ? { supportedSystemModes: supported } : {}),
    });
    const thermostat = eps[0]?.clusters.Thermostat;
    if (thermostat) {
      thermostat.MinCoolSetpointLimit = centi(range.min);
      thermostat.MaxCoolSetpointLimit = centi(range.max);
      if (current === undefined) thermostat.LocalTemperature = null;
    }
    return eps;
  },

  controls(cmd, dev) {
    const p = unitProfile(dev.profile);
    if (cmd.cluster === 'Thermostat' && cmd.command === 'WriteAttributes') {
      const out: LgControl[] = [];
      for (const [name, v] of Object.entries(cmd.args)) {
        if (name === 'OccupiedCoolingSetpoint') {
          out.push({ temperature: { targetTemperature: (v as number) / 100, unit: 'C' } });
        } else if (name === 'SystemMode' && v === 0) {
          out.push(powerBody(AC_POWER, false));
        } else if (name === 'SystemMode') {
          const offered = enumOf(propDef(p, 'airConJobMode', 'currentJobMode'));
          const job = (SYSTEM_TO_JOB[v as number] ?? []).find(
            (j) => offered.length === 0 || offered.includes(j),
          );
          if (!job) throw outOfRange('SystemMode', v);
          out.push({ airConJobMode: { currentJobMode: job } });
        } else {
          throw unsupported(cmd);
        }
      }
      return out;
    }
    if (cmd.cluster === 'Thermostat' && cmd.command === 'SetpointRaiseLower') {
      const current = attr(dev.endpoints, 'main', 'Thermostat', 'OccupiedCoolingSetpoint');
      const min = attr(dev.endpoints, 'main', 'Thermostat', 'MinCoolSetpointLimit');
      const max = attr(dev.endpoints, 'main', 'Thermostat', 'MaxCoolSetpointLimit');
      if (typeof current !== 'number') throw unsupported(cmd);
      const step = centi(rangeOf(propDef(p, 'temperature', 'targetTemperature'))?.step ?? 1);
      let next = Math.round((current + (cmd.args.Amount as number) * 10) / step) * step;
      if (typeof min === 'number') next = Math.max(min, next);
      if (typeof max === 'number') next = Math.min(max, next);
      return [{ temperature: { targetTemperature: next / 100, unit: 'C' } }];
    }
    return commonControls(cmd, dev.endpoints, p, AC_POWER);
  },
};

export const airPurifierMap: ProductMap = {
  endpoints(_profile, state) {
    const s = unitState(state);
    const on = value(s, 'operation', 'airPurifierOperationMode') === 'POWER_ON';
    const wind = value(s, 'airFlow', 'windStrength');
    const pm25 = numberValue(value(s, 'airQualitySensor', 'PM2'));
    const eps = airPurifier({
      on,
      fanMode: on && typeof wind === 'string' ? (WIND_TO_FAN[wind] ?? 5) : 0,
      pm25: pm25 ?? 0,
    });
    const pm = eps[0]?.clusters.Pm25ConcentrationMeasurement;
    if (pm && pm25 === undefined) pm.MeasuredValue = null;
    // The filter's remaining life (LG filterInfo) → Matter HEPA filter monitoring (1: it goes down).
    const filter = numberValue(value(s, 'filterInfo', 'filterRemainPercent'));
    if (filter !== undefined && eps[0])
      eps[0].clusters.HepaFilterMonitoring = {
        Condition: filter,
        DegradationDirection: 1,
        ChangeIndication: filter <= 3 ? 2 : filter <= 10 ? 1 : 0,
      };
    return eps;
  },

  controls(cmd, dev) {
    return commonControls(cmd, dev.endpoints, unitProfile(dev.profile), PURIFIER_POWER);
  },
};
