/**
 * SmartThings Schema shapes of the hub's devices: a discovery device, a device's states (component,
 * capability, attribute, value) and a command (component, capability, command, arguments) as a
 * platform-neutral intent.
 */
import type { DeviceDescription } from '../../../model/types.js';
import { areaName, Failure, type PartnerSession } from '../base.js';
import { type Features, featuresOf, type Intent, stateOf } from '../features.js';
import { FAN_SPEED_OF_MODE, ST_COMPONENTS, ST_FALLBACK, ST_HANDLERS } from './types.js';

export interface StState {
  component: string;
  capability: string;
  attribute: string;
  value: unknown;
  unit?: string;
}

export interface StCommand {
  component?: string;
  capability: string;
  command: string;
  arguments?: unknown[];
}

const componentOf = (tag: string, endpoint: string) => ST_COMPONENTS[tag] ?? endpoint;

export function discoveryDevice(s: PartnerSession, d: DeviceDescription): Record<string, unknown> {
  const t = ST_HANDLERS[d.deviceType] ?? ST_FALLBACK;
  const room = areaName(s, d.area);
  return {
    externalDeviceId: d.id,
    friendlyName: d.name,
    deviceHandlerType: t.handler,
    manufacturerInfo: { manufacturerName: d.vendor ?? 'Yeondong', modelName: d.model ?? d.deviceType },
    deviceContext: { ...(room ? { roomName: room } : {}), categories: [t.category] },
    deviceUniqueId: d.id,
  };
}

export function stStates(d: DeviceDescription, f: Features = featuresOf(d)): StState[] {
  const st = stateOf(d, f);
  const out: StState[] = [];
  const add = (capability: string, attribute: string, value: unknown, unit?: string, component = 'main') =>
    out.push({ component, capability, attribute, value, ...(unit ? { unit } : {}) });
  add('st.healthCheck', 'healthStatus', st.online ? 'online' : 'offline');
  if (st.on !== undefined) add('st.switch', 'switch', st.on ? 'on' : 'off');
  if (st.brightness !== undefined) add('st.switchLevel', 'level', st.brightness, '%');
  if (st.colorTempK !== undefined) add('st.colorTemperature', 'colorTemperature', st.colorTempK, 'K');
  if (f.thermostat) {
    add('st.thermostatMode', 'thermostatMode', st.thermostatMode);
    const cap = f.thermostat.heat ? 'st.thermostatHeatingSetpoint' : 'st.thermostatCoolingSetpoint';
    add(cap, f.thermostat.heat ? 'heatingSetpoint' : 'coolingSetpoint', st.setpointC, 'C');
  }
  if (st.ambientC !== undefined) add('st.temperatureMeasurement', 'temperature', st.ambientC, 'C');
  for (const c of st.cabinets ?? []) {
    const cab = f.cabinets.find((x) => x.endpoint === c.endpoint);
    const component = componentOf(cab?.tag ?? c.endpoint, c.endpoint);
    add('st.thermostatCoolingSetpoint', 'coolingSetpoint', c.setpointC, 'C', component);
    if (c.ambientC !== null) add('st.temperatureMeasurement', 'temperature', c.ambientC, 'C', component);
  }
  if (st.fanMode !== undefined) add('st.fanSpeed', 'fanSpeed', FAN_SPEED_OF_MODE[st.fanMode] ?? 0);
  if (st.channel) {
    add('st.tvChannel', 'tvChannel', String(st.channel.number));
    add('st.tvChannel', 'tvChannelName', st.channel.name);
  }
  if (st.volume !== undefined) add('st.audioVolume', 'volume', st.volume, '%');
  if (st.playing !== undefined) add('st.mediaPlayback', 'playbackStatus', st.playing ? 'playing' : 'paused');
  if (f.operation && !f.operation.rvc)
    add('st.washerOperatingState', 'machineState', st.running ? 'run' : st.paused ? 'pause' : 'stop');
  if (f.operation?.rvc)
    add(
      'st.robotCleanerMovement',
      'robotCleanerMovement',
      st.running ? 'cleaning' : st.docked ? 'charging' : 'idle',
    );
  if (st.battery !== undefined) add('st.battery', 'battery', st.battery, '%');
  if (st.locked !== undefined)
    add('st.lock', 'lock', st.jammed ? 'unknown' : st.locked ? 'locked' : 'unlocked');
  if (st.valveOpen !== undefined) add('st.valve', 'valve', st.valveOpen ? 'open' : 'closed');
  if (st.openPercent !== undefined) {
    add(
      'st.windowShade',
      'windowShade',
      st.openPercent >= 100 ? 'open' : st.openPercent <= 0 ? 'closed' : 'partially open',
    );
    add('st.windowShadeLevel', 'shadeLevel', st.openPercent, '%');
  }
  if (st.humidity !== undefined) add('st.relativeHumidityMeasurement', 'humidity', st.humidity, '%');
  if (st.co2 !== undefined) add('st.carbonDioxideMeasurement', 'carbonDioxide', st.co2, 'ppm');
  if (st.pm25 !== undefined) add('st.fineDustSensor', 'fineDustLevel', st.pm25, 'μg/m^3');
  return out;
}

const numArg = (c: StCommand, i = 0): number => {
  const v = c.arguments?.[i];
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n))
    throw new Failure('invalid-request', `${c.capability}.${c.command} needs a number`);
  return n;
};
const strArg = (c: StCommand, i = 0): string => {
  const v = c.arguments?.[i];
  if (typeof v !== 'string' && typeof v !== 'number')
    throw new Failure('invalid-request', `${c.capability}.${c.command} needs a value`);
  return String(v);
};

/** One command as a platform-neutral intent. */
export function intentOf(d: DeviceDescription, c: StCommand, f: Features = featuresOf(d)): Intent {
  const component = c.component ?? 'main';
  const key = `${c.capability}.${c.command}`;
  if (key === 'st.thermostatCoolingSetpoint.setCoolingSetpoint' && component !== 'main') {
    const cab = f.cabinets.find((x) => componentOf(x.tag, x.endpoint) === component);
    if (!cab) throw new Failure('unsupported', `no component '${component}'`);
    return { kind: 'cabinet', endpoint: cab.endpoint, celsius: numArg(c) };
  }
  switch (key) {
    case 'st.switch.on':
      return { kind: 'on', on: true };
    case 'st.switch.off':
      return { kind: 'on', on: false };
    case 'st.switchLevel.setLevel':
      return { kind: 'brightness', percent: numArg(c) };
    case 'st.colorTemperature.setColorTemperature':
      return { kind: 'colorTemp', kelvin: numArg(c) };
    case 'st.thermostatHeatingSetpoint.setHeatingSetpoint':
    case 'st.thermostatCoolingSetpoint.setCoolingSetpoint':
      return { kind: 'setpoint', celsius: numArg(c) };
    case 'st.thermostatMode.setThermostatMode': {
      const m = strArg(c);
      const known = ['off', 'heat', 'cool', 'auto', 'dry'] as const;
      const mode = m === 'fanOnly' ? 'fan-only' : known.find((k) => k === m);
      if (!mode) throw new Failure('value-out-of-range', `thermostat mode '${m.slice(0, 40)}'`);
      return { kind: 'thermostatMode', mode };
    }
    case 'st.fanSpeed.setFanSpeed': {
      const speed = numArg(c);
      const mode = Object.entries(FAN_SPEED_OF_MODE).find(([, v]) => v === speed)?.[0];
      if (mode === undefined) throw new Failure('value-out-of-range', `fan speed ${speed}`);
      return { kind: 'fanMode', mode: Number(mode) };
    }
    case 'st.tvChannel.setTvChannel': {
      const v = strArg(c);
      return /^\d+$/.test(v)
        ? { kind: 'channelNumber', number: Number(v) }
        : { kind: 'channelName', name: v };
    }
    case 'st.tvChannel.setTvChannelName':
      return { kind: 'channelName', name: strArg(c) };
    case 'st.tvChannel.channelUp':
      return { kind: 'channelSkip', count: 1 };
    case 'st.tvChannel.channelDown':
      return { kind: 'channelSkip', count: -1 };
    case 'st.audioVolume.setVolume':
      return { kind: 'volume', percent: numArg(c) };
    case 'st.audioVolume.volumeUp':
      return { kind: 'volumeStep', delta: 1 };
    case 'st.audioVolume.volumeDown':
      return { kind: 'volumeStep', delta: -1 };
    case 'st.mediaPlayback.play':
      return { kind: 'media', action: 'Play' };
    case 'st.mediaPlayback.pause':
      return { kind: 'media', action: 'Pause' };
    case 'st.mediaPlayback.stop':
      return { kind: 'media', action: 'Stop' };
    case 'st.washerOperatingState.setMachineState': {
      const v = strArg(c);
      const action = ({ run: 'start', pause: 'pause', stop: 'stop' } as const)[v as 'run'];
      if (!action) throw new Failure('value-out-of-range', `machine state '${v.slice(0, 40)}'`);
      return { kind: 'run', action };
    }
    case 'st.robotCleanerMovement.setRobotCleanerMovement': {
      const v = strArg(c);
      const action = ({ cleaning: 'start', homing: 'dock', charging: 'dock', idle: 'pause' } as const)[
        v as 'cleaning'
      ];
      if (!action) throw new Failure('value-out-of-range', `movement '${v.slice(0, 40)}'`);
      return { kind: 'run', action };
    }
    case 'st.lock.lock':
      return { kind: 'lock', lock: true };
    case 'st.lock.unlock':
      return { kind: 'lock', lock: false };
    case 'st.valve.open':
      return { kind: 'valve', open: true };
    case 'st.valve.close':
      return { kind: 'valve', open: false };
    case 'st.windowShade.open':
      return { kind: 'openPercent', percent: 100 };
    case 'st.windowShade.close':
      return { kind: 'openPercent', percent: 0 };
    case 'st.windowShadeLevel.setShadeLevel':
      return { kind: 'openPercent', percent: numArg(c) };
    default:
      throw new Failure('unsupported', `capability command '${key.slice(0, 80)}'`);
  }
}
