/**
 * The NUGU smart-home backend proxy face, under `/partners/nugu` (the SmartHomeBackendProxy URL
 * registered with NUGU): discovery at `POST …/nugu/v1/devices` and directives at
 * `POST …/nugu/v1/capabilities/{capability}/directives/{directive}` (PowerControl,
 * BrightnessControl, TemperatureControl, DeviceTemperatureControl, AirflowControl, ChannelControl,
 * VolumeControl, LockControl, OpenCloseControl, and `Get…` state directives). The token is taken
 * from the body's `token` or the Authorization header. Global errors are
 * `{requestId, error: {code, message}}` with that HTTP status (4xx only); device results are
 * `{requestId, data: [{resultCode, smartHomeDevice, properties | errorProperties}]}`. NUGU has no
 * PIN challenge, so an action needing the household PIN is refused.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Hub } from '../../../hub/hub.js';
import type { DeviceDescription } from '../../../model/types.js';
import type { Face } from '../../types.js';
import {
  areaName,
  bearerOf,
  Failure,
  isObject,
  type PartnerSession,
  runIntent,
  sessionOf,
  visibleDevice,
  visibleDevices,
} from '../base.js';
import { featuresOf, type Intent, stateOf } from '../features.js';
import { clientStatus, partnerScope } from '../routes.js';
import { AIRFLOW, NUGU_FALLBACK_TYPE, NUGU_RESULT_CODES, NUGU_TYPES } from './types.js';

export const NUGU_BASE = '/partners/nugu';
const PLATFORM = 'nugu';

function capabilitiesOf(d: DeviceDescription): Record<string, unknown> {
  const f = featuresOf(d);
  const c: Record<string, unknown> = {};
  if (f.onOff || f.thermostat || f.operation) c.powerControl = {};
  if (f.level) c.brightnessControl = { minBrightness: '1', maxBrightness: '100' };
  if (f.thermostat) c.temperatureControl = {};
  if (f.cabinets.length > 0)
    c.deviceTemperatureControl = {
      minTemperature: String(Math.min(...f.cabinets.map((x) => x.minC))),
      maxTemperature: String(Math.max(...f.cabinets.map((x) => x.maxC))),
      zones: f.cabinets.map((x) => x.name),
    };
  if (f.fan) c.airflowControl = { supportedAirflowTypes: f.fan.modes.map((m) => AIRFLOW[m]).filter(Boolean) };
  if (f.channel) c.channelControl = { channels: f.channel.list.map((x) => x.name) };
  if (f.volume) c.volumeControl = { minVolume: '0', maxVolume: '100' };
  if (f.lock) c.lockControl = {};
  if (f.valve || f.cover) c.openCloseControl = {};
  return c;
}

function discovered(s: PartnerSession, d: DeviceDescription) {
  return {
    id: d.id,
    deviceTypeCode: NUGU_TYPES[d.deviceType] ?? NUGU_FALLBACK_TYPE,
    deviceTypeName: d.name,
    deviceModelName: d.model ?? d.deviceType,
    friendlyNameSuggestion: d.name,
    manufacturer: d.vendor ?? 'Yeondong',
    supportedCapabilities: capabilitiesOf(d),
    customData: { room: areaName(s, d.area) ?? '', aliases: (d.aliases ?? []).join(',') },
    connectionStatus: d.online,
  };
}

const param = (p: Record<string, unknown>, name: string): number => {
  const v = p[name];
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n))
    throw new Failure('invalid-request', `${name} must be a number`);
  return n;
};

function intentOf(
  d: DeviceDescription,
  capability: string,
  directive: string,
  p: Record<string, unknown>,
): Intent {
  const f = featuresOf(d);
  switch (`${capability}.${directive}`) {
    case 'PowerControl.TurnOn':
      return f.onOff || f.thermostat ? { kind: 'on', on: true } : { kind: 'run', action: 'start' };
    case 'PowerControl.TurnOff':
      return f.onOff || f.thermostat ? { kind: 'on', on: false } : { kind: 'run', action: 'stop' };
    case 'BrightnessControl.SetBrightness':
      return { kind: 'brightness', percent: param(p, 'brightness') };
    case 'TemperatureControl.SetTemperature':
      return { kind: 'setpoint', celsius: param(p, 'temperature') };
    case 'DeviceTemperatureControl.SetDeviceTemperature': {
      const zone = typeof p.zone === 'string' ? p.zone : undefined;
      const cab = zone ? f.cabinets.find((c) => c.name === zone || c.endpoint === zone) : f.cabinets[0];
      if (!cab) throw new Failure('unsupported', `no zone '${String(zone).slice(0, 40)}'`);
      return { kind: 'cabinet', endpoint: cab.endpoint, celsius: param(p, 'temperature') };
    }
    case 'AirflowControl.SetAirflow': {
      const mode = Object.entries(AIRFLOW).find(([, v]) => v === p.airflow)?.[0];
      if (mode === undefined)
        throw new Failure('value-out-of-range', `airflow '${String(p.airflow).slice(0, 20)}'`);
      return { kind: 'fanMode', mode: Number(mode) };
    }
    case 'ChannelControl.SetChannel': {
      const v = p.channel;
      if (typeof v === 'string' && !/^\d+$/.test(v)) return { kind: 'channelName', name: v };
      return { kind: 'channelNumber', number: param(p, 'channel') };
    }
    case 'ChannelControl.ChannelUp':
      return { kind: 'channelSkip', count: 1 };
    case 'ChannelControl.ChannelDown':
      return { kind: 'channelSkip', count: -1 };
    case 'VolumeControl.SetVolume':
      return { kind: 'volume', percent: param(p, 'volume') };
    case 'VolumeControl.VolumeUp':
      return { kind: 'volumeStep', delta: p.volume === undefined ? 1 : param(p, 'volume') };
    case 'VolumeControl.VolumeDown':
      return { kind: 'volumeStep', delta: -(p.volume === undefined ? 1 : param(p, 'volume')) };
    case 'LockControl.Lock':
      return { kind: 'lock', lock: true };
    case 'LockControl.Unlock':
      return { kind: 'lock', lock: false };
    case 'OpenCloseControl.Open':
      return f.valve ? { kind: 'valve', open: true } : { kind: 'openPercent', percent: 100 };
    case 'OpenCloseControl.Close':
      return f.valve ? { kind: 'valve', open: false } : { kind: 'openPercent', percent: 0 };
    default:
      throw new Failure('unsupported', `directive '${capability.slice(0, 40)}.${directive.slice(0, 40)}'`);
  }
}

/** The device's state as NUGU properties. */
function propertiesOf(d: DeviceDescription): Record<string, unknown> {
  const st = stateOf(d);
  const p: Record<string, unknown> = { connectionStatus: st.online };
  if (st.on !== undefined) p.power = st.on ? 'ON' : 'OFF';
  if (st.brightness !== undefined) p.brightness = String(st.brightness);
  if (st.setpointC !== undefined) p.temperature = String(st.setpointC);
  if (st.ambientC !== undefined) p.currentTemperature = String(st.ambientC);
  if (st.cabinets)
    p.deviceTemperatures = st.cabinets.map((c) => ({ zone: c.name, temperature: String(c.setpointC) }));
  if (st.fanMode !== undefined) p.airflow = AIRFLOW[st.fanMode] ?? 'OFF';
  if (st.channel) p.channel = { number: String(st.channel.number), name: st.channel.name };
  if (st.volume !== undefined) p.volume = String(st.volume);
  if (st.locked !== undefined) p.lockState = st.locked ? 'LOCKED' : 'UNLOCKED';
  if (st.valveOpen !== undefined) p.openState = st.valveOpen ? 'OPEN' : 'CLOSED';
  if (st.openPercent !== undefined) p.openState = st.openPercent > 0 ? 'OPEN' : 'CLOSED';
  return p;
}

class GlobalError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sessionFrom(hub: Hub, req: FastifyRequest, body: Record<string, unknown>): PartnerSession {
  const token = typeof body.token === 'string' ? body.token : bearerOf(req.headers.authorization);
  try {
    return sessionOf(hub, token, PLATFORM);
  } catch {
    throw new GlobalError(401, 'invalid token');
  }
}

async function directive(hub: Hub, req: FastifyRequest, capability: string, name: string) {
  const body = isObject(req.body) ? req.body : {};
  const requestId = typeof body.requestId === 'string' ? body.requestId : undefined;
  const s = sessionFrom(hub, req, body);
  const action = isObject(body.action) ? body.action : null;
  const command = action && isObject(action.command) ? action.command : {};
  const device = action && isObject(action.smartHomeDevice) ? action.smartHomeDevice : null;
  if (!device) throw new GlobalError(400, 'action.smartHomeDevice is required');
  const params = isObject(command.parameters) ? command.parameters : {};
  const echo = { id: device.id, ...(isObject(device.customData) ? { customData: device.customData } : {}) };
  try {
    let d = visibleDevice(s, device.id);
    if (!name.startsWith('Get')) d = await runIntent(s, d, intentOf(d, capability, name, params));
    return { requestId, data: [{ resultCode: 'OK', smartHomeDevice: echo, properties: propertiesOf(d) }] };
  } catch (err) {
    const f = err instanceof Failure ? err : new Failure('vendor-error', 'the device did not answer');
    return {
      requestId,
      data: [
        {
          resultCode: NUGU_RESULT_CODES[f.code],
          smartHomeDevice: echo,
          errorProperties: { message: f.message.slice(0, 300) },
        },
      ],
    };
  }
}

const answerGlobal = (reply: FastifyReply, req: FastifyRequest, err: unknown) => {
  const body = isObject(req.body) ? req.body : {};
  const status = err instanceof GlobalError ? err.status : clientStatus(err);
  return reply.code(status).send({
    ...(typeof body.requestId === 'string' ? { requestId: body.requestId } : {}),
    error: { code: status, message: err instanceof GlobalError ? err.message : 'the request is not valid' },
  });
};

export function nuguFace(): Face {
  return {
    name: 'partners-nugu',
    routes: (app, hub) =>
      partnerScope(app, {
        onError: (err, req, reply) => answerGlobal(reply, req, err),
        routes: (scope) => {
          scope.post(
            `${NUGU_BASE}/nugu/v1/devices`,
            {
              bodyLimit: 64 * 1024,
              schema: {
                summary:
                  'NUGU smart home: device discovery (the linked partner token in the body, or as Bearer)',
                tags: ['partners'],
              },
            },
            async (req) => {
              const body = isObject(req.body) ? req.body : {};
              const s = sessionFrom(hub, req, body);
              const devices = visibleDevices(s).map((d) => discovered(s, d));
              return { devices };
            },
          );
          scope.post<{ Params: { capability: string; directive: string } }>(
            `${NUGU_BASE}/nugu/v1/capabilities/:capability/directives/:directive`,
            {
              bodyLimit: 64 * 1024,
              schema: {
                summary:
                  'NUGU smart home: one directive (control, or a Get… state query) on one device; device results in data[].resultCode',
                tags: ['partners'],
                params: {
                  type: 'object',
                  properties: {
                    capability: { type: 'string', maxLength: 64 },
                    directive: { type: 'string', maxLength: 64 },
                  },
                  required: ['capability', 'directive'],
                },
              },
            },
            (req) => directive(hub, req, req.params.capability, req.params.directive),
          );
        },
      }),
  };
}
