/**
 * SmartThings devices → the hub's Matter model, as a table of profiles: each says which devices it
 * recognises (by capability), how their status maps to endpoints (through the shared builders)
 * and how a Matter command becomes SmartThings capability commands.
 */
import { type ChannelInfo, refrigerator, roboticVacuum, videoPlayer } from '../../model/devices.js';
import { OutOfRangeError, RequestError } from '../../model/errors.js';
import type { CommandRequest, Endpoint, StatePatch } from '../../model/types.js';
import type { StCommand, StComponentStatus, StDevice, StDeviceStatus } from './client.js';

export interface Profile {
  kind: 'refrigerator' | 'tv' | 'vacuum';
  deviceType: string;
  matches(device: StDevice): boolean;
  endpoints(device: StDevice, status: StDeviceStatus): Endpoint[];
  /** Vendor commands for one validated Matter command; `endpoints` is the hub's current view. */
  commands(req: CommandRequest, endpoints: Endpoint[], device: StDevice): StCommand[];
}

const has = (d: StDevice, cap: string): boolean =>
  d.components.some((c) => c.capabilities.some((x) => x.id === cap));
const attr = (s: StComponentStatus | undefined, cap: string, name: string): unknown =>
  s?.[cap]?.[name]?.value;
const numberOr = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
const centi = (c: number): number => Math.round(c * 100);

const unsupported = (req: CommandRequest): RequestError =>
  new RequestError(
    'unsupported-command',
    400,
    `${req.cluster}.${req.command} is not supported on this device`,
    {
      cluster: req.cluster,
      command: req.command,
    },
  );

const cmd = (capability: string, command: string, args: unknown[] = [], component = 'main'): StCommand => ({
  component,
  capability,
  command,
  arguments: args,
});

function clusterOf(endpoints: Endpoint[], endpoint: string, cluster: string): Record<string, unknown> {
  return endpoints.find((e) => e.id === endpoint)?.clusters[cluster] ?? {};
}

// ---- refrigerators (kimchi refrigerator: components 'upper' 상칸 and 'lower' 하칸) ----

const SETPOINT_CAPS = ['temperatureSetpoint', 'thermostatCoolingSetpoint'] as const;
const CABINET_NAMES: Record<string, string> = {
  upper: '상칸',
  lower: '하칸',
  cooler: '냉장실',
  freezer: '냉동실',
};
const CABINET_TAGS: Record<string, string[]> = {
  upper: ['Upper'],
  lower: ['Lower'],
  cooler: ['Refrigerator'],
  freezer: ['Freezer'],
};

const cabinetComponents = (d: StDevice) =>
  d.components.filter(
    (c) => c.id !== 'main' && c.capabilities.some((x) => (SETPOINT_CAPS as readonly string[]).includes(x.id)),
  );

const setpointCap = (d: StDevice, component: string): (typeof SETPOINT_CAPS)[number] | undefined => {
  const c = d.components.find((x) => x.id === component);
  return SETPOINT_CAPS.find((cap) => c?.capabilities.some((x) => x.id === cap));
};

const refrigeratorProfile: Profile = {
  kind: 'refrigerator',
  deviceType: 'Refrigerator',
  matches: (d) => cabinetComponents(d).length > 0,
  endpoints(d, status) {
    const cabinets = cabinetComponents(d).map((c) => {
      const s = status.components[c.id];
      const cap = setpointCap(d, c.id) ?? 'temperatureSetpoint';
      const setpoint = numberOr(
        cap === 'temperatureSetpoint' ? attr(s, cap, 'temperatureSetpoint') : attr(s, cap, 'coolingSetpoint'),
        0,
      );
      const range = (attr(
        s,
        cap,
        cap === 'temperatureSetpoint' ? 'temperatureSetpointRange' : 'coolingSetpointRange',
      ) ?? {}) as { minimum?: unknown; maximum?: unknown; step?: unknown };
      const measured = attr(s, 'temperatureMeasurement', 'temperature');
      return {
        id: c.id,
        name: c.label ?? CABINET_NAMES[c.id] ?? c.id,
        tags: CABINET_TAGS[c.id] ?? [],
        setpoint: centi(setpoint),
        min: centi(numberOr(range.minimum, -5)),
        max: centi(numberOr(range.maximum, 5)),
        step: centi(numberOr(range.step, 1)),
        measured: typeof measured === 'number' ? centi(measured) : null,
      };
    });
    return refrigerator({ cabinets });
  },
  commands(req, _endpoints, device) {
    const cap = setpointCap(device, req.endpoint);
    if (cap && req.cluster === 'TemperatureControl' && req.command === 'SetTemperature') {
      // The cabinet endpoint's id is the SmartThings component id.
      const c = Number(req.args.TargetTemperature) / 100;
      const command = cap === 'temperatureSetpoint' ? 'setTemperatureSetpoint' : 'setCoolingSetpoint';
      return [cmd(cap, command, [c], req.endpoint)];
    }
    throw unsupported(req);
  },
};

// ---- TVs ----

function parseChannel(s: unknown): { major: number; minor: number } | null {
  const m = /^(\d+)(?:[.-](\d+))?$/.exec(String(s ?? '').trim());
  return m ? { major: Number(m[1]), minor: m[2] ? Number(m[2]) : 0 } : null;
}

const channelNumber = (c: { MajorNumber: number; MinorNumber: number }): string =>
  c.MinorNumber ? `${c.MajorNumber}.${c.MinorNumber}` : String(c.MajorNumber);

function lineup(s: StComponentStatus | undefined): ChannelInfo[] {
  const list = attr(s, 'samsungvd.channelList', 'channelList');
  if (!Array.isArray(list)) return [];
  const out: ChannelInfo[] = [];
  for (const raw of list as Array<{ number?: unknown; name?: unknown; aliases?: unknown }>) {
    const n = parseChannel(raw.number);
    if (!n) continue;
    const info: ChannelInfo = { MajorNumber: n.major, MinorNumber: n.minor, Name: String(raw.name ?? '') };
    if (Array.isArray(raw.aliases) && raw.aliases.length) info.Aliases = raw.aliases.map(String);
    out.push(info);
  }
  return out;
}

/** Matter ChangeChannel: match the name, an alias, or the number ("9", "9.1"). */
export function matchChannel(channels: ChannelInfo[], match: string): ChannelInfo | undefined {
  const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  const m = norm(match);
  return (
    channels.find((c) => norm(c.Name) === m) ??
    channels.find((c) => (c.Aliases ?? []).some((a) => norm(a) === m)) ??
    channels.find((c) => channelNumber(c) === m || (c.MinorNumber === 0 && String(c.MajorNumber) === m))
  );
}

const KEYS: Record<number, (muted: boolean) => StCommand> = {
  48: () => cmd('tvChannel', 'channelUp'),
  49: () => cmd('tvChannel', 'channelDown'),
  65: () => cmd('audioVolume', 'volumeUp'),
  66: () => cmd('audioVolume', 'volumeDown'),
  67: (muted) => cmd('audioMute', muted ? 'unmute' : 'mute'),
};

const tvProfile: Profile = {
  kind: 'tv',
  deviceType: 'BasicVideoPlayer',
  matches: (d) => has(d, 'tvChannel') || (has(d, 'audioVolume') && has(d, 'switch')),
  endpoints(_d, status) {
    const s = status.components.main;
    const cur = parseChannel(attr(s, 'tvChannel', 'tvChannel'));
    const channels = lineup(s);
    const eps = videoPlayer({
      on: attr(s, 'switch', 'switch') === 'on',
      channels,
      current: cur?.major ?? null,
      volume: numberOr(attr(s, 'audioVolume', 'volume'), 0),
      muted: attr(s, 'audioMute', 'mute') === 'muted',
    });
    // Keep the vendor's own name of the current channel when the lineup does not know it.
    const ch = eps[0]?.clusters.Channel;
    const name = attr(s, 'tvChannelName', 'tvChannelName') ?? attr(s, 'tvChannel', 'tvChannelName');
    const current = ch?.CurrentChannel as { Name?: string } | null | undefined;
    if (current && !current.Name && typeof name === 'string') current.Name = name;
    return eps;
  },
  commands(req, endpoints) {
    const key = `${req.endpoint}/${req.cluster}.${req.command}`;
    const main = clusterOf(endpoints, 'main', 'OnOff');
    const speaker = clusterOf(endpoints, 'speaker', 'OnOff');
    const level = clusterOf(endpoints, 'speaker', 'LevelControl');
    const channels = (clusterOf(endpoints, 'main', 'Channel').ChannelList ?? []) as ChannelInfo[];
    switch (key) {
      case 'main/OnOff.On':
        return [cmd('switch', 'on')];
      case 'main/OnOff.Off':
        return [cmd('switch', 'off')];
      case 'main/OnOff.Toggle':
        return [cmd('switch', main.OnOff === true ? 'off' : 'on')];
      case 'main/Channel.ChangeChannelByNumber': {
        const major = Number(req.args.MajorNumber);
        const minor = Number(req.args.MinorNumber ?? 0);
        return [cmd('tvChannel', 'setTvChannel', [minor ? `${major}.${minor}` : String(major)])];
      }
      case 'main/Channel.ChangeChannel': {
        const found = matchChannel(channels, String(req.args.Match ?? ''));
        if (!found) {
          throw new OutOfRangeError(`no channel matches '${String(req.args.Match)}'`, { field: 'Match' });
        }
        return [cmd('tvChannel', 'setTvChannel', [channelNumber(found)])];
      }
      case 'main/Channel.SkipChannel': {
        const count = Number(req.args.Count);
        if (count === 0) return [cmd('refresh', 'refresh')];
        const cur = clusterOf(endpoints, 'main', 'Channel').CurrentChannel as ChannelInfo | null;
        const i = cur ? channels.findIndex((c) => c.MajorNumber === cur.MajorNumber) : -1;
        if (channels.length === 0 || i < 0) {
          return Array.from({ length: Math.min(Math.abs(count), 50) }, () =>
            cmd('tvChannel', count > 0 ? 'channelUp' : 'channelDown'),
          );
        }
        const n = channels.length;
        const target = channels[(((i + count) % n) + n) % n] as ChannelInfo;
        return [cmd('tvChannel', 'setTvChannel', [channelNumber(target)])];
      }
      case 'main/KeypadInput.SendKey': {
        const f = KEYS[Number(req.args.KeyCode)];
        if (!f) throw unsupported({ ...req, command: `SendKey ${String(req.args.KeyCode)}` });
        return [f(speaker.OnOff === false)];
      }
      case 'speaker/LevelControl.MoveToLevel':
      case 'speaker/LevelControl.MoveToLevelWithOnOff':
        return [cmd('audioVolume', 'setVolume', [Number(req.args.Level)])];
      case 'speaker/LevelControl.Step': {
        const cur = numberOr(level.CurrentLevel, 0);
        const size = Number(req.args.StepSize);
        const next = Math.max(0, Math.min(100, req.args.StepMode === 1 ? cur - size : cur + size));
        return [cmd('audioVolume', 'setVolume', [next])];
      }
      case 'speaker/OnOff.On':
        return [cmd('audioMute', 'unmute')];
      case 'speaker/OnOff.Off':
        return [cmd('audioMute', 'mute')];
      case 'speaker/OnOff.Toggle':
        return [cmd('audioMute', speaker.OnOff === false ? 'unmute' : 'mute')];
      default:
        throw unsupported(req);
    }
  },
};

// ---- robot vacuums ----

/** robotCleanerMovement → RvcOperationalState (Matter: 0x40 SeekingCharger, 0x41 Charging, 0x42 Docked). */
function operational(movement: unknown, battery: number): number {
  switch (movement) {
    case 'cleaning':
    case 'point':
    case 'after':
      return 1;
    case 'pause':
      return 2;
    case 'alarm':
      return 3;
    case 'homing':
      return 0x40;
    case 'charging':
      return battery >= 100 ? 0x42 : 0x41;
    default:
      return 0;
  }
}

const vacuumProfile: Profile = {
  kind: 'vacuum',
  deviceType: 'RoboticVacuumCleaner',
  matches: (d) => has(d, 'robotCleanerMovement'),
  endpoints(_d, status) {
    const s = status.components.main;
    const movement = attr(s, 'robotCleanerMovement', 'robotCleanerMovement');
    const battery = numberOr(attr(s, 'battery', 'battery'), 0);
    return roboticVacuum({
      running:
        movement === 'cleaning' || movement === 'point' || movement === 'after' || movement === 'pause',
      operational: operational(movement, battery),
      batteryHalfPercent: Math.round(battery * 2),
    });
  },
  commands(req) {
    const move = (m: string) => [cmd('robotCleanerMovement', 'setRobotCleanerMovement', [m])];
    const key = `${req.cluster}.${req.command}`;
    if (key === 'RvcRunMode.ChangeToMode') return move(Number(req.args.NewMode) === 1 ? 'cleaning' : 'idle');
    if (key === 'RvcOperationalState.GoHome') return move('homing');
    if (key === 'RvcOperationalState.Pause') return move('pause');
    if (key === 'RvcOperationalState.Resume') return move('cleaning');
    throw unsupported(req);
  },
};

export const PROFILES: Profile[] = [refrigeratorProfile, tvProfile, vacuumProfile];

export const profileOf = (d: StDevice): Profile | undefined => PROFILES.find((p) => p.matches(d));

/** The attributes that differ between two views of a device, as patches. */
export function diffEndpoints(before: Endpoint[], after: Endpoint[]): StatePatch[] {
  const patches: StatePatch[] = [];
  for (const ep of after) {
    const old = before.find((e) => e.id === ep.id);
    for (const [cluster, attrs] of Object.entries(ep.clusters)) {
      const changed: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(attrs)) {
        if (JSON.stringify(old?.clusters[cluster]?.[name]) !== JSON.stringify(value)) changed[name] = value;
      }
      if (Object.keys(changed).length > 0) patches.push({ endpoint: ep.id, cluster, attributes: changed });
    }
  }
  return patches;
}
