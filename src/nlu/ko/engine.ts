/**
 * The Korean understanding engine against the hub's home view: frames from parse.ts are
 * resolved to devices and endpoints (names, aliases, areas, device words, the satellite's area)
 * and turned into Matter commands, questions ("어느 TV요?") or answers.
 */
import type { DeviceDescription, Endpoint } from '../../model/types.js';
import type { HomeView, PlannedAction, TurnContext, Understanding } from '../types.js';
import { ASK_VERBS, FAN_MODE_NAMES, MODE_NAMES, MSG, STATE_WORDS, WEEKDAYS } from './lexicon/replies.js';
import { KINDS, SYSTEM_MODES, TAG_NAMES, type VerbKey } from './lexicon/words.js';
import { formatNumber } from './numbers.js';
import { type DynamicLexicon, type Frame, type Lex, parse, type TargetRef } from './parse.js';
import { MAX_INPUT, nameVariants, Trie, withJosa } from './text.js';

// ---------------------------------------------------------------------------------------------
// Home index, cached per HomeView.devices array

export interface HomeIndex {
  dyn: DynamicLexicon;
  byId: Map<string, DeviceDescription>;
  kinds: Map<string, string[]>;
  byKind: Map<string, DeviceDescription[]>;
  areaName: Map<string, string>;
}

const DEVICE_KINDS: Record<string, string[]> = {
  Refrigerator: ['fridge'],
  RoomAirConditioner: ['aircon', 'climate'],
  LaundryWasher: ['washer'],
  AirPurifier: ['purifier'],
  BasicVideoPlayer: ['tv'],
  Speaker: ['speaker'],
  RoboticVacuumCleaner: ['vacuum'],
  OnOffLight: ['light'],
  DimmableLight: ['light'],
  ColorTemperatureLight: ['light'],
  ExtendedColorLight: ['light'],
  OnOffPlugInUnit: ['plug', 'switch'],
  TemperatureSensor: ['sensor'],
  HumiditySensor: ['sensor'],
  AirQualitySensor: ['sensor'],
  Thermostat: ['heating', 'climate'],
  DoorLock: ['lock'],
  GasValve: ['valve'],
  WaterValve: ['valve'],
  Fan: ['fan', 'ventilator'],
  WindowCovering: ['cover'],
};

const indexCache = new WeakMap<object, HomeIndex>();

export function indexHome(home: HomeView): HomeIndex {
  const hit = indexCache.get(home.devices);
  if (hit && hit.areaName.size === home.areas.length) return hit;
  const trie = new Trie<Lex>();
  const byId = new Map<string, DeviceDescription>();
  const kinds = new Map<string, string[]>();
  const byKind = new Map<string, DeviceDescription[]>();
  const areaName = new Map<string, string>();
  for (const a of home.areas) {
    areaName.set(a.id, a.name);
    const lex: Lex = { t: 'area', v: a.id };
    for (const n of [a.name, ...(a.aliases ?? [])]) for (const v of nameVariants(n)) trie.add(v, lex);
  }
  for (const d of home.devices) {
    byId.set(d.id, d);
    const ks = DEVICE_KINDS[d.deviceType] ?? [];
    kinds.set(d.id, ks);
    for (const k of ks) {
      const list = byKind.get(k) ?? [];
      list.push(d);
      byKind.set(k, list);
    }
    const lex: Lex = { t: 'dev', v: d.id };
    for (const n of [d.name, ...(d.aliases ?? [])]) for (const v of nameVariants(n)) trie.add(v, lex);
    for (const ep of d.endpoints) {
      const list = ep.clusters.Channel?.ChannelList;
      if (!Array.isArray(list)) continue;
      for (const c of list as Array<{
        MajorNumber: number;
        MinorNumber?: number;
        Name?: string;
        Aliases?: string[];
      }>) {
        if (!c || typeof c.MajorNumber !== 'number') continue;
        const chan: Lex = {
          t: 'chan',
          v: {
            device: d.id,
            major: c.MajorNumber,
            minor: c.MinorNumber ?? 0,
            name: c.Name ?? String(c.MajorNumber),
          },
        };
        for (const n of [c.Name ?? '', ...(c.Aliases ?? [])])
          for (const v of nameVariants(n)) trie.add(v, chan);
      }
    }
  }
  const idx: HomeIndex = { dyn: { trie }, byId, kinds, byKind, areaName };
  indexCache.set(home.devices, idx);
  return idx;
}

// ---------------------------------------------------------------------------------------------
// Helpers on the device model

const mainEp = (d: DeviceDescription): Endpoint | undefined => d.endpoints[0];
const epWith = (d: DeviceDescription, cluster: string): Endpoint | undefined =>
  d.endpoints.find((e) => e.clusters[cluster] !== undefined);
const attr = (ep: Endpoint | undefined, cluster: string, name: string): unknown =>
  ep?.clusters[cluster]?.[name];
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const isOn = (d: DeviceDescription): boolean => {
  const ep = d.endpoints.find((e) => e.clusters.OnOff && !e.deviceTypes.includes('Speaker')) ?? undefined;
  if (ep) return attr(ep, 'OnOff', 'OnOff') === true;
  const t = epWith(d, 'Thermostat');
  if (t) return attr(t, 'Thermostat', 'SystemMode') !== 0;
  return false;
};

function act(
  d: DeviceDescription,
  ep: Endpoint,
  cluster: string,
  command: string,
  args: Record<string, unknown> = {},
): PlannedAction {
  return { deviceId: d.id, endpoint: ep.id, cluster, command, args };
}

const cabinets = (d: DeviceDescription): Endpoint[] =>
  d.endpoints.filter((e) => e.clusters.TemperatureControl);

function compEndpoint(d: DeviceDescription, comp: string | null): Endpoint | undefined {
  if (!comp) return undefined;
  return d.endpoints.find((e) => e.tags.includes(comp) || e.name === comp || e.name === TAG_NAMES[comp]);
}

export function endpointLabel(ep: Endpoint | undefined): string {
  if (!ep) return '';
  if (ep.name) return ep.name;
  for (const t of ep.tags) if (TAG_NAMES[t]) return TAG_NAMES[t] as string;
  return '';
}

// ---------------------------------------------------------------------------------------------
// Resolution

interface Resolved {
  devices: DeviceDescription[];
  comp: string | null;
  /** Set when the choice is ambiguous. */
  ambiguous?: DeviceDescription[];
  /** Set when nothing matches. */
  missing?: string;
}

const GROUP_KINDS = new Set(['light']);

function kindWordOf(kind: string): string {
  for (const [words, kw] of KINDS) if (kw.kinds[0] === kind) return words[0] as string;
  return '기기';
}

function devicesOfKind(idx: HomeIndex, _home: HomeView, kinds: string[]): DeviceDescription[] {
  if (kinds.length === 1) return idx.byKind.get(kinds[0] as string) ?? [];
  const out = new Set<DeviceDescription>();
  for (const k of kinds) for (const d of idx.byKind.get(k) ?? []) out.add(d);
  return [...out];
}

function narrow(
  cands: DeviceDescription[],
  t: { areas: string[]; all: boolean },
  ctx: TurnContext,
  group: boolean,
  prefer?: (d: DeviceDescription) => boolean,
): Resolved {
  if (cands.length === 0) return { devices: [], comp: null, missing: MSG.noDevice };
  if (t.areas.length) {
    const inArea = cands.filter((d) => d.area !== null && t.areas.includes(d.area));
    if (inArea.length === 0) return { devices: [], comp: null, missing: 'area' };
    cands = inArea;
  } else if (!t.all && ctx.satelliteArea) {
    const here = cands.filter((d) => d.area === ctx.satelliteArea);
    if (here.length) cands = here;
  }
  if (cands.length > 1 && !t.all && !group) {
    if (prefer) {
      const p = cands.filter(prefer);
      if (p.length === 1) return { devices: p, comp: null };
    }
    return { devices: [], comp: null, ambiguous: cands };
  }
  return { devices: cands, comp: null };
}

function resolveTarget(t: TargetRef, f: Frame, idx: HomeIndex, home: HomeView, ctx: TurnContext): Resolved {
  const all = t.all || f.mods.has('all');
  if (t.devs.length) {
    let devs = t.devs.map((id) => idx.byId.get(id)).filter((d): d is DeviceDescription => !!d);
    if (t.areas.length && devs.length > 1) {
      const a = devs.filter((d) => d.area !== null && t.areas.includes(d.area));
      if (a.length) devs = a;
    }
    // "거실이랑 주방 불": the same kind of device in the other areas named with it
    const others = t.areas.filter((a) => !devs.some((d) => d.area === a));
    if (others.length && devs.length) {
      const kinds = [...new Set(devs.flatMap((d) => idx.kinds.get(d.id) ?? []))].slice(0, 1);
      const extra = devicesOfKind(idx, home, kinds).filter((d) => d.area !== null && others.includes(d.area));
      devs = [...extra, ...devs.filter((d) => !extra.includes(d))];
      if (extra.length) return { devices: devs, comp: t.comp };
    }
    if (devs.length > 1 && !all) {
      const n = narrow(devs, { areas: [], all: false }, ctx, false);
      return { ...n, comp: t.comp };
    }
    return { devices: devs, comp: t.comp };
  }
  if (t.kind) {
    const cands = devicesOfKind(idx, home, t.kind.kinds);
    const group =
      GROUP_KINDS.has(t.kind.kinds[0] as string) && (t.areas.length > 0 || !!ctx.satelliteArea || all);
    const power =
      ['on', 'off', 'start', 'stop', 'open', 'close'].includes(f.verb ?? '') && !f.channel && !f.attrs.length;
    const r = narrow(
      cands,
      { areas: t.areas.length ? t.areas : f.areas, all },
      ctx,
      group,
      power ? undefined : isOn,
    );
    if (r.missing === 'area') {
      const area = idx.areaName.get((t.areas[0] ?? f.areas[0]) as string) ?? '';
      r.missing = MSG.noDeviceIn
        .replace('{area}', area)
        .replace('{kind}', withJosa(kindWordOf(t.kind.kinds[0] as string), '이/가'));
    }
    return { ...r, comp: t.comp };
  }
  if (t.comp) {
    const cands = home.devices.filter((d) => compEndpoint(d, t.comp));
    return { ...narrow(cands, { areas: t.areas, all }, ctx, false), comp: t.comp };
  }
  return { devices: [], comp: null, missing: MSG.noDevice };
}

/** Devices implied when no device is named ("채널 11번", "볼륨 올려", "온도 낮춰"). */
function implied(f: Frame, idx: HomeIndex, home: HomeView, ctx: TurnContext): Resolved {
  const areas = f.areas;
  const t = { areas, all: f.mods.has('all') };
  const attrs = f.attrs;
  if (f.channel) {
    const withChan = home.devices.filter((d) => d.endpoints.some((e) => e.clusters.Channel));
    return narrow(withChan, t, ctx, false, (d) => isOn(d) && d.id === f.channel?.device);
  }
  if (attrs.includes('channel') || f.numbers.some((n) => n.unit === 'num'))
    return narrow(devicesOfKind(idx, home, ['tv']), t, ctx, false, isOn);
  if (attrs.includes('volume') || f.verb === 'mute' || f.verb === 'unmute') {
    if (areas.length) return narrow(devicesOfKind(idx, home, ['tv', 'speaker']), t, ctx, false, isOn);
    const own = ctx.satellitePlayer ? idx.byId.get(ctx.satellitePlayer) : undefined;
    if (own && attr(epWith(own, 'MediaPlayback'), 'MediaPlayback', 'CurrentState') === 0)
      return { devices: [own], comp: null };
    const tvOn = devicesOfKind(idx, home, ['tv']).filter((d) => isOn(d) && d.area === ctx.satelliteArea);
    if (tvOn.length === 1) return { devices: tvOn, comp: null };
    if (own) return { devices: [own], comp: null };
    return narrow(devicesOfKind(idx, home, ['tv']), t, ctx, false, isOn);
  }
  if (f.mode) {
    const m = f.mode;
    const cands = home.devices.filter((d) => supportsMode(d, m));
    return narrow(cands, t, ctx, false, isOn);
  }
  if (attrs.includes('brightness') || f.color || f.ctemp || attrs.includes('colortemp'))
    return narrow(devicesOfKind(idx, home, ['light']), t, ctx, true);
  if (attrs.includes('fan') || f.fan !== null) {
    const cands = home.devices.filter((d) => epWith(d, 'FanControl'));
    return narrow(cands, t, ctx, false, isOn);
  }
  if (
    attrs.includes('temperature') ||
    attrs.includes('setpoint') ||
    f.numbers.some((n) => n.unit === 'deg')
  ) {
    const cands = devicesOfKind(idx, home, ['climate']);
    return narrow(cands, t, ctx, false, isOn);
  }
  if (f.verb === 'clean' || f.verb === 'dock')
    return narrow(devicesOfKind(idx, home, ['vacuum']), t, ctx, false);
  if (attrs.includes('media') || ['play', 'pause', 'resume', 'next', 'prev'].includes(f.verb ?? '')) {
    const own = ctx.satellitePlayer ? idx.byId.get(ctx.satellitePlayer) : undefined;
    if (own) return { devices: [own], comp: null };
    const players = home.devices.filter((d) => epWith(d, 'MediaPlayback'));
    return narrow(players, t, ctx, false);
  }
  if (areas.length && (f.verb === 'on' || f.verb === 'off'))
    return narrow(devicesOfKind(idx, home, ['light']), t, ctx, true);
  return { devices: [], comp: null, missing: MSG.noDevice };
}

// ---------------------------------------------------------------------------------------------
// Planning

interface Plan {
  actions: PlannedAction[];
  answers: string[];
  ask?: { options: DeviceDescription[]; verb: VerbKey | null; frame: number };
  intents: Array<{ intent: string; slots: Record<string, unknown> }>;
  understood: boolean;
}

function supportsMode(d: DeviceDescription, mode: string): boolean {
  if (SYSTEM_MODES[mode] !== undefined) {
    const list = attr(epWith(d, 'Thermostat'), 'Thermostat', 'SupportedSystemModes');
    if (Array.isArray(list) && list.includes(SYSTEM_MODES[mode])) return true;
  }
  return findModeCluster(d, mode) !== null;
}

const MODE_CLUSTERS = [
  'RefrigeratorAndTemperatureControlledCabinetMode',
  'LaundryWasherMode',
  'RvcCleanMode',
];

function findModeCluster(
  d: DeviceDescription,
  mode: string,
): { ep: Endpoint; cluster: string; mode: number } | null {
  for (const ep of d.endpoints) {
    for (const c of MODE_CLUSTERS) {
      const list = attr(ep, c, 'SupportedModes');
      if (!Array.isArray(list)) continue;
      for (const m of list as Array<{ Label?: string; Mode: number; ModeTags?: unknown[] }>) {
        const tags = (m.ModeTags ?? []).map((x) =>
          typeof x === 'object' && x ? (x as { value?: unknown }).value : x,
        );
        if (tags.includes(mode) || m.Label === mode || m.Label === MODE_NAMES[mode])
          return { ep, cluster: c, mode: m.Mode };
      }
    }
  }
  return null;
}

function normalMode(d: DeviceDescription, cluster: string): number | null {
  for (const ep of d.endpoints) {
    const list = attr(ep, cluster, 'SupportedModes');
    if (!Array.isArray(list)) continue;
    const m = (list as Array<{ Mode: number; ModeTags?: unknown[] }>).find(
      (x) => !(x.ModeTags ?? []).some((t) => t === 'RapidCool' || t === 'RapidFreeze'),
    );
    if (m) return m.Mode;
  }
  return null;
}

const VOLUME_STEP_TV = 1;
const VOLUME_STEP_SPEAKER = 5;
const BRIGHTNESS_STEP_PCT = 20;

function absNumber(f: Frame, units: Array<string | null>): number | null {
  const n = f.numbers.find((x) => units.includes(x.unit));
  if (!n) return null;
  const setVerb =
    f.verb === 'set' || f.verb === 'do' || f.verb === null || f.verb === 'on' || f.verb === 'play';
  if (n.to || setVerb) return n.value;
  if ((f.verb === 'up' || f.verb === 'down') && !n.by && n.unit !== 'step') {
    // "3도 낮춰": an amount, unless said with 로 ("3도로 낮춰")
    return null;
  }
  return null;
}

const SIMPLE_POWER = new Set([
  'OnOffLight',
  'DimmableLight',
  'ColorTemperatureLight',
  'ExtendedColorLight',
  'OnOffPlugInUnit',
]);

/** One device, one frame → commands, or an answer explaining why not. */
function planDevice(f: Frame, d: DeviceDescription, comp: string | null, _ctx: TurnContext, out: Plan): void {
  const name = d.name;
  const verb = f.verb;
  const attrs = f.attrs;
  const up = verb === 'up';
  const down = verb === 'down';
  const relative = up || down;
  const sign = down ? -1 : 1;
  // the common case first: plain power of a light or plug
  if (
    (verb === 'on' || verb === 'off') &&
    attrs.length === 0 &&
    f.numbers.length === 0 &&
    f.mode === null &&
    f.fan === null &&
    f.channel === null &&
    f.color === null &&
    f.ctemp === null &&
    SIMPLE_POWER.has(d.deviceType)
  ) {
    const ep = d.endpoints[0];
    if (ep?.clusters.OnOff) {
      out.actions.push(act(d, ep, 'OnOff', verb === 'on' ? 'On' : 'Off'));
      return;
    }
  }
  const cannot = (): void => {
    out.answers.push(MSG.cannot.replace('{n}', withJosa(name, '은/는')));
  };

  // --- channels
  const chanEp = epWith(d, 'Channel');
  if (chanEp && (f.channel || attrs.includes('channel') || f.numbers.some((n) => n.unit === 'num'))) {
    const list = (attr(chanEp, 'Channel', 'ChannelList') ?? []) as Array<{
      MajorNumber: number;
      MinorNumber?: number;
    }>;
    if (f.channel) {
      const c = f.channel.device === d.id ? f.channel : null;
      const same = c ?? list.find((x) => x.MajorNumber === f.channel?.major) ?? null;
      if (!same) {
        out.answers.push(MSG.noChannel.replace('{ch}', f.channel.name));
        return;
      }
      const major = 'major' in same ? same.major : same.MajorNumber;
      const minor = 'minor' in same ? same.minor : (same.MinorNumber ?? 0);
      if (!isOn(d)) out.actions.push(act(d, chanEp, 'OnOff', 'On'));
      out.actions.push(
        act(d, chanEp, 'Channel', 'ChangeChannelByNumber', { MajorNumber: major, MinorNumber: minor }),
      );
      return;
    }
    const n = f.numbers.find((x) => x.unit === 'num' || x.unit === null);
    if (n && !relative && !f.verbs.includes('next') && !f.verbs.includes('prev')) {
      const entry = list.find((x) => x.MajorNumber === n.value);
      if (!entry && list.length) {
        out.answers.push(MSG.noChannel.replace('{ch}', `${n.value}번`));
        return;
      }
      if (!isOn(d)) out.actions.push(act(d, chanEp, 'OnOff', 'On'));
      out.actions.push(
        act(d, chanEp, 'Channel', 'ChangeChannelByNumber', {
          MajorNumber: n.value,
          MinorNumber: entry?.MinorNumber ?? 0,
        }),
      );
      return;
    }
    if (relative || f.verbs.includes('next') || f.verbs.includes('prev')) {
      const count =
        (f.numbers.find((x) => x.unit === 'step' || x.unit === null)?.value ?? 1) *
        (down || f.verbs.includes('prev') ? -1 : 1);
      out.actions.push(act(d, chanEp, 'Channel', 'SkipChannel', { Count: count }));
      return;
    }
  }

  // --- volume and mute
  const spk = d.endpoints.find((e) => e.deviceTypes.includes('Speaker') && e.clusters.LevelControl);
  if (
    spk &&
    (attrs.includes('volume') ||
      verb === 'mute' ||
      verb === 'unmute' ||
      (d.deviceType === 'Speaker' && relative && !attrs.length))
  ) {
    if (verb === 'mute' || (attrs.includes('volume') && verb === 'off')) {
      out.actions.push(act(d, spk, 'OnOff', 'Off'));
      return;
    }
    if (verb === 'unmute' || (attrs.includes('volume') && verb === 'on')) {
      out.actions.push(act(d, spk, 'OnOff', 'On'));
      return;
    }
    const cur = num(attr(spk, 'LevelControl', 'CurrentLevel')) ?? 0;
    const max = num(attr(spk, 'LevelControl', 'MaxLevel')) ?? 100;
    const min = num(attr(spk, 'LevelControl', 'MinLevel')) ?? 0;
    const abs = absNumber(f, [null, 'num', 'pct', 'step']);
    let level: number | null = null;
    if (f.mods.has('max')) level = max;
    else if (f.mods.has('min')) level = min;
    else if (abs !== null && !relative) level = abs;
    else if (relative) {
      const stepSize = d.deviceType === 'Speaker' ? VOLUME_STEP_SPEAKER : VOLUME_STEP_TV;
      const n = f.numbers.find((x) => !x.to);
      const amount = n ? (n.unit === 'step' || n.unit === null ? n.value * stepSize : n.value) : stepSize;
      level = cur + sign * amount;
      if (f.numbers.find((x) => x.to)) level = f.numbers.find((x) => x.to)?.value ?? level;
    }
    if (level === null) {
      cannot();
      return;
    }
    level = Math.max(min, Math.min(max, Math.round(level)));
    out.actions.push(act(d, spk, 'LevelControl', 'MoveToLevel', { Level: level }));
    return;
  }

  // --- media playback
  const mp = epWith(d, 'MediaPlayback');
  if (
    mp &&
    (attrs.includes('media') || ['play', 'pause', 'resume', 'next', 'prev', 'stop'].includes(verb ?? ''))
  ) {
    const cmd =
      verb === 'next' || f.verbs.includes('next')
        ? 'Next'
        : verb === 'prev'
          ? 'Previous'
          : verb === 'pause'
            ? 'Pause'
            : verb === 'stop' || verb === 'off'
              ? 'Stop'
              : 'Play';
    out.actions.push(act(d, mp, 'MediaPlayback', cmd));
    return;
  }

  // --- temperature
  const wantsTemp =
    attrs.includes('temperature') ||
    attrs.includes('setpoint') ||
    f.numbers.some((n) => n.unit === 'deg') ||
    (relative &&
      (d.deviceType === 'Refrigerator' ||
        d.deviceType === 'Thermostat' ||
        d.deviceType === 'RoomAirConditioner') &&
      !attrs.includes('fan'));
  if (wantsTemp && !f.mode) {
    const cabs = cabinets(d);
    const degNum = f.numbers.find((n) => n.unit === 'deg' || n.unit === null);
    const abs = degNum && (degNum.to || (!relative && !degNum.by)) ? degNum.value : null;
    const delta = degNum && !degNum.to && relative ? degNum.value : degNum?.by ? degNum.value : null;
    if (cabs.length) {
      let ep = compEndpoint(d, comp);
      if (!ep && abs !== null) {
        ep = cabs.find((c) => {
          const lo = num(attr(c, 'TemperatureControl', 'MinTemperature'));
          const hi = num(attr(c, 'TemperatureControl', 'MaxTemperature'));
          return lo !== null && hi !== null && abs * 100 >= lo && abs * 100 <= hi;
        });
      }
      ep = ep ?? cabs.find((c) => c.tags.includes('Refrigerator')) ?? cabs[0];
      if (!ep) {
        cannot();
        return;
      }
      const cur = num(attr(ep, 'TemperatureControl', 'TemperatureSetpoint')) ?? 0;
      const step = num(attr(ep, 'TemperatureControl', 'Step')) ?? 100;
      let target: number;
      if (abs !== null) target = Math.round(abs * 100);
      else if (relative) target = cur + sign * Math.round((delta ?? step / 100) * 100);
      else {
        cannot();
        return;
      }
      const min = num(attr(ep, 'TemperatureControl', 'MinTemperature'));
      if (step > 1 && (target - (min ?? 0)) % step !== 0) {
        out.answers.push(
          MSG.stepOnly.replace('{n}', withJosa(name, '은/는')).replace('{step}', formatNumber(step / 100)),
        );
        return;
      }
      out.actions.push(act(d, ep, 'TemperatureControl', 'SetTemperature', { TargetTemperature: target }));
      return;
    }
    const th = epWith(d, 'Thermostat');
    if (th) {
      const sm = num(attr(th, 'Thermostat', 'SystemMode'));
      const heat = d.deviceType === 'Thermostat' || sm === 4;
      const key = heat ? 'OccupiedHeatingSetpoint' : 'OccupiedCoolingSetpoint';
      const cur = num(attr(th, 'Thermostat', key)) ?? 2400;
      let target: number;
      if (abs !== null) target = Math.round(abs * 100);
      else if (relative) target = cur + sign * Math.round((delta ?? 1) * 100);
      else {
        cannot();
        return;
      }
      out.actions.push(act(d, th, 'Thermostat', 'WriteAttributes', { [key]: target }));
      return;
    }
  }

  // --- modes
  if (f.mode) {
    const sysMode = SYSTEM_MODES[f.mode];
    const th = epWith(d, 'Thermostat');
    const supported = attr(th, 'Thermostat', 'SupportedSystemModes');
    if (th && sysMode !== undefined && Array.isArray(supported) && supported.includes(sysMode)) {
      if (verb === 'off') {
        out.actions.push(act(d, mainEp(d) as Endpoint, 'OnOff', 'Off'));
        return;
      }
      const onOff = epWith(d, 'OnOff');
      if (onOff && !isOn(d)) out.actions.push(act(d, onOff, 'OnOff', 'On'));
      out.actions.push(act(d, th, 'Thermostat', 'WriteAttributes', { SystemMode: sysMode }));
      return;
    }
    if (f.mode === 'Auto' && epWith(d, 'FanControl')) {
      const onOff = epWith(d, 'OnOff');
      if (onOff && !isOn(d)) out.actions.push(act(d, onOff, 'OnOff', 'On'));
      out.actions.push(
        act(d, epWith(d, 'FanControl') as Endpoint, 'FanControl', 'WriteAttributes', { FanMode: 5 }),
      );
      return;
    }
    const m = findModeCluster(d, f.mode);
    if (m) {
      if (verb === 'off' || verb === 'stop' || verb === 'cancel') {
        const normal = normalMode(d, m.cluster);
        if (normal === null) {
          cannot();
          return;
        }
        out.actions.push(act(d, m.ep, m.cluster, 'ChangeToMode', { NewMode: normal }));
        return;
      }
      out.actions.push(act(d, m.ep, m.cluster, 'ChangeToMode', { NewMode: m.mode }));
      if (d.deviceType === 'LaundryWasher' && (verb === 'start' || verb === 'on')) {
        out.actions.push(act(d, m.ep, 'OperationalState', 'Start'));
      }
      return;
    }
    cannot();
    return;
  }

  // --- fan speed
  const fanEp = epWith(d, 'FanControl');
  const fanStep = f.numbers.find((n) => n.unit === 'step' && !relative);
  if (
    fanEp &&
    (attrs.includes('fan') ||
      f.fan !== null ||
      (fanStep && d.deviceType === 'Fan') ||
      (relative && d.deviceType !== 'RoomAirConditioner' && !attrs.length))
  ) {
    const seqN = num(attr(fanEp, 'FanControl', 'FanModeSequence')) ?? 0;
    const allowed = (
      {
        0: [0, 1, 2, 3],
        1: [0, 1, 3],
        2: [0, 1, 2, 3, 5],
        3: [0, 1, 3, 5],
        4: [0, 3, 5],
        5: [0, 3],
      } as Record<number, number[]>
    )[seqN] ?? [0, 1, 2, 3];
    let mode: number | null = f.fan ?? (fanStep ? fanStep.value : null);
    if (mode === null && relative) {
      const cur = num(attr(fanEp, 'FanControl', 'FanMode')) ?? 1;
      const speeds = allowed.filter((x) => x >= 1 && x <= 3);
      const base = cur >= 1 && cur <= 3 ? cur : up ? 0 : 4;
      mode = up
        ? (speeds.find((x) => x > base) ?? speeds[speeds.length - 1] ?? 3)
        : ([...speeds].reverse().find((x) => x < base) ?? speeds[0] ?? 1);
    }
    if (mode === null && f.mods.has('max')) mode = 3;
    if (mode === null && f.mods.has('min')) mode = 1;
    if (mode === null || !allowed.includes(mode)) {
      cannot();
      return;
    }
    const onOff = epWith(d, 'OnOff');
    if (onOff && !isOn(d)) out.actions.push(act(d, onOff, 'OnOff', 'On'));
    out.actions.push(act(d, fanEp, 'FanControl', 'WriteAttributes', { FanMode: mode }));
    return;
  }

  // --- lights: brightness and colour temperature
  const lvl = d.deviceType !== 'Speaker' ? epWith(d, 'LevelControl') : undefined;
  const isLight = (DEVICE_KINDS[d.deviceType] ?? []).includes('light');
  if (isLight && (f.color || f.ctemp || attrs.includes('colortemp'))) {
    const cc = epWith(d, 'ColorControl');
    if (f.color && !f.ctemp) {
      out.answers.push(MSG.unsupportedColor.replace('{n}', withJosa(name, '은/는')));
      return;
    }
    if (!cc) {
      out.answers.push(MSG.unsupportedColor.replace('{n}', withJosa(name, '은/는')));
      return;
    }
    const k = f.ctemp ?? f.numbers[0]?.value ?? null;
    if (!k) {
      cannot();
      return;
    }
    const lo = num(attr(cc, 'ColorControl', 'ColorTempPhysicalMinMireds')) ?? 153;
    const hi = num(attr(cc, 'ColorControl', 'ColorTempPhysicalMaxMireds')) ?? 500;
    const mireds = Math.max(lo, Math.min(hi, Math.round(1_000_000 / k)));
    if (!isOn(d)) out.actions.push(act(d, cc, 'OnOff', 'On'));
    out.actions.push(
      act(d, cc, 'ColorControl', 'MoveToColorTemperature', { ColorTemperatureMireds: mireds }),
    );
    return;
  }
  const pct = f.numbers.find((n) => n.unit === 'pct');
  const wantsLevel =
    isLight &&
    (attrs.includes('brightness') ||
      pct ||
      relative ||
      f.mods.has('max') ||
      f.mods.has('min') ||
      (f.numbers.length > 0 && (verb === 'set' || verb === 'do')));
  if (wantsLevel) {
    if (!lvl) {
      out.answers.push(MSG.noDimming.replace('{n}', withJosa(name, '은/는')));
      return;
    }
    const cur = isOn(d) ? (num(attr(lvl, 'LevelControl', 'CurrentLevel')) ?? 254) : 1;
    let level: number | null = null;
    const abs =
      pct && (pct.to || !relative)
        ? pct.value
        : !relative
          ? (f.numbers.find((n) => n.unit === null)?.value ?? null)
          : null;
    if (f.mods.has('max')) level = 254;
    else if (f.mods.has('min')) level = 1;
    else if (abs !== null) level = Math.round((abs * 254) / 100);
    else if (relative) {
      const by = pct ? pct.value : BRIGHTNESS_STEP_PCT;
      level = cur + sign * Math.round((by * 254) / 100);
    }
    if (level === null) {
      cannot();
      return;
    }
    level = Math.max(1, Math.min(254, level));
    out.actions.push(act(d, lvl, 'LevelControl', 'MoveToLevelWithOnOff', { Level: level }));
    return;
  }

  // --- covers
  const cov = epWith(d, 'WindowCovering');
  if (cov) {
    const p = f.numbers.find((n) => n.unit === 'pct');
    if (f.mods.has('half')) {
      out.actions.push(act(d, cov, 'WindowCovering', 'GoToLiftPercentage', { LiftPercent100thsValue: 5000 }));
      return;
    }
    if (p && (verb === 'open' || verb === 'set' || verb === 'do' || verb === 'close')) {
      const openPct = verb === 'close' ? 100 - p.value : p.value;
      out.actions.push(
        act(d, cov, 'WindowCovering', 'GoToLiftPercentage', {
          LiftPercent100thsValue: Math.round((100 - openPct) * 100),
        }),
      );
      return;
    }
    if (verb === 'open' || verb === 'on' || verb === 'up') {
      out.actions.push(act(d, cov, 'WindowCovering', 'UpOrOpen'));
      return;
    }
    if (verb === 'close' || verb === 'off' || verb === 'down') {
      out.actions.push(act(d, cov, 'WindowCovering', 'DownOrClose'));
      return;
    }
    if (verb === 'stop' || verb === 'pause') {
      out.actions.push(act(d, cov, 'WindowCovering', 'StopMotion'));
      return;
    }
  }

  // --- locks
  const lock = epWith(d, 'DoorLock');
  if (lock) {
    if (verb === 'lock' || verb === 'close') {
      out.actions.push(act(d, lock, 'DoorLock', 'LockDoor'));
      return;
    }
    if (verb === 'unlock' || verb === 'open') {
      out.actions.push(act(d, lock, 'DoorLock', 'UnlockDoor'));
      return;
    }
  }
  // --- valves
  const valve = epWith(d, 'ValveConfigurationAndControl');
  if (valve) {
    if (verb === 'close' || verb === 'lock' || verb === 'off' || verb === 'stop') {
      out.actions.push(act(d, valve, 'ValveConfigurationAndControl', 'Close'));
      return;
    }
    if (verb === 'open' || verb === 'unlock' || verb === 'on') {
      out.actions.push(act(d, valve, 'ValveConfigurationAndControl', 'Open'));
      return;
    }
  }
  // --- robot vacuum
  const rvc = epWith(d, 'RvcRunMode');
  if (rvc) {
    const ops = epWith(d, 'RvcOperationalState') ?? rvc;
    if (verb === 'dock') {
      out.actions.push(act(d, ops, 'RvcOperationalState', 'GoHome'));
      return;
    }
    if (verb === 'pause') {
      out.actions.push(act(d, ops, 'RvcOperationalState', 'Pause'));
      return;
    }
    if (verb === 'resume') {
      out.actions.push(act(d, ops, 'RvcOperationalState', 'Resume'));
      return;
    }
    if (verb === 'off' || verb === 'stop' || f.verbs.includes('stop') || f.verbs.includes('off')) {
      out.actions.push(act(d, rvc, 'RvcRunMode', 'ChangeToMode', { NewMode: 0 }));
      return;
    }
    if (verb === 'on' || verb === 'start' || verb === 'clean' || verb === 'set' || verb === 'do') {
      out.actions.push(act(d, rvc, 'RvcRunMode', 'ChangeToMode', { NewMode: 1 }));
      return;
    }
  }
  // --- washer
  const ops = epWith(d, 'OperationalState');
  if (ops) {
    const st = num(attr(ops, 'OperationalState', 'OperationalState'));
    if (verb === 'pause') {
      out.actions.push(act(d, ops, 'OperationalState', 'Pause'));
      return;
    }
    if (verb === 'resume' || (verb === 'start' && st === 2)) {
      out.actions.push(act(d, ops, 'OperationalState', 'Resume'));
      return;
    }
    if (verb === 'stop' || verb === 'off') {
      out.actions.push(act(d, ops, 'OperationalState', 'Stop'));
      return;
    }
    if (verb === 'start' || verb === 'on' || verb === 'set' || verb === 'do') {
      out.actions.push(act(d, ops, 'OperationalState', 'Start'));
      return;
    }
  }
  // --- power
  const onOffEp = d.endpoints.find(
    (e) => e.clusters.OnOff && !(e.deviceTypes.includes('Speaker') && d.deviceType !== 'Speaker'),
  );
  const onVerb = verb === 'on' || verb === 'start' || verb === 'play' || verb === 'open';
  const offVerb = verb === 'off' || verb === 'stop' || verb === 'close';
  if (onOffEp && d.deviceType !== 'Speaker') {
    if (onVerb) {
      out.actions.push(act(d, onOffEp, 'OnOff', 'On'));
      return;
    }
    if (offVerb) {
      out.actions.push(act(d, onOffEp, 'OnOff', 'Off'));
      return;
    }
  }
  const th = epWith(d, 'Thermostat');
  if (th && (onVerb || offVerb)) {
    out.actions.push(act(d, th, 'Thermostat', 'WriteAttributes', { SystemMode: onVerb ? 4 : 0 }));
    return;
  }
  if (fanEp && (onVerb || offVerb)) {
    const seqN = num(attr(fanEp, 'FanControl', 'FanModeSequence')) ?? 0;
    out.actions.push(
      act(d, fanEp, 'FanControl', 'WriteAttributes', { FanMode: offVerb ? 0 : seqN >= 2 ? 5 : 1 }),
    );
    return;
  }
  cannot();
}

// ---------------------------------------------------------------------------------------------
// State answers

function describeState(f: Frame, d: DeviceDescription, comp: string | null): string {
  const n = d.name;
  const attrs = f.attrs;
  const cabs = cabinets(d);
  const temp = (v: number) => `${formatNumber(v / 100, true)}도`;
  if (cabs.length && (attrs.includes('temperature') || attrs.includes('setpoint') || !f.state)) {
    const ep = compEndpoint(d, comp);
    const list = ep ? [ep] : cabs;
    const segs = list.map((c) => {
      const v =
        num(attr(c, 'TemperatureControl', 'TemperatureSetpoint')) ??
        num(attr(c, 'TemperatureMeasurement', 'MeasuredValue'));
      const label = endpointLabel(c);
      return v === null
        ? `${withJosa(label, '은/는')} 알 수 없어요`
        : `${withJosa(label, '은/는')} ${temp(v)}`;
    });
    return `${n} ${segs.join(', ')}예요.`;
  }
  if (attrs.includes('humidity')) {
    const v = num(
      attr(epWith(d, 'RelativeHumidityMeasurement'), 'RelativeHumidityMeasurement', 'MeasuredValue'),
    );
    if (v !== null) return `${n} 습도는 ${formatNumber(v / 100)}%예요.`;
  }
  if (attrs.includes('pm25')) {
    const v = num(
      attr(epWith(d, 'Pm25ConcentrationMeasurement'), 'Pm25ConcentrationMeasurement', 'MeasuredValue'),
    );
    if (v !== null) return `${n} 미세먼지는 ${formatNumber(v)}㎍/㎥예요.`;
  }
  if (attrs.includes('co2')) {
    const v = num(
      attr(
        epWith(d, 'CarbonDioxideConcentrationMeasurement'),
        'CarbonDioxideConcentrationMeasurement',
        'MeasuredValue',
      ),
    );
    if (v !== null) return `${n} 이산화탄소 농도는 ${formatNumber(v)}ppm이에요.`;
  }
  if (attrs.includes('battery')) {
    const v = num(attr(epWith(d, 'PowerSource'), 'PowerSource', 'BatPercentRemaining'));
    if (v !== null) return `${n} 배터리는 ${formatNumber(v / 2)}% 남았어요.`;
  }
  if (attrs.includes('temperature') || attrs.includes('setpoint')) {
    const th = epWith(d, 'Thermostat');
    const m = epWith(d, 'TemperatureMeasurement');
    const cur =
      num(attr(th, 'Thermostat', 'LocalTemperature')) ??
      num(attr(m, 'TemperatureMeasurement', 'MeasuredValue'));
    const sp = num(
      attr(
        th,
        'Thermostat',
        d.deviceType === 'Thermostat' ? 'OccupiedHeatingSetpoint' : 'OccupiedCoolingSetpoint',
      ),
    );
    if (attrs.includes('setpoint') && sp !== null) return `${n} 설정 온도는 ${temp(sp)}예요.`;
    if (cur !== null)
      return `${n} 현재 온도는 ${temp(cur)}${sp !== null ? `, 설정 온도는 ${temp(sp)}` : ''}예요.`;
  }
  const ops = epWith(d, 'OperationalState');
  if (ops && (attrs.includes('remaining') || !f.state)) {
    const st = num(attr(ops, 'OperationalState', 'OperationalState'));
    const cd = num(attr(ops, 'OperationalState', 'CountdownTime'));
    if (st === 1 && cd !== null) return `${n} ${Math.ceil(cd / 60)}분 남았어요.`;
    if (st === 2) return `${n} ${STATE_WORDS.paused}`;
    return `${withJosa(n, '은/는')} ${STATE_WORDS.stopped}`;
  }
  const chan = epWith(d, 'Channel');
  if (chan && attrs.includes('channel')) {
    const cur = attr(chan, 'Channel', 'CurrentChannel') as { MajorNumber?: number; Name?: string } | null;
    if (cur)
      return `${n} 채널은 ${cur.Name || `${cur.MajorNumber}번`}이에요.`.replace(
        /([A-Za-z0-9])이에요/,
        '$1예요',
      );
  }
  const spk = d.endpoints.find((e) => e.deviceTypes.includes('Speaker') && e.clusters.LevelControl);
  if (spk && attrs.includes('volume')) {
    const v = num(attr(spk, 'LevelControl', 'CurrentLevel'));
    return `${n} 볼륨은 ${v ?? 0}이에요.`;
  }
  const lock = epWith(d, 'DoorLock');
  if (lock)
    return `${withJosa(n, '은/는')} ${attr(lock, 'DoorLock', 'LockState') === 1 ? STATE_WORDS.locked : STATE_WORDS.unlocked}`;
  const valve = epWith(d, 'ValveConfigurationAndControl');
  if (valve)
    return `${withJosa(n, '은/는')} ${attr(valve, 'ValveConfigurationAndControl', 'CurrentState') === 1 ? STATE_WORDS.open : STATE_WORDS.closed}`;
  const cov = epWith(d, 'WindowCovering');
  if (cov) {
    const p = num(attr(cov, 'WindowCovering', 'CurrentPositionLiftPercent100ths')) ?? 0;
    if (p <= 0) return `${withJosa(n, '은/는')} ${STATE_WORDS.open}`;
    if (p >= 10000) return `${withJosa(n, '은/는')} ${STATE_WORDS.closed}`;
    return `${withJosa(n, '은/는')} ${Math.round(100 - p / 100)}% 열려 있어요.`;
  }
  const rvc = epWith(d, 'RvcRunMode');
  if (rvc) {
    const running = attr(rvc, 'RvcRunMode', 'CurrentMode') === 1;
    const bat = num(attr(epWith(d, 'PowerSource'), 'PowerSource', 'BatPercentRemaining'));
    return `${withJosa(n, '은/는')} ${running ? '청소 중이에요' : '쉬고 있어요'}${bat !== null ? ` (배터리 ${formatNumber(bat / 2)}%)` : ''}.`;
  }
  const mp = epWith(d, 'MediaPlayback');
  if (mp)
    return `${withJosa(n, '은/는')} ${attr(mp, 'MediaPlayback', 'CurrentState') === 0 ? STATE_WORDS.playing : STATE_WORDS.stopped}`;
  const sensorT = epWith(d, 'TemperatureMeasurement');
  if (sensorT && !epWith(d, 'OnOff')) {
    const t = num(attr(sensorT, 'TemperatureMeasurement', 'MeasuredValue'));
    const h = num(
      attr(epWith(d, 'RelativeHumidityMeasurement'), 'RelativeHumidityMeasurement', 'MeasuredValue'),
    );
    return `${n} 온도는 ${t === null ? '알 수 없고' : temp(t)}${h !== null ? `, 습도는 ${formatNumber(h / 100)}%` : ''}예요.`;
  }
  const co2 = epWith(d, 'CarbonDioxideConcentrationMeasurement');
  if (co2)
    return `${n} 이산화탄소 농도는 ${formatNumber(num(attr(co2, 'CarbonDioxideConcentrationMeasurement', 'MeasuredValue')) ?? 0)}ppm이에요.`;
  const onOff = epWith(d, 'OnOff') || epWith(d, 'Thermostat') || epWith(d, 'FanControl');
  if (onOff) {
    let on = isOn(d);
    const fan = epWith(d, 'FanControl');
    if (!epWith(d, 'OnOff') && !epWith(d, 'Thermostat') && fan) on = attr(fan, 'FanControl', 'FanMode') !== 0;
    let extra = '';
    const lvl = epWith(d, 'LevelControl');
    if (on && lvl && (DEVICE_KINDS[d.deviceType] ?? []).includes('light')) {
      const l = num(attr(lvl, 'LevelControl', 'CurrentLevel'));
      if (l !== null) extra = ` (밝기 ${Math.round((l * 100) / 254)}%)`;
    }
    const fanMode = num(attr(fan, 'FanControl', 'FanMode'));
    if (on && fan && fanMode !== null) extra = ` (바람 ${FAN_MODE_NAMES[fanMode] ?? fanMode})`;
    return `${withJosa(n, '은/는')} ${on ? STATE_WORDS.on : STATE_WORDS.off}${extra}`.replace(
      /요 \((.*)\)$/,
      '요 ($1)',
    );
  }
  return `${n} 상태를 알 수 없어요.`;
}

function sensorsFor(f: Frame, idx: HomeIndex, home: HomeView, ctx: TurnContext): DeviceDescription[] {
  const areas = f.areas.length ? f.areas : ctx.satelliteArea ? [ctx.satelliteArea] : [];
  const attrs = f.attrs;
  const cluster = attrs.includes('humidity')
    ? 'RelativeHumidityMeasurement'
    : attrs.includes('pm25')
      ? 'Pm25ConcentrationMeasurement'
      : attrs.includes('co2')
        ? 'CarbonDioxideConcentrationMeasurement'
        : 'TemperatureMeasurement';
  const all = home.devices.filter((d) => d.endpoints.some((e) => e.clusters[cluster]) && !cabinets(d).length);
  void idx;
  const pick = (list: DeviceDescription[]) => {
    const sensors = list.filter((d) => /Sensor/.test(d.deviceType));
    return sensors.length ? sensors : list;
  };
  const inArea = all.filter((d) => d.area !== null && areas.includes(d.area));
  if (inArea.length) return pick(inArea).slice(0, 1);
  if (!f.areas.length && all.length) return pick(all).slice(0, 1);
  return [];
}

// ---------------------------------------------------------------------------------------------
// The engine

export interface PendingChoice {
  text: string;
  frame: number;
  options: string[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz || 'Asia/Seoul',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hour12: false,
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

function fmtTime(now: number, tz: string): { time: string; date: string } {
  try {
    const parts = formatter(tz).formatToParts(new Date(now));
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    const h = Number(get('hour')) % 24;
    const m = Number(get('minute'));
    const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
    const ampm = h < 12 ? '오전' : '오후';
    const h12 = h % 12 === 0 ? 12 : h % 12;
    return {
      time: `${ampm} ${h12}시${m ? ` ${m}분` : ''}`,
      date: `${get('year')}년 ${get('month')}월 ${get('day')}일 ${WEEKDAYS[wd] ?? ''}`.trim(),
    };
  } catch {
    return { time: '', date: '' };
  }
}

const NOT_UNDERSTOOD: Understanding = {
  understood: false,
  intents: [],
  actions: [],
  answer: MSG.notUnderstood,
};

function notUnderstood(): Understanding {
  return { ...NOT_UNDERSTOOD, intents: [], actions: [] };
}

/** A choice answer ("안방 거", "두 번째", "둘 다") → the chosen option ids, or null. */
function pickOption(text: string, pending: PendingChoice, idx: HomeIndex): string[] | null {
  const p = parse(text, idx.dyn);
  if (p.tokens.some((t) => t.lex.some((x) => x.t === 'mod' && (x.v === 'both' || x.v === 'all'))))
    return pending.options;
  const ids = new Set<string>();
  for (const t of p.tokens)
    for (const x of t.lex) {
      if (x.t === 'dev' && pending.options.includes(x.v)) ids.add(x.v);
      if (x.t === 'area') for (const o of pending.options) if (idx.byId.get(o)?.area === x.v) ids.add(o);
    }
  if (ids.size) return [...ids];
  const n =
    p.tokens.find((t) => t.num)?.num?.value ??
    (/첫/.test(text)
      ? 1
      : /둘째|두번째|두 번째/.test(text)
        ? 2
        : /셋째|세번째|세 번째/.test(text)
          ? 3
          : null);
  if (n && n >= 1 && n <= pending.options.length) return [pending.options[n - 1] as string];
  return null;
}

function isPending(v: unknown): v is PendingChoice {
  return (
    !!v &&
    typeof v === 'object' &&
    typeof (v as PendingChoice).text === 'string' &&
    Array.isArray((v as PendingChoice).options)
  );
}

export function understandKo(text: string, home: HomeView, ctx: TurnContext): Understanding {
  try {
    if (typeof text !== 'string' || text.length > MAX_INPUT) return notUnderstood();
    const idx = indexHome(home);
    if (isPending(ctx.pending)) {
      const chosen = pickOption(text, ctx.pending, idx);
      if (chosen) return run(ctx.pending.text, home, idx, ctx, { frame: ctx.pending.frame, ids: chosen });
    }
    return run(text, home, idx, ctx, null);
  } catch {
    return notUnderstood();
  }
}

function run(
  text: string,
  home: HomeView,
  idx: HomeIndex,
  ctx: TurnContext,
  forced: { frame: number; ids: string[] } | null,
): Understanding {
  const p = parse(text, idx.dyn);
  if (p.tokens.length === 0) return notUnderstood();
  // mostly words the lexicon does not know: not a home command
  const len = p.norm.compact.length;
  if (p.unknownChars >= 3 && p.unknownChars / len > 0.4) return notUnderstood();
  const plan: Plan = { actions: [], answers: [], intents: [], understood: false };
  for (let fi = 0; fi < p.frames.length; fi++) {
    const f = p.frames[fi] as Frame;
    planFrame(
      f,
      fi,
      p.frames.length,
      home,
      idx,
      ctx,
      plan,
      forced && forced.frame === fi ? forced.ids : null,
    );
    if (plan.ask) {
      const opts = plan.ask.options;
      const labels = opts.map((d) => d.name);
      const joined =
        labels.length === 2 ? `${withJosa(labels[0] as string, '와/과')} ${labels[1]}` : labels.join(', ');
      const verbPhrase = plan.ask.verb ? ASK_VERBS[plan.ask.verb] : undefined;
      const q = verbPhrase
        ? MSG.askWhich.replace('{options}', joined).replace('{verb}', verbPhrase)
        : MSG.askWhichPlain.replace('{options}', joined);
      const pending: PendingChoice = { text, frame: fi, options: opts.map((d) => d.id) };
      return {
        understood: true,
        intents: plan.intents,
        actions: [],
        ask: { kind: 'choice', text: q, options: opts.map((d) => ({ id: d.id, label: d.name })), pending },
      };
    }
  }
  if (!plan.understood) return notUnderstood();
  const u: Understanding = { understood: true, intents: plan.intents, actions: plan.actions };
  if (plan.answers.length) u.answer = plan.answers.join(' ');
  return u;
}

const QUERYABLE = new Set([
  'temperature',
  'setpoint',
  'humidity',
  'pm25',
  'co2',
  'battery',
  'remaining',
  'state',
  'channel',
  'volume',
]);

const ACTION_VERBS = new Set<VerbKey>([
  'on',
  'off',
  'open',
  'close',
  'lock',
  'unlock',
  'up',
  'down',
  'set',
  'play',
  'pause',
  'resume',
  'next',
  'prev',
  'start',
  'stop',
  'mute',
  'unmute',
  'clean',
  'dock',
]);

function planFrame(
  f: Frame,
  fi: number,
  _nFrames: number,
  home: HomeView,
  idx: HomeIndex,
  ctx: TurnContext,
  plan: Plan,
  forced: string[] | null,
): void {
  const attrs = f.attrs;
  const hasTarget = f.targets.length > 0;
  const action = f.verb !== null && ACTION_VERBS.has(f.verb);
  const valueGiven =
    f.numbers.length > 0 ||
    f.mods.has('max') ||
    f.mods.has('min') ||
    f.mods.has('half') ||
    f.color !== null ||
    f.ctemp !== null ||
    f.mode !== null ||
    f.fan !== null ||
    f.channel !== null;
  // never mind
  if (f.nev && !hasTarget && !attrs.length && !action) {
    plan.understood = true;
    plan.intents.push({ intent: 'HassNevermind', slots: {} });
    plan.answers.push(MSG.nevermind);
    return;
  }
  // time, date, weather, timers, lists
  if (
    !hasTarget &&
    (attrs.includes('time') || attrs.includes('date')) &&
    !attrs.includes('timer') &&
    !f.numbers.length
  ) {
    const { time, date } = fmtTime(ctx.now, ctx.timezone);
    plan.understood = true;
    if (attrs.includes('date')) {
      plan.intents.push({ intent: 'HassGetCurrentDate', slots: {} });
      plan.answers.push(MSG.date.replace('{date}', date));
    } else {
      plan.intents.push({ intent: 'HassGetCurrentTime', slots: {} });
      plan.answers.push(`${withJosa(`지금은 ${time}`, '이에요/예요')}.`);
    }
    return;
  }
  if (attrs.includes('timer')) {
    plan.understood = true;
    plan.intents.push({ intent: 'YdTimer', slots: {} });
    plan.answers.push(MSG.unsupportedTimer);
    return;
  }
  if (attrs.includes('list') && f.verbs.includes('add')) {
    plan.understood = true;
    plan.intents.push({ intent: 'HassShoppingListAddItem', slots: {} });
    plan.answers.push(MSG.unsupportedList);
    return;
  }
  if (attrs.includes('weather') && !hasTarget) {
    plan.understood = true;
    plan.intents.push({ intent: 'HassGetWeather', slots: {} });
    plan.answers.push(MSG.unsupportedWeather);
    return;
  }

  const queryable = !action && !valueGiven && attrs.some((a) => QUERYABLE.has(a));
  const question =
    (queryable ||
      f.question ||
      f.state !== null ||
      f.verb === 'hot' ||
      (attrs.includes('state') && !action)) &&
    !(action && !f.question && f.state === null) &&
    !(valueGiven && f.verb === 'set');
  const isQuery = question && !(action && f.state === null);

  // resolve devices
  let resolved: Resolved;
  if (forced) {
    resolved = {
      devices: forced.map((id) => idx.byId.get(id)).filter((d): d is DeviceDescription => !!d),
      comp: f.targets[0]?.comp ?? null,
    };
  } else if (hasTarget) {
    const devs: DeviceDescription[] = [];
    let comp: string | null = null;
    for (const t of f.targets) {
      const r = resolveTarget(t, f, idx, home, ctx);
      if (r.ambiguous) {
        plan.understood = true;
        plan.ask = { options: r.ambiguous, verb: isQuery ? 'query' : f.verb, frame: fi };
        return;
      }
      if (r.missing) {
        if (isQuery || action || valueGiven) {
          plan.understood = true;
          plan.answers.push(r.missing);
        }
        continue;
      }
      for (const d of r.devices) if (!devs.includes(d)) devs.push(d);
      comp = comp ?? r.comp;
    }
    resolved = { devices: devs, comp };
  } else if (
    isQuery &&
    (attrs.includes('temperature') ||
      attrs.includes('humidity') ||
      attrs.includes('pm25') ||
      attrs.includes('co2') ||
      f.verb === 'hot')
  ) {
    resolved = { devices: sensorsFor(f, idx, home, ctx), comp: null };
    if (!resolved.devices.length && attrs.includes('pm25'))
      resolved = {
        devices: home.devices.filter((d) => epWith(d, 'Pm25ConcentrationMeasurement')).slice(0, 1),
        comp: null,
      };
  } else if (isQuery && attrs.includes('remaining')) {
    resolved = { devices: home.devices.filter((d) => epWith(d, 'OperationalState')).slice(0, 1), comp: null };
  } else if (action || valueGiven || attrs.length) {
    resolved = implied(f, idx, home, ctx);
    if (resolved.ambiguous) {
      plan.understood = true;
      plan.ask = { options: resolved.ambiguous, verb: isQuery ? 'query' : f.verb, frame: fi };
      return;
    }
  } else {
    return;
  }
  if (!resolved.devices.length) {
    if (resolved.missing && (action || valueGiven || isQuery) && (hasTarget || attrs.length)) {
      plan.understood = true;
      plan.answers.push(resolved.missing);
    }
    return;
  }
  if (isQuery) {
    plan.understood = true;
    plan.intents.push({ intent: 'HassGetState', slots: { devices: resolved.devices.map((d) => d.id) } });
    for (const d of resolved.devices) {
      const a = describeState(f, d, resolved.comp);
      plan.answers.push(/[.?!)]$/.test(a) ? a : `${a}.`);
    }
    return;
  }
  if (!action && !valueGiven && !attrs.includes('volume')) return;
  plan.understood = true;
  const before = plan.actions.length;
  for (const d of resolved.devices) planDevice(f, d, resolved.comp ?? f.targets[0]?.comp ?? null, ctx, plan);
  plan.intents.push({
    intent: intentName(f),
    slots: {
      devices: resolved.devices.map((d) => d.id),
      ...(f.numbers[0] ? { value: f.numbers[0].value } : {}),
    },
  });
  void before;
}

function intentName(f: Frame): string {
  if (f.channel || f.attrs.includes('channel')) return 'YdSetChannel';
  if (f.attrs.includes('volume') || f.verb === 'mute' || f.verb === 'unmute') return 'YdSetVolume';
  if (f.attrs.includes('temperature') || f.numbers.some((n) => n.unit === 'deg')) return 'YdSetTemperature';
  if (f.attrs.includes('brightness') || f.color || f.ctemp) return 'HassLightSet';
  if (f.mode) return 'YdSetMode';
  if (f.attrs.includes('fan') || f.fan !== null) return 'YdSetFanSpeed';
  if (f.verb === 'off' || f.verb === 'close' || f.verb === 'unlock' || f.verb === 'stop')
    return 'HassTurnOff';
  if (f.verb === 'pause') return 'HassMediaPause';
  if (f.verb === 'next') return 'HassMediaNext';
  return 'HassTurnOn';
}
