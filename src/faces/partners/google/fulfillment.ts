/**
 * Google Smart Home fulfillment: the intents action.devices.SYNC, QUERY, EXECUTE and DISCONNECT
 * answered for the linked partner, acting as its assistant through the gate. A door unlock that
 * needs the household PIN is answered with Google's two-factor challenge (`pinNeeded`, then
 * `challengeFailedPinNeeded` for a wrong one); what the home forbids is refused.
 */
import type { DeviceDescription } from '../../../model/types.js';
import {
  areaName,
  Failure,
  isObject,
  type PartnerSession,
  runIntent,
  visibleDevice,
  visibleDevices,
} from '../base.js';
import { featuresOf, type Intent, type PlainState, stateOf } from '../features.js';
import {
  FAN_SPEEDS,
  GOOGLE_ERRORS,
  GOOGLE_FALLBACK_TYPE,
  GOOGLE_TYPES,
  MODE_NAMES,
  MODE_TAG_SYNONYMS,
  THERMOSTAT_MODES,
} from './types.js';

const TR = 'action.devices.traits.';

/** A device in SYNC's shape. */
export function syncDevice(s: PartnerSession, d: DeviceDescription): Record<string, unknown> {
  const f = featuresOf(d);
  const traits: string[] = [];
  const attributes: Record<string, unknown> = {};
  if (f.onOff || f.thermostat) traits.push(`${TR}OnOff`);
  if (f.level) traits.push(`${TR}Brightness`);
  if (f.colorTemp) {
    traits.push(`${TR}ColorSetting`);
    attributes.colorTemperatureRange = {
      temperatureMinK: f.colorTemp.minK,
      temperatureMaxK: f.colorTemp.maxK,
    };
  }
  if (f.thermostat) {
    traits.push(`${TR}TemperatureSetting`);
    const modes = f.thermostat.modes.map((m) => THERMOSTAT_MODES[m]).filter((m): m is string => !!m);
    attributes.availableThermostatModes = [...new Set(f.onOff ? ['off', 'on', ...modes] : modes)];
    attributes.thermostatTemperatureUnit = 'C';
  }
  const cabinet = f.cabinets[0];
  if (cabinet) {
    traits.push(`${TR}TemperatureControl`);
    attributes.temperatureRange = { minThresholdCelsius: cabinet.minC, maxThresholdCelsius: cabinet.maxC };
    attributes.temperatureStepCelsius = cabinet.stepC;
    attributes.temperatureUnitForUX = 'C';
  } else if (!f.thermostat && f.temperatureC !== null) {
    traits.push(`${TR}TemperatureControl`);
    attributes.queryOnlyTemperatureControl = true;
    attributes.temperatureUnitForUX = 'C';
    attributes.temperatureRange = { minThresholdCelsius: -40, maxThresholdCelsius: 80 };
  }
  if (f.humidity !== null) {
    traits.push(`${TR}HumiditySetting`);
    attributes.queryOnlyHumiditySetting = true;
  }
  if (f.co2 !== null || f.pm25 !== null) {
    traits.push(`${TR}SensorState`);
    attributes.sensorStatesSupported = [
      ...(f.co2 !== null
        ? [{ name: 'CarbonDioxideLevel', numericCapabilities: { rawValueUnit: 'PARTS_PER_MILLION' } }]
        : []),
      ...(f.pm25 !== null
        ? [{ name: 'PM2.5', numericCapabilities: { rawValueUnit: 'MICROGRAMS_PER_CUBIC_METER' } }]
        : []),
    ];
  }
  if (f.fan) {
    traits.push(`${TR}FanSpeed`);
    attributes.availableFanSpeeds = {
      speeds: f.fan.modes
        .filter((m) => FAN_SPEEDS[m])
        .map((m) => {
          const sp = FAN_SPEEDS[m] as { name: string; synonyms: string[] };
          return { speed_name: sp.name, speed_values: [{ speed_synonym: sp.synonyms, lang: 'ko' }] };
        }),
      ordered: true,
    };
  }
  if (f.channel) {
    traits.push(`${TR}Channel`);
    attributes.availableChannels = f.channel.list.map((c) => ({
      key: String(c.number),
      names: [c.name, ...c.aliases],
      number: String(c.number),
    }));
  }
  if (f.volume) {
    traits.push(`${TR}Volume`);
    attributes.volumeMaxLevel = 100;
    attributes.volumeCanMuteAndUnmute = false;
  }
  if (f.media) {
    traits.push(`${TR}MediaState`, `${TR}TransportControl`);
    attributes.supportActivityState = false;
    attributes.supportPlaybackState = true;
    attributes.transportControlSupportedCommands = ['NEXT', 'PREVIOUS', 'PAUSE', 'STOP', 'RESUME'];
  }
  if (f.operation) {
    traits.push(`${TR}StartStop`);
    attributes.pausable = true;
    if (f.operation.rvc) traits.push(`${TR}Dock`);
  }
  if (f.modes) {
    const m = MODE_NAMES[f.modes.cluster] ?? { name: 'mode', synonyms: ['모드'] };
    traits.push(`${TR}Modes`);
    attributes.availableModes = [
      {
        name: m.name,
        name_values: [{ name_synonym: m.synonyms, lang: 'ko' }],
        settings: f.modes.list.map((x) => ({
          setting_name: x.label,
          setting_values: [
            { setting_synonym: [x.label, ...x.tags.flatMap((t) => MODE_TAG_SYNONYMS[t] ?? [])], lang: 'ko' },
          ],
        })),
        ordered: false,
      },
    ];
  }
  if (f.lock) traits.push(`${TR}LockUnlock`);
  if (f.valve) {
    traits.push(`${TR}OpenClose`);
    attributes.discreteOnlyOpenClose = true;
  }
  if (f.cover) traits.push(`${TR}OpenClose`);
  const room = areaName(s, d.area);
  return {
    id: d.id,
    type: GOOGLE_TYPES[d.deviceType] ?? GOOGLE_FALLBACK_TYPE,
    traits,
    name: { name: d.name, nicknames: d.aliases ?? [], defaultNames: [d.name] },
    willReportState: true,
    ...(room ? { roomHint: room } : {}),
    attributes,
    deviceInfo: { manufacturer: d.vendor ?? '', model: d.model ?? '' },
  };
}

/** A device's state in QUERY's (and Report State's) shape. */
export function googleState(d: DeviceDescription): Record<string, unknown> {
  const st: PlainState = stateOf(d);
  const out: Record<string, unknown> = { online: st.online, status: 'SUCCESS' };
  if (st.on !== undefined) out.on = st.on;
  if (st.brightness !== undefined) out.brightness = st.brightness;
  if (st.colorTempK !== undefined) out.color = { temperatureK: st.colorTempK };
  if (st.thermostatMode !== undefined) {
    out.thermostatMode = st.thermostatMode;
    out.thermostatTemperatureSetpoint = st.setpointC;
    if (st.ambientC !== undefined) out.thermostatTemperatureAmbient = st.ambientC;
  } else if (st.cabinets?.[0]) {
    out.temperatureSetpointCelsius = st.cabinets[0].setpointC;
    if (st.cabinets[0].ambientC !== null) out.temperatureAmbientCelsius = st.cabinets[0].ambientC;
  } else if (st.ambientC !== undefined) out.temperatureAmbientCelsius = st.ambientC;
  if (st.humidity !== undefined) out.humidityAmbientPercent = Math.round(st.humidity);
  const sensors = [
    ...(st.co2 !== undefined ? [{ name: 'CarbonDioxideLevel', rawValue: st.co2 }] : []),
    ...(st.pm25 !== undefined ? [{ name: 'PM2.5', rawValue: st.pm25 }] : []),
  ];
  if (sensors.length > 0) out.currentSensorStateData = sensors;
  if (st.fanMode !== undefined) out.currentFanSpeedSetting = FAN_SPEEDS[st.fanMode]?.name ?? 'off';
  if (st.mode !== undefined) {
    const f = featuresOf(d);
    const label = f.modes?.list.find((x) => x.mode === st.mode)?.label;
    const name = f.modes ? (MODE_NAMES[f.modes.cluster]?.name ?? 'mode') : 'mode';
    if (label) out.currentModeSettings = { [name]: label };
  }
  if (st.volume !== undefined) {
    out.currentVolume = st.volume;
    out.isMuted = false;
  }
  if (st.playing !== undefined) out.playbackState = st.playing ? 'PLAYING' : 'PAUSED';
  if (st.running !== undefined) {
    out.isRunning = st.running;
    out.isPaused = st.paused === true;
  }
  if (st.docked !== undefined) out.isDocked = st.docked;
  if (st.locked !== undefined) {
    out.isLocked = st.locked;
    out.isJammed = st.jammed === true;
  }
  if (st.valveOpen !== undefined) out.openPercent = st.valveOpen ? 100 : 0;
  if (st.openPercent !== undefined) out.openPercent = st.openPercent;
  return out;
}

const CMD = 'action.devices.commands.';
const numberArg = (p: Record<string, unknown>, name: string): number => {
  const v = p[name];
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new Failure('invalid-request', `${name} must be a number`);
  return v;
};

/** One EXECUTE command as a platform-neutral intent. */
export function intentOf(d: DeviceDescription, command: string, p: Record<string, unknown>): Intent {
  switch (command) {
    case `${CMD}OnOff`:
      if (typeof p.on !== 'boolean') throw new Failure('invalid-request', 'on must be a boolean');
      return { kind: 'on', on: p.on };
    case `${CMD}BrightnessAbsolute`:
      return { kind: 'brightness', percent: numberArg(p, 'brightness') };
    case `${CMD}ColorAbsolute`: {
      const c = isObject(p.color) ? p.color : {};
      return { kind: 'colorTemp', kelvin: numberArg(c, 'temperature') };
    }
    case `${CMD}ThermostatTemperatureSetpoint`:
      return { kind: 'setpoint', celsius: numberArg(p, 'thermostatTemperatureSetpoint') };
    case `${CMD}ThermostatSetMode`: {
      const m = p.thermostatMode;
      if (m === 'on') return { kind: 'on', on: true };
      const known = ['off', 'heat', 'cool', 'auto', 'fan-only', 'dry'] as const;
      const mode = known.find((k) => k === m);
      if (!mode) throw new Failure('unsupported', `thermostat mode '${String(m)}'`);
      return { kind: 'thermostatMode', mode };
    }
    case `${CMD}SetTemperature`:
      return { kind: 'cabinet', celsius: numberArg(p, 'temperature') };
    case `${CMD}SetFanSpeed`: {
      const entry = Object.entries(FAN_SPEEDS).find(([, v]) => v.name === p.fanSpeed);
      if (!entry) throw new Failure('value-out-of-range', `fan speed '${String(p.fanSpeed)}'`);
      return { kind: 'fanMode', mode: Number(entry[0]) };
    }
    case `${CMD}selectChannel`: {
      const byCode = typeof p.channelCode === 'string' ? Number(p.channelCode) : Number.NaN;
      const byNumber = typeof p.channelNumber === 'string' ? Number(p.channelNumber) : Number.NaN;
      const n = Number.isInteger(byCode) ? byCode : byNumber;
      if (Number.isInteger(n)) return { kind: 'channelNumber', number: n };
      if (typeof p.channelName === 'string') return { kind: 'channelName', name: p.channelName };
      throw new Failure('invalid-request', 'selectChannel needs channelCode, channelNumber or channelName');
    }
    case `${CMD}relativeChannel`:
      return { kind: 'channelSkip', count: numberArg(p, 'relativeChannelChange') };
    case `${CMD}setVolume`:
      return { kind: 'volume', percent: numberArg(p, 'volumeLevel') };
    case `${CMD}volumeRelative`:
      return { kind: 'volumeStep', delta: numberArg(p, 'relativeSteps') };
    case `${CMD}mediaPause`:
      return { kind: 'media', action: 'Pause' };
    case `${CMD}mediaResume`:
      return { kind: 'media', action: 'Play' };
    case `${CMD}mediaStop`:
      return { kind: 'media', action: 'Stop' };
    case `${CMD}mediaNext`:
      return { kind: 'media', action: 'Next' };
    case `${CMD}mediaPrevious`:
      return { kind: 'media', action: 'Previous' };
    case `${CMD}StartStop`:
      return { kind: 'run', action: p.start === true ? 'start' : 'stop' };
    case `${CMD}PauseUnpause`:
      return { kind: 'run', action: p.pause === true ? 'pause' : 'resume' };
    case `${CMD}Dock`:
      return { kind: 'run', action: 'dock' };
    case `${CMD}SetModes`: {
      const f = featuresOf(d);
      const settings = isObject(p.updateModeSettings) ? Object.values(p.updateModeSettings) : [];
      const label = settings.find((v): v is string => typeof v === 'string');
      const m = f.modes?.list.find((x) => x.label === label);
      if (!m) throw new Failure('value-out-of-range', `mode setting '${String(label).slice(0, 40)}'`);
      return { kind: 'mode', mode: m.mode };
    }
    case `${CMD}LockUnlock`:
      if (typeof p.lock !== 'boolean') throw new Failure('invalid-request', 'lock must be a boolean');
      return { kind: 'lock', lock: p.lock };
    case `${CMD}OpenClose`: {
      const pct = numberArg(p, 'openPercent');
      return featuresOf(d).valve ? { kind: 'valve', open: pct > 0 } : { kind: 'openPercent', percent: pct };
    }
    default:
      throw new Failure('unsupported', `command '${command.slice(0, 80)}'`);
  }
}

export function sync(s: PartnerSession, requestId: string): Record<string, unknown> {
  return {
    requestId,
    payload: { agentUserId: s.home.runtime.id, devices: visibleDevices(s).map((d) => syncDevice(s, d)) },
  };
}

export function query(s: PartnerSession, requestId: string, payload: Record<string, unknown>) {
  visibleDevices(s);
  const asked = Array.isArray(payload.devices) ? payload.devices : null;
  if (!asked) throw new Failure('invalid-request', 'QUERY needs payload.devices');
  const devices: Record<string, unknown> = {};
  for (const a of asked.slice(0, 500)) {
    const id = isObject(a) && typeof a.id === 'string' ? a.id : '';
    try {
      devices[id] = googleState(visibleDevice(s, id));
    } catch (err) {
      devices[id] = { status: 'ERROR', errorCode: GOOGLE_ERRORS[(err as Failure).code] ?? 'deviceNotFound' };
    }
  }
  return { requestId, payload: { devices } };
}

interface CommandResult {
  ids: string[];
  status: 'SUCCESS' | 'ERROR' | 'EXCEPTIONS';
  states?: Record<string, unknown>;
  errorCode?: string;
  challengeNeeded?: { type: string };
}

/** EXECUTE: every execution on every device named, one result per device. */
export async function execute(s: PartnerSession, requestId: string, payload: Record<string, unknown>) {
  const commands = Array.isArray(payload.commands) ? payload.commands : null;
  if (!commands) throw new Failure('invalid-request', 'EXECUTE needs payload.commands');
  const results: CommandResult[] = [];
  for (const c of commands.slice(0, 50)) {
    if (!isObject(c) || !Array.isArray(c.devices) || !Array.isArray(c.execution))
      throw new Failure('invalid-request', 'each command needs devices and execution');
    for (const dv of c.devices.slice(0, 100)) {
      const id = isObject(dv) && typeof dv.id === 'string' ? dv.id : '';
      results.push(await executeOn(s, id, c.execution));
    }
  }
  return { requestId, payload: { commands: results } };
}

async function executeOn(s: PartnerSession, id: string, execution: unknown[]): Promise<CommandResult> {
  try {
    let d = visibleDevice(s, id);
    for (const e of execution.slice(0, 10)) {
      if (!isObject(e) || typeof e.command !== 'string')
        throw new Failure('invalid-request', 'each execution needs a command');
      const params = isObject(e.params) ? e.params : {};
      const challenge = isObject(e.challenge) ? e.challenge : {};
      const pin = typeof challenge.pin === 'string' ? challenge.pin : undefined;
      d = await runIntent(s, d, intentOf(d, e.command, params), pin);
    }
    return { ids: [id], status: 'SUCCESS', states: googleState(d) };
  } catch (err) {
    const code = err instanceof Failure ? err.code : 'vendor-error';
    if (code === 'pin-required' || code === 'pin-invalid')
      return {
        ids: [id],
        status: 'ERROR',
        errorCode: 'challengeNeeded',
        challengeNeeded: { type: code === 'pin-required' ? 'pinNeeded' : 'challengeFailedPinNeeded' },
      };
    return { ids: [id], status: 'ERROR', errorCode: GOOGLE_ERRORS[code] };
  }
}
