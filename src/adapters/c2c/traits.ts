/**
 * Google smart-home traits and device types → the hub's Matter model, as tables.
 * Each trait contributes cluster attributes to a role ('main' or 'speaker'): `fixed` ones come
 * from SYNC attributes, `state` ones from QUERY states. A device type gives the endpoint skeleton.
 */
import { type ChannelInfo, videoPlayer } from '../../model/devices.js';
import type { Endpoint } from '../../model/types.js';
import { type DeviceStates, type SyncDevice, TRAIT_PREFIX, TYPE_PREFIX } from './client.js';

export type Role = 'main' | 'speaker';

export interface ClusterPart {
  role: Role;
  cluster: string;
  attributes: Record<string, unknown>;
}

export interface TraitMap {
  fixed?(d: SyncDevice, t: TypeMap): ClusterPart[];
  state?(s: DeviceStates, d: SyncDevice, t: TypeMap): ClusterPart[];
}

export interface TypeMap {
  /** Matter device type of the main endpoint. */
  deviceType: string;
  /** Builds the skeleton from the assembled clusters (builders from src/model/devices.ts). */
  skeleton?(clusters: Record<Role, Record<string, Record<string, unknown>>>): Endpoint[];
  /** ModeBase cluster that the Modes trait maps to, if any. */
  modeCluster?: string;
  /** OperationalState flavour for StartStop. */
  opCluster?: string;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const centi = (c: unknown): number | undefined => {
  const n = num(c);
  return n === undefined ? undefined : Math.round(n * 100);
};

/** A channel of SYNC `availableChannels` with its number parsed the Matter way. */
export interface LineupChannel {
  key: string;
  names: string[];
  number?: string;
  major?: number;
  minor: number;
}

/** "9" → 9/0, "4-11" or "4.11" → 4/11; anything else has no Matter number. */
export function parseChannelNumber(n: unknown): { major: number; minor: number } | undefined {
  const m = typeof n === 'string' ? /^\s*(\d+)(?:[-.](\d+))?\s*$/.exec(n) : null;
  return m ? { major: Number(m[1]), minor: m[2] ? Number(m[2]) : 0 } : undefined;
}

export function lineup(d: SyncDevice): LineupChannel[] {
  const list = d.attributes?.availableChannels;
  if (!Array.isArray(list)) return [];
  return list.map((raw) => {
    const c = obj(raw);
    const names = Array.isArray(c.names) ? c.names.filter((n): n is string => typeof n === 'string') : [];
    const number = typeof c.number === 'string' ? c.number : undefined;
    const parsed = parseChannelNumber(number);
    return {
      key: String(c.key ?? number ?? names[0] ?? ''),
      names,
      number,
      major: parsed?.major,
      minor: parsed?.minor ?? 0,
    };
  });
}

const PLAYBACK: Record<string, number> = {
  PLAYING: 0,
  FAST_FORWARDING: 0,
  REWINDING: 0,
  PAUSED: 1,
  STOPPED: 2,
  BUFFERING: 3,
};

export const TRAITS: Record<string, TraitMap> = {
  OnOff: {
    state: (s) =>
      typeof s.on === 'boolean' ? [{ role: 'main', cluster: 'OnOff', attributes: { OnOff: s.on } }] : [],
  },
  Channel: {
    fixed: (d) => {
      const list: ChannelInfo[] = [];
      for (const c of lineup(d)) {
        if (c.major === undefined) continue;
        const [name = c.key, ...aliases] = c.names;
        list.push({
          MajorNumber: c.major,
          MinorNumber: c.minor,
          Name: name,
          ...(aliases.length ? { Aliases: aliases } : {}),
        });
      }
      return [{ role: 'main', cluster: 'Channel', attributes: { ChannelList: list } }];
    },
    // Google defines no Channel state; clouds report the tuned channel in the vendor extension
    // `activeChannel {key?, number?, name?}`.
    state: (s, d) => {
      if (!('activeChannel' in s)) return [];
      const a = obj(s.activeChannel);
      const ch = lineup(d).find(
        (c) => (a.key != null && c.key === a.key) || (a.number != null && c.number === a.number),
      );
      const parsed =
        parseChannelNumber(a.number) ??
        (ch?.major !== undefined ? { major: ch.major, minor: ch.minor } : undefined);
      const name = ch?.names[0] ?? (typeof a.name === 'string' ? a.name : '');
      const current = parsed ? { MajorNumber: parsed.major, MinorNumber: parsed.minor, Name: name } : null;
      return [{ role: 'main', cluster: 'Channel', attributes: { CurrentChannel: current } }];
    },
  },
  Volume: {
    fixed: (d) => [
      {
        role: 'speaker',
        cluster: 'LevelControl',
        attributes: { MinLevel: 0, MaxLevel: num(d.attributes?.volumeMaxLevel) ?? 100 },
      },
    ],
    state: (s) => {
      const parts: ClusterPart[] = [];
      const level = num(s.currentVolume);
      if (level !== undefined)
        parts.push({ role: 'speaker', cluster: 'LevelControl', attributes: { CurrentLevel: level } });
      if (typeof s.isMuted === 'boolean')
        parts.push({ role: 'speaker', cluster: 'OnOff', attributes: { OnOff: !s.isMuted } });
      return parts;
    },
  },
  TransportControl: {
    fixed: () => [{ role: 'main', cluster: 'MediaPlayback', attributes: { CurrentState: null } }],
    state: (s) => {
      const v = typeof s.playbackState === 'string' ? PLAYBACK[s.playbackState] : undefined;
      return v === undefined
        ? []
        : [{ role: 'main', cluster: 'MediaPlayback', attributes: { CurrentState: v } }];
    },
  },
  TemperatureControl: {
    fixed: (d) => {
      const range = obj(d.attributes?.temperatureRange);
      const attributes: Record<string, unknown> = {
        MinTemperature: centi(range.minThresholdCelsius) ?? null,
        MaxTemperature: centi(range.maxThresholdCelsius) ?? null,
        Step: centi(d.attributes?.temperatureStepCelsius) ?? 100,
      };
      return [{ role: 'main', cluster: 'TemperatureControl', attributes }];
    },
    state: (s) => {
      const parts: ClusterPart[] = [];
      const set = centi(s.temperatureSetpointCelsius);
      const amb = centi(s.temperatureAmbientCelsius);
      if (set !== undefined)
        parts.push({ role: 'main', cluster: 'TemperatureControl', attributes: { TemperatureSetpoint: set } });
      if (amb !== undefined)
        parts.push({ role: 'main', cluster: 'TemperatureMeasurement', attributes: { MeasuredValue: amb } });
      return parts;
    },
  },
  StartStop: {
    state: (s, _d, t) => {
      if (typeof s.isRunning !== 'boolean') return [];
      const state = s.isPaused === true ? 2 : s.isRunning ? 1 : 0;
      return [
        { role: 'main', cluster: t.opCluster ?? 'OperationalState', attributes: { OperationalState: state } },
      ];
    },
  },
  Modes: {
    fixed: (d, t) => {
      const mode = modeSettings(d);
      if (!t.modeCluster || !mode) return [];
      const SupportedModes = mode.settings.map((label, i) => ({ Label: label, Mode: i, ModeTags: [] }));
      return [{ role: 'main', cluster: t.modeCluster, attributes: { SupportedModes, CurrentMode: null } }];
    },
    state: (s, d, t) => {
      const mode = modeSettings(d);
      const current = obj(s.currentModeSettings)[mode?.name ?? ''];
      if (!t.modeCluster || !mode || typeof current !== 'string') return [];
      const i = mode.settings.indexOf(current);
      return [{ role: 'main', cluster: t.modeCluster, attributes: { CurrentMode: i < 0 ? null : i } }];
    },
  },
};

/** The first mode of the Modes trait: its name and its settings' names, in order. */
export function modeSettings(d: SyncDevice): { name: string; settings: string[] } | undefined {
  const modes = d.attributes?.availableModes;
  const first = Array.isArray(modes) ? obj(modes[0]) : undefined;
  if (!first || typeof first.name !== 'string' || !Array.isArray(first.settings)) return undefined;
  return { name: first.name, settings: first.settings.map((st) => String(obj(st).setting_name ?? '')) };
}

const video: TypeMap = {
  deviceType: 'BasicVideoPlayer',
  skeleton: (c) => {
    const ch = c.main.Channel ?? {};
    const current = obj(ch.CurrentChannel).MajorNumber;
    return videoPlayer({
      on: c.main.OnOff?.OnOff === true,
      channels: Array.isArray(ch.ChannelList) ? (ch.ChannelList as ChannelInfo[]) : [],
      current: num(current) ?? null,
      volume: num(c.speaker.LevelControl?.CurrentLevel) ?? 0,
      muted: c.speaker.OnOff?.OnOff === false,
    });
  },
};

/** Google device types → Matter device types (unknown types become a bare 'main' endpoint). */
export const TYPES: Record<string, TypeMap> = {
  SETTOP: video,
  TV: video,
  STREAMING_BOX: video,
  STREAMING_STICK: video,
  SPEAKER: { deviceType: 'Speaker' },
  REFRIGERATOR: {
    deviceType: 'Refrigerator',
    modeCluster: 'RefrigeratorAndTemperatureControlledCabinetMode',
  },
  WASHER: { deviceType: 'LaundryWasher', modeCluster: 'LaundryWasherMode' },
  VACUUM: {
    deviceType: 'RoboticVacuumCleaner',
    modeCluster: 'RvcCleanMode',
    opCluster: 'RvcOperationalState',
  },
  AC_UNIT: { deviceType: 'RoomAirConditioner' },
  AIRPURIFIER: { deviceType: 'AirPurifier' },
  LIGHT: { deviceType: 'OnOffLight' },
  OUTLET: { deviceType: 'OnOffPlugInUnit' },
  SWITCH: { deviceType: 'OnOffPlugInUnit' },
};

export const typeOf = (d: SyncDevice): TypeMap =>
  TYPES[d.type.startsWith(TYPE_PREFIX) ? d.type.slice(TYPE_PREFIX.length) : d.type] ?? {
    deviceType: 'Unknown',
  };

export const traitNames = (d: SyncDevice): string[] =>
  d.traits.map((t) => (t.startsWith(TRAIT_PREFIX) ? t.slice(TRAIT_PREFIX.length) : t));

/** Where a role lives on this device: the Speaker child if the skeleton has one, else 'main'. */
export const endpointOf = (endpoints: Endpoint[], role: Role): string =>
  role === 'speaker' && endpoints.some((e) => e.id === 'speaker') ? 'speaker' : 'main';

/** The state parts of every known trait of a device. */
export function stateParts(d: SyncDevice, s: DeviceStates): ClusterPart[] {
  const t = typeOf(d);
  return traitNames(d).flatMap((name) => TRAITS[name]?.state?.(s, d, t) ?? []);
}

/** Builds the device's endpoints from SYNC and the latest QUERY states. */
export function buildEndpoints(d: SyncDevice, s: DeviceStates): Endpoint[] {
  const t = typeOf(d);
  const names = traitNames(d);
  const parts = [...names.flatMap((n) => TRAITS[n]?.fixed?.(d, t) ?? []), ...stateParts(d, s)];
  const byRole: Record<Role, Record<string, Record<string, unknown>>> = { main: {}, speaker: {} };
  for (const p of parts) byRole[p.role][p.cluster] = { ...byRole[p.role][p.cluster], ...p.attributes };
  const endpoints = t.skeleton?.(byRole) ?? [
    { id: 'main', deviceTypes: [t.deviceType], tags: [], clusters: {} },
  ];
  for (const p of parts) {
    const id = endpointOf(endpoints, p.role);
    // A device without a Speaker child keeps power in OnOff; mute then has no Matter home.
    if (id === 'main' && p.role === 'speaker' && p.cluster === 'OnOff' && names.includes('OnOff')) continue;
    const ep = endpoints.find((e) => e.id === id);
    if (ep) ep.clusters[p.cluster] = { ...ep.clusters[p.cluster], ...p.attributes };
  }
  return endpoints;
}
