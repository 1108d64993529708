/**
 * Clova Home shapes of the hub's devices: a discovered appliance (type, actions, location) and
 * each control or query request as a platform-neutral intent, or a read of the state.
 */
import type { DeviceDescription } from '../../../model/types.js';
import { areaName, Failure, isObject, type PartnerSession } from '../base.js';
import { type Features, featuresOf, type Intent, stateOf } from '../features.js';
import { CLOVA_FALLBACK_TYPE, CLOVA_TYPES } from './types.js';

export function actionsOf(f: Features): string[] {
  const a: string[] = [];
  if (f.onOff || f.thermostat) a.push('TurnOn', 'TurnOff');
  if (f.level) a.push('SetBrightness', 'IncrementBrightness', 'DecrementBrightness');
  if (f.colorTemp) a.push('SetColorTemperature');
  if (f.thermostat || f.cabinets.length > 0)
    a.push(
      'SetTargetTemperature',
      'IncrementTargetTemperature',
      'DecrementTargetTemperature',
      'GetTargetTemperature',
    );
  if (f.temperatureC !== null || f.cabinets.length > 0) a.push('GetCurrentTemperature');
  if (f.fan) a.push('SetFanSpeed');
  if (f.channel) a.push('SetChannel', 'IncrementChannel', 'DecrementChannel');
  if (f.volume) a.push('SetVolume', 'IncrementVolume', 'DecrementVolume');
  if (f.media) a.push('Play', 'Pause', 'Stop');
  if (f.operation) a.push('Start', 'Stop', 'Pause', 'Resume', ...(f.operation.rvc ? ['Charge'] : []));
  if (f.lock) a.push('Lock', 'Unlock', 'GetLockState');
  if (f.valve || f.cover) a.push('Open', 'Close');
  if (f.humidity !== null) a.push('GetCurrentHumidity');
  if (f.co2 !== null || f.pm25 !== null) a.push('GetAirQuality');
  return [...new Set(a)];
}

export function discovered(s: PartnerSession, d: DeviceDescription): Record<string, unknown> {
  const f = featuresOf(d);
  const room = areaName(s, d.area);
  return {
    applianceId: d.id,
    manufacturerName: d.vendor ?? 'Yeondong',
    modelName: d.model ?? d.deviceType,
    version: '1.0',
    friendlyName: d.name,
    friendlyDescription: [room, d.name].filter(Boolean).join(' '),
    isReachable: d.online,
    actions: actionsOf(f),
    applianceTypes: [CLOVA_TYPES[d.deviceType] ?? CLOVA_FALLBACK_TYPE],
    ...(room ? { location: room } : {}),
    additionalApplianceDetails: {
      aliases: (d.aliases ?? []).join(','),
      ...(f.cabinets.length > 0
        ? { compartments: f.cabinets.map((c) => `${c.endpoint}:${c.name}`).join(',') }
        : {}),
    },
  };
}

const numberIn = (p: Record<string, unknown>, field: string): number => {
  const o = p[field];
  const v = isObject(o) ? o.value : o;
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n))
    throw new Failure('invalid-request', `${field}.value must be a number`);
  return n;
};

/** The compartment a fridge request names (its endpoint id or Korean name), else the first. */
function compartment(f: Features, p: Record<string, unknown>): string | undefined {
  const t = isObject(p.targetTemperature) ? p.targetTemperature : {};
  const named = typeof t.location === 'string' ? t.location : undefined;
  if (!named) return f.cabinets[0]?.endpoint;
  const c = f.cabinets.find((x) => x.endpoint === named || x.name === named);
  if (!c) throw new Failure('unsupported', `no compartment '${named.slice(0, 40)}'`);
  return c.endpoint;
}

/** A control request (name without `Request`) as an intent. */
export function intentOf(d: DeviceDescription, action: string, p: Record<string, unknown>): Intent {
  const f = featuresOf(d);
  const st = stateOf(d, f);
  switch (action) {
    case 'TurnOn':
      return { kind: 'on', on: true };
    case 'TurnOff':
      return { kind: 'on', on: false };
    case 'SetBrightness':
      return { kind: 'brightness', percent: numberIn(p, 'brightness') };
    case 'IncrementBrightness':
      return {
        kind: 'brightness',
        percent: Math.min(100, (st.brightness ?? 0) + numberIn(p, 'deltaBrightness')),
      };
    case 'DecrementBrightness':
      return {
        kind: 'brightness',
        percent: Math.max(1, (st.brightness ?? 0) - numberIn(p, 'deltaBrightness')),
      };
    case 'SetColorTemperature':
      return { kind: 'colorTemp', kelvin: numberIn(p, 'colorTemperatureInKelvin') };
    case 'SetTargetTemperature':
    case 'IncrementTargetTemperature':
    case 'DecrementTargetTemperature': {
      const delta = action === 'SetTargetTemperature' ? 0 : numberIn(p, 'deltaTemperature');
      const sign = action === 'DecrementTargetTemperature' ? -1 : 1;
      if (f.cabinets.length > 0) {
        const ep = compartment(f, p);
        const cur = st.cabinets?.find((c) => c.endpoint === ep)?.setpointC ?? 0;
        const celsius = delta === 0 ? numberIn(p, 'targetTemperature') : cur + sign * delta;
        return { kind: 'cabinet', ...(ep ? { endpoint: ep } : {}), celsius };
      }
      const celsius = delta === 0 ? numberIn(p, 'targetTemperature') : (st.setpointC ?? 0) + sign * delta;
      return { kind: 'setpoint', celsius };
    }
    case 'SetFanSpeed': {
      const v = numberIn(p, 'fanSpeed');
      const mode = ({ 1: 1, 2: 2, 3: 3, 0: 5 } as Record<number, number>)[v];
      if (mode === undefined) throw new Failure('value-out-of-range', `fan speed ${v}`);
      return { kind: 'fanMode', mode };
    }
    case 'SetChannel': {
      const ch = isObject(p.channel) ? p.channel : {};
      if (typeof ch.value === 'string' && !/^\d+$/.test(ch.value))
        return { kind: 'channelName', name: ch.value };
      if (typeof p.channelName === 'string') return { kind: 'channelName', name: p.channelName };
      return { kind: 'channelNumber', number: numberIn(p, 'channel') };
    }
    case 'IncrementChannel':
      return { kind: 'channelSkip', count: 1 };
    case 'DecrementChannel':
      return { kind: 'channelSkip', count: -1 };
    case 'SetVolume':
      return { kind: 'volume', percent: numberIn(p, 'volume') };
    case 'IncrementVolume':
      return { kind: 'volumeStep', delta: isObject(p.deltaVolume) ? numberIn(p, 'deltaVolume') : 1 };
    case 'DecrementVolume':
      return { kind: 'volumeStep', delta: -(isObject(p.deltaVolume) ? numberIn(p, 'deltaVolume') : 1) };
    case 'Play':
      return f.media ? { kind: 'media', action: 'Play' } : { kind: 'run', action: 'resume' };
    case 'Start':
      return { kind: 'run', action: 'start' };
    case 'Stop':
      return f.media ? { kind: 'media', action: 'Stop' } : { kind: 'run', action: 'stop' };
    case 'Pause':
      return f.media ? { kind: 'media', action: 'Pause' } : { kind: 'run', action: 'pause' };
    case 'Resume':
      return { kind: 'run', action: 'resume' };
    case 'Charge':
      return { kind: 'run', action: 'dock' };
    case 'Lock':
      return { kind: 'lock', lock: true };
    case 'Unlock':
      return { kind: 'lock', lock: false };
    case 'Open':
      return f.valve ? { kind: 'valve', open: true } : { kind: 'openPercent', percent: 100 };
    case 'Close':
      return f.valve ? { kind: 'valve', open: false } : { kind: 'openPercent', percent: 0 };
    default:
      throw new Failure('unsupported', `action '${action.slice(0, 60)}'`);
  }
}

/** A query request's answer payload, or null when `action` is not a query. */
export function queryOf(
  d: DeviceDescription,
  action: string,
  p: Record<string, unknown>,
): Record<string, unknown> | null {
  const f = featuresOf(d);
  const st = stateOf(d, f);
  const cab = () => {
    const ep = compartment(f, p);
    return st.cabinets?.find((c) => c.endpoint === ep);
  };
  switch (action) {
    case 'GetCurrentTemperature': {
      const v = f.cabinets.length > 0 ? cab()?.ambientC : st.ambientC;
      if (v === undefined || v === null) throw new Failure('unsupported', 'no temperature');
      return { currentTemperature: { value: v } };
    }
    case 'GetTargetTemperature': {
      const v = f.cabinets.length > 0 ? cab()?.setpointC : st.setpointC;
      if (v === undefined) throw new Failure('unsupported', 'no target temperature');
      return { targetTemperature: { value: v } };
    }
    case 'GetLockState':
      if (st.locked === undefined) throw new Failure('unsupported', 'no lock');
      return { lockState: st.locked ? 'LOCKED' : 'UNLOCKED' };
    case 'GetCurrentHumidity':
      if (st.humidity === undefined) throw new Failure('unsupported', 'no humidity');
      return { currentHumidity: { value: st.humidity } };
    case 'GetAirQuality':
      if (st.co2 === undefined && st.pm25 === undefined) throw new Failure('unsupported', 'no air quality');
      return {
        ...(st.co2 !== undefined ? { co2: { value: st.co2 } } : {}),
        ...(st.pm25 !== undefined ? { pm25: { value: st.pm25 } } : {}),
      };
    default:
      return null;
  }
}
