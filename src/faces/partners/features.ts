/**
 * A device as the partner platforms see it: which features it has (on/off, brightness, a
 * thermostat, fridge compartments, a channel list…) read from its Matter endpoints, its state in
 * plain units (°C, percent, Kelvin), and the Matter command that carries out one platform-neutral
 * intent. Every partner face maps its own protocol onto these, so no face reads clusters itself.
 */
import type { CommandRequest, DeviceDescription, Endpoint } from '../../model/types.js';

export interface Cabinet {
  endpoint: string;
  /** The compartment's own name ("냉장실", "상칸"). */
  name: string;
  tag: string;
  minC: number;
  maxC: number;
  stepC: number;
}

export interface Features {
  onOff: string | null;
  /** Light brightness (LevelControl on a light's endpoint). */
  level: { endpoint: string; min: number; max: number } | null;
  colorTemp: { endpoint: string; minK: number; maxK: number } | null;
  thermostat: { endpoint: string; heat: boolean; cool: boolean; modes: number[] } | null;
  cabinets: Cabinet[];
  fan: { endpoint: string; modes: readonly number[] } | null;
  channel: { endpoint: string; list: Array<{ number: number; name: string; aliases: string[] }> } | null;
  /** An appliance's modes (a washer's course, a fridge's express mode); not a robot's run mode. */
  modes: {
    endpoint: string;
    cluster: string;
    list: Array<{ mode: number; label: string; tags: string[] }>;
  } | null;
  /** Volume: LevelControl on a Speaker endpoint. */
  volume: { endpoint: string } | null;
  media: string | null;
  /** Start/stop/pause of an appliance (OperationalState) or a robot vacuum (RvcOperationalState). */
  operation: { endpoint: string; rvc: boolean } | null;
  lock: string | null;
  valve: string | null;
  cover: string | null;
  temperatureC: number | null;
  humidity: number | null;
  pm25: number | null;
  co2: number | null;
  battery: number | null;
}

/** One platform-neutral intent; `toMatter` turns it into the hub's command. */
export type Intent =
  | { kind: 'on'; on: boolean }
  | { kind: 'brightness'; percent: number }
  | { kind: 'colorTemp'; kelvin: number }
  | { kind: 'setpoint'; celsius: number }
  | { kind: 'thermostatMode'; mode: 'off' | 'heat' | 'cool' | 'auto' | 'fan-only' | 'dry' }
  | { kind: 'cabinet'; endpoint?: string; celsius: number }
  | { kind: 'fanMode'; mode: number }
  | { kind: 'channelNumber'; number: number }
  | { kind: 'channelName'; name: string }
  | { kind: 'channelSkip'; count: number }
  | { kind: 'volume'; percent: number }
  | { kind: 'volumeStep'; delta: number }
  | { kind: 'media'; action: 'Play' | 'Pause' | 'Stop' | 'Next' | 'Previous' }
  | { kind: 'run'; action: 'start' | 'stop' | 'pause' | 'resume' | 'dock' }
  | { kind: 'lock'; lock: boolean }
  | { kind: 'valve'; open: boolean }
  | { kind: 'openPercent'; percent: number }
  | { kind: 'mode'; mode: number };

/** Matter SystemMode values by name. */
export const SYSTEM_MODES = { off: 0, auto: 1, cool: 3, heat: 4, 'fan-only': 7, dry: 8 } as const;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const cluster = (ep: Endpoint, name: string): Record<string, unknown> | undefined => ep.clusters[name];
const firstWith = (d: DeviceDescription, name: string): Endpoint | undefined =>
  d.endpoints.find((e) => cluster(e, name) !== undefined);
const isSpeaker = (e: Endpoint) => e.deviceTypes.includes('Speaker');
const isLight = (d: DeviceDescription) => /Light$/.test(d.deviceType);

export function featuresOf(d: DeviceDescription): Features {
  const main = d.endpoints.find((e) => e.id === 'main') ?? d.endpoints[0];
  const onOffEp =
    main && cluster(main, 'OnOff') ? main : d.endpoints.find((e) => cluster(e, 'OnOff') && !isSpeaker(e));
  const levelEp = isLight(d) ? firstWith(d, 'LevelControl') : undefined;
  const color = firstWith(d, 'ColorControl');
  const thermo = firstWith(d, 'Thermostat');
  const fan = firstWith(d, 'FanControl');
  const ch = firstWith(d, 'Channel');
  const speaker =
    d.endpoints.find((e) => isSpeaker(e) && cluster(e, 'LevelControl')) ??
    (d.deviceType === 'Speaker' ? firstWith(d, 'LevelControl') : undefined);
  const media = firstWith(d, 'MediaPlayback');
  const op = firstWith(d, 'OperationalState') ?? firstWith(d, 'RvcOperationalState');
  const measure = (name: string, scale: number) => {
    const ep = firstWith(d, name);
    const v = ep ? num(cluster(ep, name)?.MeasuredValue) : null;
    return v === null ? null : v / scale;
  };
  const cabinets: Cabinet[] = d.endpoints
    .filter((e) => cluster(e, 'TemperatureControl'))
    .map((e) => {
      const t = cluster(e, 'TemperatureControl') ?? {};
      return {
        endpoint: e.id,
        name: e.name ?? e.id,
        tag: e.tags[0] ?? e.id,
        minC: (num(t.MinTemperature) ?? -3000) / 100,
        maxC: (num(t.MaxTemperature) ?? 3000) / 100,
        stepC: (num(t.Step) ?? 100) / 100,
      };
    });
  const t = thermo ? (cluster(thermo, 'Thermostat') ?? {}) : {};
  const colorAttrs = color ? (cluster(color, 'ColorControl') ?? {}) : {};
  const level = levelEp ? (cluster(levelEp, 'LevelControl') ?? {}) : {};
  const chList = ch ? cluster(ch, 'Channel')?.ChannelList : undefined;
  const bat = firstWith(d, 'PowerSource');
  const modeCluster = ['LaundryWasherMode', 'RefrigeratorAndTemperatureControlledCabinetMode'].find((c) =>
    firstWith(d, c),
  );
  const modeEp = modeCluster ? firstWith(d, modeCluster) : undefined;
  const supported = modeEp && modeCluster ? cluster(modeEp, modeCluster)?.SupportedModes : undefined;
  const batRaw = bat ? num(cluster(bat, 'PowerSource')?.BatPercentRemaining) : null;
  return {
    onOff: onOffEp?.id ?? null,
    level: levelEp
      ? { endpoint: levelEp.id, min: num(level.MinLevel) ?? 1, max: num(level.MaxLevel) ?? 254 }
      : null,
    colorTemp: color
      ? {
          endpoint: color.id,
          minK: Math.round(1e6 / (num(colorAttrs.ColorTempPhysicalMaxMireds) ?? 500)),
          maxK: Math.round(1e6 / (num(colorAttrs.ColorTempPhysicalMinMireds) ?? 153)),
        }
      : null,
    thermostat: thermo
      ? {
          endpoint: thermo.id,
          heat: t.OccupiedHeatingSetpoint !== undefined,
          cool: t.OccupiedCoolingSetpoint !== undefined,
          modes: Array.isArray(t.SupportedSystemModes) ? (t.SupportedSystemModes as number[]) : [],
        }
      : null,
    cabinets,
    fan: fan ? { endpoint: fan.id, modes: fanModes(num(cluster(fan, 'FanControl')?.FanModeSequence)) } : null,
    channel:
      ch && Array.isArray(chList)
        ? {
            endpoint: ch.id,
            list: (chList as Array<Record<string, unknown>>).map((c) => ({
              number: num(c.MajorNumber) ?? 0,
              name: String(c.Name ?? ''),
              aliases: Array.isArray(c.Aliases) ? (c.Aliases as string[]) : [],
            })),
          }
        : null,
    modes:
      modeEp && modeCluster && Array.isArray(supported)
        ? {
            endpoint: modeEp.id,
            cluster: modeCluster,
            list: (supported as Array<Record<string, unknown>>).map((m) => ({
              mode: num(m.Mode) ?? 0,
              label: String(m.Label ?? m.Mode),
              tags: Array.isArray(m.ModeTags) ? (m.ModeTags as string[]) : [],
            })),
          }
        : null,
    volume: speaker ? { endpoint: speaker.id } : null,
    media: media?.id ?? null,
    operation: op ? { endpoint: op.id, rvc: cluster(op, 'RvcOperationalState') !== undefined } : null,
    lock: firstWith(d, 'DoorLock')?.id ?? null,
    valve: firstWith(d, 'ValveConfigurationAndControl')?.id ?? null,
    cover: firstWith(d, 'WindowCovering')?.id ?? null,
    temperatureC: thermo
      ? (num(t.LocalTemperature) ?? 0) / 100
      : cabinets.length > 0
        ? null
        : measure('TemperatureMeasurement', 100),
    humidity: measure('RelativeHumidityMeasurement', 100),
    pm25: measure('Pm25ConcentrationMeasurement', 1),
    co2: measure('CarbonDioxideConcentrationMeasurement', 1),
    battery: batRaw === null ? null : Math.round(batRaw / 2),
  };
}

/** FanMode values a FanModeSequence allows (Off 0, Low 1, Medium 2, High 3, Auto 5). */
function fanModes(seq: number | null): readonly number[] {
  const table: Record<number, readonly number[]> = {
    0: [0, 1, 2, 3],
    1: [0, 1, 3],
    2: [0, 1, 2, 3, 5],
    3: [0, 1, 3, 5],
    4: [0, 3, 5],
    5: [0, 3],
  };
  return table[seq ?? 0] ?? [0, 1, 2, 3];
}

/** The device's state in plain units, for QUERY-like requests and state reports. */
export interface PlainState {
  online: boolean;
  on?: boolean;
  brightness?: number;
  colorTempK?: number;
  setpointC?: number;
  thermostatMode?: string;
  ambientC?: number;
  cabinets?: Array<{ endpoint: string; name: string; setpointC: number; ambientC: number | null }>;
  fanMode?: number;
  mode?: number;
  channel?: { number: number; name: string };
  volume?: number;
  playing?: boolean;
  running?: boolean;
  paused?: boolean;
  docked?: boolean;
  locked?: boolean;
  jammed?: boolean;
  valveOpen?: boolean;
  openPercent?: number;
  humidity?: number;
  pm25?: number;
  co2?: number;
  battery?: number;
}

const attr = (d: DeviceDescription, ep: string, c: string, a: string): unknown =>
  d.endpoints.find((e) => e.id === ep)?.clusters[c]?.[a];

export function stateOf(d: DeviceDescription, f: Features = featuresOf(d)): PlainState {
  const s: PlainState = { online: d.online };
  if (f.onOff) s.on = attr(d, f.onOff, 'OnOff', 'OnOff') === true;
  if (f.thermostat) {
    const mode = num(attr(d, f.thermostat.endpoint, 'Thermostat', 'SystemMode')) ?? 0;
    const name = Object.entries(SYSTEM_MODES).find(([, v]) => v === mode)?.[0] ?? 'auto';
    s.thermostatMode = f.onOff && s.on === false ? 'off' : name;
    if (!f.onOff) s.on = mode !== 0;
    const sp =
      (mode === 3 || !f.thermostat.heat) && f.thermostat.cool
        ? attr(d, f.thermostat.endpoint, 'Thermostat', 'OccupiedCoolingSetpoint')
        : attr(d, f.thermostat.endpoint, 'Thermostat', 'OccupiedHeatingSetpoint');
    s.setpointC = (num(sp) ?? 0) / 100;
  }
  if (f.temperatureC !== null) s.ambientC = f.temperatureC;
  if (f.level) {
    const v = num(attr(d, f.level.endpoint, 'LevelControl', 'CurrentLevel')) ?? 0;
    s.brightness = Math.round((v / f.level.max) * 100);
  }
  if (f.colorTemp) {
    const m = num(attr(d, f.colorTemp.endpoint, 'ColorControl', 'ColorTemperatureMireds'));
    if (m) s.colorTempK = Math.round(1e6 / m);
  }
  if (f.cabinets.length > 0)
    s.cabinets = f.cabinets.map((c) => {
      const set = num(attr(d, c.endpoint, 'TemperatureControl', 'TemperatureSetpoint')) ?? 0;
      const now = num(attr(d, c.endpoint, 'TemperatureMeasurement', 'MeasuredValue'));
      return {
        endpoint: c.endpoint,
        name: c.name,
        setpointC: set / 100,
        ambientC: now === null ? null : now / 100,
      };
    });
  if (f.fan) s.fanMode = num(attr(d, f.fan.endpoint, 'FanControl', 'FanMode')) ?? 0;
  if (f.modes) s.mode = num(attr(d, f.modes.endpoint, f.modes.cluster, 'CurrentMode')) ?? 0;
  if (f.channel) {
    const cur = attr(d, f.channel.endpoint, 'Channel', 'CurrentChannel') as
      | Record<string, unknown>
      | undefined;
    if (cur) s.channel = { number: num(cur.MajorNumber) ?? 0, name: String(cur.Name ?? '') };
  }
  if (f.volume) s.volume = num(attr(d, f.volume.endpoint, 'LevelControl', 'CurrentLevel')) ?? 0;
  if (f.media) s.playing = attr(d, f.media, 'MediaPlayback', 'CurrentState') === 0;
  if (f.operation) {
    const c = f.operation.rvc ? 'RvcOperationalState' : 'OperationalState';
    const st = num(attr(d, f.operation.endpoint, c, 'OperationalState')) ?? 0;
    s.running = st === 1;
    s.paused = st === 2;
    if (f.operation.rvc) s.docked = st === 65 || st === 66;
  }
  if (f.lock) {
    const ls = num(attr(d, f.lock, 'DoorLock', 'LockState'));
    s.locked = ls === 1;
    s.jammed = ls === 0;
  }
  if (f.valve) s.valveOpen = num(attr(d, f.valve, 'ValveConfigurationAndControl', 'CurrentState')) === 1;
  if (f.cover) {
    const lift = num(attr(d, f.cover, 'WindowCovering', 'CurrentPositionLiftPercent100ths')) ?? 0;
    s.openPercent = Math.round(100 - lift / 100);
  }
  if (f.humidity !== null) s.humidity = f.humidity;
  if (f.pm25 !== null) s.pm25 = f.pm25;
  if (f.co2 !== null) s.co2 = f.co2;
  if (f.battery !== null) s.battery = f.battery;
  return s;
}

/** Thrown when an intent does not fit the device (the face answers in its own words). */
export class NotSupported extends Error {}

/** The Matter command of one intent on one device. */
export function toMatter(d: DeviceDescription, intent: Intent, f: Features = featuresOf(d)): CommandRequest {
  const cmd = (endpoint: string | null | undefined, c: string, command: string, args = {}) => {
    if (!endpoint) throw new NotSupported(`'${d.id}' has no ${intent.kind}`);
    return { endpoint, cluster: c, command, args };
  };
  switch (intent.kind) {
    case 'on':
      if (f.onOff) return cmd(f.onOff, 'OnOff', intent.on ? 'On' : 'Off');
      return cmd(f.thermostat?.endpoint, 'Thermostat', 'WriteAttributes', {
        SystemMode: intent.on ? (f.thermostat?.heat ? 4 : 3) : 0,
      });
    case 'brightness': {
      const l = f.level;
      const level = l ? Math.max(l.min, Math.round((intent.percent / 100) * l.max)) : 0;
      return cmd(l?.endpoint, 'LevelControl', 'MoveToLevelWithOnOff', { Level: level });
    }
    case 'colorTemp':
      return cmd(f.colorTemp?.endpoint, 'ColorControl', 'MoveToColorTemperature', {
        ColorTemperatureMireds: Math.round(1e6 / Math.max(1, intent.kelvin)),
      });
    case 'setpoint': {
      const t = f.thermostat;
      const mode = t ? num(attr(d, t.endpoint, 'Thermostat', 'SystemMode')) : null;
      const cool = t?.cool && (mode === 3 || !t.heat);
      const name = cool ? 'OccupiedCoolingSetpoint' : 'OccupiedHeatingSetpoint';
      return cmd(t?.endpoint, 'Thermostat', 'WriteAttributes', { [name]: Math.round(intent.celsius * 100) });
    }
    case 'thermostatMode':
      if (intent.mode === 'off' && f.onOff) return cmd(f.onOff, 'OnOff', 'Off');
      return cmd(f.thermostat?.endpoint, 'Thermostat', 'WriteAttributes', {
        SystemMode: SYSTEM_MODES[intent.mode],
      });
    case 'cabinet': {
      const c = intent.endpoint ? f.cabinets.find((x) => x.endpoint === intent.endpoint) : f.cabinets[0];
      return cmd(c?.endpoint, 'TemperatureControl', 'SetTemperature', {
        TargetTemperature: Math.round(intent.celsius * 100),
      });
    }
    case 'fanMode':
      return cmd(f.fan?.endpoint, 'FanControl', 'WriteAttributes', { FanMode: intent.mode });
    case 'channelNumber':
      return cmd(f.channel?.endpoint, 'Channel', 'ChangeChannelByNumber', {
        MajorNumber: intent.number,
        MinorNumber: 0,
      });
    case 'channelName':
      return cmd(f.channel?.endpoint, 'Channel', 'ChangeChannel', { Match: intent.name });
    case 'channelSkip':
      return cmd(f.channel?.endpoint, 'Channel', 'SkipChannel', { Count: intent.count });
    case 'volume':
      return cmd(f.volume?.endpoint, 'LevelControl', 'MoveToLevel', { Level: Math.round(intent.percent) });
    case 'volumeStep': {
      const cur = f.volume ? (num(attr(d, f.volume.endpoint, 'LevelControl', 'CurrentLevel')) ?? 0) : 0;
      const v = Math.max(0, Math.min(100, cur + intent.delta));
      return cmd(f.volume?.endpoint, 'LevelControl', 'MoveToLevel', { Level: v });
    }
    case 'media':
      return cmd(f.media, 'MediaPlayback', intent.action);
    case 'run':
      return runCommand(d, intent.action, f, cmd);
    case 'lock':
      return cmd(f.lock, 'DoorLock', intent.lock ? 'LockDoor' : 'UnlockDoor');
    case 'valve':
      return cmd(f.valve, 'ValveConfigurationAndControl', intent.open ? 'Open' : 'Close');
    case 'openPercent':
      return cmd(f.cover, 'WindowCovering', 'GoToLiftPercentage', {
        LiftPercent100thsValue: Math.round((100 - intent.percent) * 100),
      });
    case 'mode':
      return cmd(f.modes?.endpoint, f.modes?.cluster ?? '', 'ChangeToMode', { NewMode: intent.mode });
  }
}

type Build = (
  endpoint: string | null | undefined,
  c: string,
  command: string,
  args?: object,
) => CommandRequest;

function runCommand(d: DeviceDescription, action: string, f: Features, cmd: Build): CommandRequest {
  const op = f.operation;
  if (!op) throw new NotSupported(`'${d.id}' cannot ${action}`);
  if (!op.rvc) {
    const name = { start: 'Start', stop: 'Stop', pause: 'Pause', resume: 'Resume' }[action];
    return cmd(name ? op.endpoint : null, 'OperationalState', name ?? '');
  }
  if (action === 'start') {
    const modes = attr(d, op.endpoint, 'RvcRunMode', 'SupportedModes') as
      | Array<{ Mode: number; ModeTags?: string[] }>
      | undefined;
    const cleaning = modes?.find((m) => m.ModeTags?.includes('Cleaning'));
    return cmd(cleaning ? op.endpoint : null, 'RvcRunMode', 'ChangeToMode', { NewMode: cleaning?.Mode });
  }
  const name = { stop: 'GoHome', dock: 'GoHome', pause: 'Pause', resume: 'Resume' }[action];
  return cmd(name ? op.endpoint : null, 'RvcOperationalState', name ?? '');
}
