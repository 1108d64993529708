/** Building blocks of the Home Assistant entities the export publishes (export-entities.ts). */
import { cmd } from '../../model/command.js';
import { FanMode, SystemMode } from '../../model/tables.js';
import type { CommandRequest, Endpoint } from '../../model/types.js';

export interface ExportEntity {
  component: string;
  /** Object id, unique within the device: `<endpoint>_<kind>`. */
  objectId: string;
  /** Discovery keys (abbreviated), without device, availability and ids. */
  config: Record<string, unknown>;
  /** Retained state messages: topic relative to `~` → payload. */
  state(ep: Endpoint): Array<[string, string]>;
  /** Topics (relative to `~`) this entity accepts commands on. */
  commandTopics: string[];
  /** The Matter commands a payload on one of `commandTopics` means; [] if it means nothing. */
  command(topic: string, payload: string, ep: Endpoint): CommandRequest[];
}

export type Attrs = Record<string, unknown>;
/** Home Assistant's HVAC modes (its vocabulary); each is a Matter SystemMode name in snake case. */
const HA_HVAC_MODES = new Set(['off', 'auto', 'cool', 'heat', 'dry', 'fan_only']);
const snake = (name: string): string => name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toLowerCase();
/** Matter SystemMode number → Home Assistant HVAC mode. */
export const SYSTEM_MODES: Record<number, string> = Object.fromEntries(
  Object.entries(SystemMode)
    .map(([name, m]) => [m, snake(name)] as const)
    .filter(([, ha]) => HA_HVAC_MODES.has(ha)),
);
/** Matter FanMode number → Home Assistant preset mode (the spec's name in lower case). */
export const FAN_MODES: Record<number, string> = Object.fromEntries(
  Object.entries(FanMode).map(([name, m]) => [m, name.toLowerCase()]),
);
export const LIGHT_TYPES = ['OnOffLight', 'DimmableLight', 'ColorTemperatureLight', 'ExtendedColorLight'];

export const n = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
export const fmt = (v: unknown, div = 1): string =>
  n(v) === undefined ? 'None' : String((n(v) as number) / div);
export const write = (endpoint: string, cluster: string, attrs: Record<string, unknown>) =>
  cmd(endpoint, cluster, 'WriteAttributes', attrs);
export const parse = (payload: string): Record<string, unknown> => {
  try {
    const v: unknown = JSON.parse(payload);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};
export const label = (ep: Endpoint, what: string): string =>
  ep.id === 'main' ? what : `${ep.name ?? ep.id} ${what}`;

export function lightEntity(ep: Endpoint): ExportEntity {
  const id = ep.id;
  const level = ep.clusters.LevelControl as Attrs | undefined;
  const color = ep.clusters.ColorControl as Attrs | undefined;
  const config: Record<string, unknown> = {
    name: ep.id === 'main' ? null : (ep.name ?? ep.id),
    schema: 'json',
    stat_t: `~/${id}/light`,
    cmd_t: `~/${id}/light/set`,
    brightness: !!level,
    bri_scl: 254,
    sup_clrm: color ? ['color_temp'] : level ? ['brightness'] : ['onoff'],
  };
  if (color) {
    config.min_mirs = n(color.ColorTempPhysicalMinMireds) ?? 153;
    config.max_mirs = n(color.ColorTempPhysicalMaxMireds) ?? 500;
  }
  return {
    component: 'light',
    objectId: `${id}_light`,
    config,
    commandTopics: [`${id}/light/set`],
    state: (e) => {
      const s: Record<string, unknown> = { state: e.clusters.OnOff?.OnOff === true ? 'ON' : 'OFF' };
      if (level) s.brightness = e.clusters.LevelControl?.CurrentLevel ?? null;
      if (color) {
        s.color_temp = e.clusters.ColorControl?.ColorTemperatureMireds ?? null;
        s.color_mode = 'color_temp';
      }
      return [[`${id}/light`, JSON.stringify(s)]];
    },
    command: (_t, payload) => {
      const p = parse(payload);
      if (p.state === 'OFF') return [cmd(id, 'OnOff', 'Off')];
      const out: CommandRequest[] = [];
      if (color && n(p.color_temp) !== undefined) {
        out.push(
          cmd(id, 'ColorControl', 'MoveToColorTemperature', {
            ColorTemperatureMireds: Math.round(n(p.color_temp) ?? 0),
          }),
        );
      }
      const b = n(p.brightness);
      if (level && b !== undefined) {
        out.push(
          cmd(id, 'LevelControl', 'MoveToLevelWithOnOff', {
            Level: Math.min(254, Math.max(1, Math.round(b))),
          }),
        );
      } else if (p.state === 'ON') out.unshift(cmd(id, 'OnOff', 'On'));
      return out;
    },
  };
}

export function switchEntity(ep: Endpoint): ExportEntity {
  const id = ep.id;
  const speaker = ep.deviceTypes.includes('Speaker');
  return {
    component: 'switch',
    objectId: `${id}_switch`,
    config: {
      name: speaker ? label(ep, 'sound') : ep.id === 'main' ? null : (ep.name ?? ep.id),
      stat_t: `~/${id}/switch`,
      cmd_t: `~/${id}/switch/set`,
      pl_on: 'ON',
      pl_off: 'OFF',
    },
    commandTopics: [`${id}/switch/set`],
    state: (e) => [[`${id}/switch`, e.clusters.OnOff?.OnOff === true ? 'ON' : 'OFF']],
    command: (_t, p) =>
      p === 'ON' ? [cmd(id, 'OnOff', 'On')] : p === 'OFF' ? [cmd(id, 'OnOff', 'Off')] : [],
  };
}

export function climateEntity(ep: Endpoint): ExportEntity {
  const id = ep.id;
  const t = ep.clusters.Thermostat as Attrs;
  const hasOnOff = !!ep.clusters.OnOff;
  const supported = (Array.isArray(t.SupportedSystemModes) ? t.SupportedSystemModes : [t.SystemMode]).filter(
    (m): m is number => typeof m === 'number' && m in SYSTEM_MODES,
  );
  const modes = [
    ...new Set([...(hasOnOff ? ['off'] : []), ...supported.map((m) => SYSTEM_MODES[m] as string)]),
  ];
  const cooling = t.OccupiedCoolingSetpoint !== undefined;
  const setpoint = cooling ? 'OccupiedCoolingSetpoint' : 'OccupiedHeatingSetpoint';
  const lo = n(cooling ? t.MinCoolSetpointLimit : t.MinHeatSetpointLimit) ?? 700;
  const hi = n(cooling ? t.MaxCoolSetpointLimit : t.MaxHeatSetpointLimit) ?? 3500;
  return {
    component: 'climate',
    objectId: `${id}_climate`,
    config: {
      name: ep.id === 'main' ? null : (ep.name ?? ep.id),
      modes,
      mode_stat_t: `~/${id}/climate/mode`,
      mode_cmd_t: `~/${id}/climate/mode/set`,
      temp_stat_t: `~/${id}/climate/target`,
      temp_cmd_t: `~/${id}/climate/target/set`,
      curr_temp_t: `~/${id}/climate/current`,
      min_temp: lo / 100,
      max_temp: hi / 100,
      temp_step: 0.5,
      temperature_unit: 'C',
    },
    commandTopics: [`${id}/climate/mode/set`, `${id}/climate/target/set`],
    state: (e) => {
      const th = (e.clusters.Thermostat ?? {}) as Attrs;
      const off = (hasOnOff && e.clusters.OnOff?.OnOff === false) || th.SystemMode === 0;
      return [
        [`${id}/climate/mode`, off ? 'off' : (SYSTEM_MODES[n(th.SystemMode) ?? -1] ?? 'auto')],
        [`${id}/climate/target`, fmt(th[setpoint], 100)],
        [`${id}/climate/current`, fmt(th.LocalTemperature, 100)],
      ];
    },
    command: (topic, payload, e) => {
      if (topic.endsWith('/target/set')) {
        const v = Number(payload);
        return Number.isFinite(v) ? [write(id, 'Thermostat', { [setpoint]: Math.round(v * 100) })] : [];
      }
      if (payload === 'off')
        return [hasOnOff ? cmd(id, 'OnOff', 'Off') : write(id, 'Thermostat', { SystemMode: 0 })];
      const mode = Number(
        Object.entries(SYSTEM_MODES).find(([, name]) => name === payload)?.[0] ?? Number.NaN,
      );
      if (!supported.includes(mode)) return [];
      const out: CommandRequest[] = [];
      if (hasOnOff && e.clusters.OnOff?.OnOff !== true) out.push(cmd(id, 'OnOff', 'On'));
      if (e.clusters.Thermostat?.SystemMode !== mode) out.push(write(id, 'Thermostat', { SystemMode: mode }));
      return out;
    },
  };
}

export function numberEntity(
  ep: Endpoint,
  kind: string,
  cfg: Record<string, unknown>,
  read: (e: Endpoint) => string,
  toCommand: (v: number) => CommandRequest,
): ExportEntity {
  const id = ep.id;
  return {
    component: 'number',
    objectId: `${id}_${kind}`,
    config: { ...cfg, stat_t: `~/${id}/${kind}`, cmd_t: `~/${id}/${kind}/set`, mode: 'box' },
    commandTopics: [`${id}/${kind}/set`],
    state: (e) => [[`${id}/${kind}`, read(e)]],
    command: (_t, p) => (Number.isFinite(Number(p)) && p.trim() !== '' ? [toCommand(Number(p))] : []),
  };
}

export function selectEntity(
  ep: Endpoint,
  kind: string,
  name: string | null,
  options: Array<[string, CommandRequest]>,
  current: (e: Endpoint) => string | undefined,
): ExportEntity {
  const id = ep.id;
  return {
    component: 'select',
    objectId: `${id}_${kind}`,
    config: { name, ops: options.map(([o]) => o), stat_t: `~/${id}/${kind}`, cmd_t: `~/${id}/${kind}/set` },
    commandTopics: [`${id}/${kind}/set`],
    state: (e) => [[`${id}/${kind}`, current(e) ?? 'None']],
    command: (_t, p) => options.filter(([o]) => o === p).map(([, c]) => c),
  };
}

export const SENSORS: Array<
  [cluster: string, kind: string, devClass: string, unit: string, divisor: number]
> = [
  ['TemperatureMeasurement', 'temperature', 'temperature', '°C', 100],
  ['RelativeHumidityMeasurement', 'humidity', 'humidity', '%', 100],
  ['CarbonDioxideConcentrationMeasurement', 'co2', 'carbon_dioxide', 'ppm', 1],
  ['Pm25ConcentrationMeasurement', 'pm25', 'pm25', 'µg/m³', 1],
];

export function sensorEntity(
  ep: Endpoint,
  kind: string,
  cfg: Record<string, unknown>,
  read: (e: Endpoint) => string,
): ExportEntity {
  const id = ep.id;
  return {
    component: 'sensor',
    objectId: `${id}_${kind}`,
    config: { ...cfg, stat_t: `~/${id}/${kind}` },
    commandTopics: [],
    state: (e) => [[`${id}/${kind}`, read(e)]],
    command: () => [],
  };
}
