/**
 * LG refrigerator → Matter Refrigerator: one TemperatureControlledCabinet per LG temperature
 * location (FRIDGE tagged Refrigerator, FREEZER tagged Freezer), express cool / rapid freeze as
 * RefrigeratorAndTemperatureControlledCabinetMode modes, the door as RefrigeratorAlarm bit 0.
 */
import { type Cabinet, type ModeOption, refrigerator } from '../../model/devices.js';
import type { LgControl } from './client.js';
import {
  centi,
  locations,
  numberValue,
  propDef,
  rangeOf,
  unitProfile,
  unitState,
  value,
  writable,
} from './lg-read.js';
import { outOfRange, type ProductMap, unsupported } from './product-map.js';

/** LG temperature locations → endpoints. Names are what LG's Korean app calls the compartments. */
const CABINETS = [
  {
    location: 'FRIDGE',
    id: 'refrigerator',
    tags: ['Refrigerator'],
    name: '냉장실',
    range: { min: 1, max: 7, step: 1 },
  },
  {
    location: 'FREEZER',
    id: 'freezer',
    tags: ['Freezer'],
    name: '냉동실',
    range: { min: -23, max: -15, step: 1 },
  },
  {
    location: 'CONVERTIBLE',
    id: 'convertible',
    tags: [],
    name: '변온실',
    range: { min: -23, max: 7, step: 1 },
  },
];

/** Mode number → the `refrigeration` flag it turns on (none for Normal). */
const MODES: Array<{ mode: ModeOption; flag: string | null }> = [
  { mode: { Label: 'Normal', Mode: 0, ModeTags: ['Auto'] }, flag: null },
  { mode: { Label: 'Express cool', Mode: 1, ModeTags: ['RapidCool'] }, flag: 'expressMode' },
  { mode: { Label: 'Rapid freeze', Mode: 2, ModeTags: ['RapidFreeze'] }, flag: 'rapidFreeze' },
];

/** Newer profiles give `temperatureInUnits` (…C per location); older ones `temperature` with a unit. */
function temperatureKeys(set: Record<string, unknown>): { res: string; prop: string } {
  return set.temperatureInUnits
    ? { res: 'temperatureInUnits', prop: 'targetTemperatureC' }
    : { res: 'temperature', prop: 'targetTemperature' };
}

export const fridgeMap: ProductMap = {
  endpoints(profile, state) {
    const p = unitProfile(profile);
    const s = unitState(state);
    const { res, prop } = temperatureKeys(p);
    const present = locations(p, res);
    const cabinets: Cabinet[] = CABINETS.filter((c) => present.includes(c.location)).map((c) => {
      const range = rangeOf(propDef(p, res, prop, c.location)) ?? c.range;
      const target = numberValue(value(s, res, prop, c.location));
      const current = numberValue(value(s, res, 'currentTemperatureC', c.location));
      return {
        id: c.id,
        name: c.name,
        tags: c.tags,
        setpoint: centi(target ?? range.min),
        min: centi(range.min),
        max: centi(range.max),
        step: centi(range.step),
        measured: current === undefined ? null : centi(current),
      };
    });
    const modes = MODES.filter((m) => m.flag === null || writable(propDef(p, 'refrigeration', m.flag)));
    const on = modes.find((m) => m.flag !== null && value(s, 'refrigeration', m.flag) === true);
    const hasDoor = locations(p, 'doorStatus').length > 0;
    return refrigerator({
      cabinets,
      ...(modes.length > 1 ? { modes: modes.map((m) => m.mode), currentMode: on?.mode.Mode ?? 0 } : {}),
      ...(hasDoor ? { doorOpen: value(s, 'doorStatus', 'doorState', 'MAIN') === 'OPEN' } : {}),
    });
  },

  controls(cmd, dev) {
    const p = unitProfile(dev.profile);
    if (cmd.cluster === 'TemperatureControl' && cmd.command === 'SetTemperature') {
      const cabinet = CABINETS.find((c) => c.id === cmd.endpoint);
      if (!cabinet) throw unsupported(cmd);
      const { res, prop } = temperatureKeys(p);
      const target = cmd.args.TargetTemperature as number;
      return [{ [res]: { locationName: cabinet.location, [prop]: target / 100, unit: 'C' } }];
    }
    if (
      cmd.endpoint === 'main' &&
      cmd.cluster === 'RefrigeratorAndTemperatureControlledCabinetMode' &&
      cmd.command === 'ChangeToMode'
    ) {
      const wanted = MODES.find((m) => m.mode.Mode === cmd.args.NewMode);
      if (!wanted || (wanted.flag && !writable(propDef(p, 'refrigeration', wanted.flag)))) {
        throw outOfRange('NewMode', cmd.args.NewMode);
      }
      const s = unitState(dev.state);
      const out: LgControl[] = [];
      // Leave the other special mode first, then enter the wanted one.
      for (const m of MODES) {
        if (m.flag && m.flag !== wanted.flag && value(s, 'refrigeration', m.flag) === true) {
          out.push({ refrigeration: { [m.flag]: false } });
        }
      }
      if (wanted.flag && value(s, 'refrigeration', wanted.flag) !== true) {
        out.push({ refrigeration: { [wanted.flag]: true } });
      }
      return out;
    }
    throw unsupported(cmd);
  },
};
