/** Resolution of a frame's targets (or of what it implies) to devices of the home. */
import type { DeviceDescription } from '../../model/types.js';
import type { HomeView, TurnContext } from '../types.js';
import { bothOfListed } from './both.js';
import { brandMismatch, brandMissing, lineAsKind, qualified } from './brand.js';
import { ableOfMake } from './brand-able.js';
import { brandAll } from './brand-all.js';
import { brandAloneOn } from './brand-on.js';
import { capable, carries, carriesNumber } from './capable.js';
import { courseOf } from './course.js';
import { degreesToReach } from './degrees-said.js';
import { attr, COURSE_MODES, compEndpoint, epWith, isOn } from './device.js';
import { kindWordOf, notThere } from './elsewhere.js';
import { type HomeIndex, withComp } from './home.js';
import { MSG } from './lexicon/replies.js';
import { LIGHT_VERBS, MUSIC_WORDS } from './lexicon/rule-words.js';
import { KINDS } from './lexicon/words.js';
import { lineMissing } from './line-missing.js';
import { litGroup, litOnly } from './lit.js';
import type { Frame, TargetRef } from './parse.js';
import { temperatureFits } from './range.js';
import { soundElsewhere } from './sound-elsewhere.js';
import { compileAll } from './template.js';

// ---------------------------------------------------------------------------------------------
// Resolution

export interface Resolved {
  devices: DeviceDescription[];
  comp: string | null;
  /** Set when the choice is ambiguous. */
  ambiguous?: DeviceDescription[];
  /** Set when nothing matches. */
  missing?: string;
}

const GROUP_KINDS = new Set(['light']);
const SAY = compileAll({ noDeviceIn: MSG.noDeviceIn, noKind: MSG.noKind });
const MUSIC = new RegExp(MUSIC_WORDS.join('|'));

/** Cover classes that are other things than window coverings: a curtain is no window or gate. */
const OTHER_COVERS = new Set(['window', 'garage', 'gate']);
const COVER_WORDS: Array<[string, string]> = KINDS.filter(([, k]) => k.cls).flatMap(([words, k]) =>
  words.map((w) => [w.replace(/\s+/g, ''), k.cls as string] as [string, string]),
);

/** The cover class a device's names say ("거실 커튼" is a curtain), or null. */
function coverClass(d: DeviceDescription): string | null {
  const names = [d.name, ...(d.aliases ?? [])].map((n) => n.replace(/\s+/g, ''));
  let best: [string, string] | null = null;
  for (const n of names)
    for (const cw of COVER_WORDS)
      if (n.includes(cw[0]) && (!best || cw[0].length > best[0].length)) best = cw;
  return best ? best[1] : null;
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
    // "불 꺼" heard in a room with no lights: not every light of the home; ask which
    else group = false;
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

export function resolveTarget(
  t: TargetRef,
  f: Frame,
  idx: HomeIndex,
  home: HomeView,
  ctx: TurnContext,
): Resolved {
  const r = resolveOne(t, f, idx, home, ctx);
  // "불 둘 다 꺼" with five lights at hand: 둘 다 (both) names two of them, so which two is asked
  if (r.devices.length > 2 && f.mods.has('both') && !t.all && !bothOfListed(f))
    return { devices: [], comp: null, ambiguous: r.devices };
  return r;
}

function resolveOne(t: TargetRef, f: Frame, idx: HomeIndex, home: HomeView, ctx: TurnContext): Resolved {
  // "TV 둘 다 꺼": both of them, as all ("불이랑 티비 둘 다": the two said, each as itself)
  const all = t.all || f.mods.has('all') || (f.mods.has('both') && !bothOfListed(f)) || litGroup(t);
  const quals = t.brands.length > 0 || t.lines.length > 0;
  if (t.devs.length) {
    // (a loop: a group named may hold every device of the home)
    let devs: DeviceDescription[] = [];
    for (const id of t.devs) {
      const d = idx.byId.get(id);
      if (d) devs.push(d);
    }
    if (quals) {
      const q = qualified(t, idx, devs);
      // "삼성 냉장고" when the LG one is named "냉장고": the name is also a device word
      const kinds = [...new Set(devs.flatMap((d) => idx.kinds.get(d.id) ?? []))].slice(0, 1);
      const other = (q.length ? q : qualified(t, idx, devicesOfKind(idx, home, kinds))).filter(
        (d) => !t.comp || compEndpoint(d, t.comp),
      );
      if (other.length) devs = other;
      const wrong = other.length ? null : brandMismatch(t, f, devs);
      if (wrong) return { devices: [], comp: null, missing: wrong };
    }
    // "거실 불이랑 현관 불 켜, 아 현관 말고 안방": a device not in the room set aside stays as it was named
    if (t.movedFrom && devs.every((d) => d.area !== t.movedFrom)) return { devices: devs, comp: t.comp };
    if (t.areas.length && devs.length > 1) {
      const a = devs.filter((d) => d.area !== null && t.areas.includes(d.area));
      if (a.length) devs = a;
    }
    const away = notThere(t, f, devs, idx);
    if (away) return { devices: [], comp: null, missing: away };
    // "거실이랑 주방 불": the same kind of device in the other areas named with it
    const others = t.areas.filter((a) => !devs.some((d) => d.area === a));
    if (others.length && devs.length) {
      const kinds = [...new Set(devs.flatMap((d) => idx.kinds.get(d.id) ?? []))].slice(0, 1);
      const extra = devicesOfKind(idx, home, kinds).filter((d) => d.area !== null && others.includes(d.area));
      // "안방 불 켜, 아니 작은방": the corrected room only
      if (t.moved) {
        if (extra.length) return { devices: extra, comp: t.comp };
        const area = idx.areaName.get(others[0] as string) ?? '';
        return {
          devices: [],
          comp: null,
          missing: SAY.noDeviceIn({ area, kind: kindWordOf(kinds[0] ?? '') }),
        };
      }
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
    let cands = devicesOfKind(idx, home, t.kind.kinds);
    const cls = t.kind.cls;
    if (cls && t.kind.kinds[0] === 'cover') {
      // "창문 닫아" does not close the curtain; a lock the word also names (대문) is no cover
      cands = cands.filter((d) => {
        const c = d.deviceType === 'WindowCovering' ? coverClass(d) : null;
        return !c || c === cls || (!OTHER_COVERS.has(c) && !OTHER_COVERS.has(cls));
      });
    }
    if (quals) {
      const all0 = cands;
      cands = qualified(t, idx, cands);
      if (!cands.length)
        return { devices: [], comp: null, missing: brandMissing(t, f, all0) ?? MSG.noDevice };
    }
    // "가습기 켜 줘" in a home without one: say what was not found
    if (!cands.length && t.text) return { devices: [], comp: null, missing: SAY.noKind({ kind: t.text }) };
    cands = litOnly(t, cands);
    const group =
      GROUP_KINDS.has(t.kind.kinds[0] as string) && (t.areas.length > 0 || !!ctx.satelliteArea || all);
    // "티비 틀어 줘": a TV played is a TV switched on
    const onVerb = f.verb === 'play' && t.kind.kinds[0] === 'tv' ? 'on' : (f.verb ?? '');
    const power =
      ['on', 'off', 'start', 'stop', 'open', 'close'].includes(onVerb) && !f.channel && !f.attrs.length;
    // what the frame needs decides between devices of a kind; a light's being on does not
    if (!group && cands.length > 1) {
      const able = cands.filter((d) => capable(f, d));
      if (able.length) cands = able;
    }
    const lights = t.kind.kinds[0] === 'light';
    const r0 = lentAreas(f, cands, t.areas.length ? t.areas : f.areas);
    const r = narrow(
      cands,
      { areas: r0, all },
      ctx,
      group,
      power || lights || soundElsewhere(f, t, cands, ctx) ? undefined : isOn,
    );
    if (r.missing === 'area') {
      const area = idx.areaName.get((t.areas[0] ?? f.areas[0]) as string) ?? '';
      r.missing = SAY.noDeviceIn({ area, kind: kindWordOf(t.kind.kinds[0] as string) });
    }
    return { ...r, comp: t.comp };
  }
  if (t.comp) {
    let cands = withComp(idx, home, t.comp);
    // "딤채 상칸": a line of a make the home lacks, said for the one with that cabinet
    if (quals) cands = qualified(t, idx, cands).length ? qualified(t, idx, cands) : lineAsKind(t, idx, cands);
    return { ...narrow(cands, { areas: t.areas, all }, ctx, false), comp: t.comp };
  }
  if (quals) {
    // "삼성 거", "휘센": the brand or line alone names the device
    const q = qualified(t, idx, home.devices);
    // only those of the make that can do what is asked ("삼성 거 SBS 틀어": the TV, brand-able.ts)
    const cands = ableOfMake(f, q.length ? q : lineAsKind(t, idx, home.devices), ctx);
    const areas = t.areas.length ? t.areas : f.areas;
    // "엘지 거 좀 꺼 줘": a brand alone, of devices of several kinds, asked off means one of its devices
    // that is on; with none of them on here, one that is on elsewhere, else ask which
    const kinds = new Set(cands.map((d) => idx.kinds.get(d.id)?.[0]));
    if (
      f.verb === 'off' &&
      kinds.size > 1 &&
      !areas.length &&
      !all &&
      !cands.some((d) => d.area === ctx.satelliteArea && isOn(d))
    ) {
      const on = cands.filter(isOn);
      if (on.length === 1) return { devices: on, comp: null };
      const sw = on.length
        ? on
        : cands.filter((d) => d.endpoints.some((e) => e.clusters.OnOff || e.clusters.Thermostat));
      if (sw.length > 1) return { devices: [], comp: null, ambiguous: sw };
    }
    const on = brandAloneOn(f, cands, kinds.size, areas, all, isOn);
    if (on) return on;
    // "삼성 거 다 꺼": every device of that make in the home that the verb switches (brand-all.ts)
    if (all && !areas.length) return { devices: brandAll(cands, f), comp: null };
    if (!cands.length && t.lines.length)
      return { devices: [], comp: null, missing: lineMissing(t) ?? MSG.noDevice };
    const r = narrow(cands, { areas, all }, ctx, false, isOn);
    return { ...r, comp: null, ...(r.missing === 'area' ? { missing: MSG.noDevice } : {}) };
  }
  return { devices: [], comp: null, missing: MSG.noDevice };
}

/** What makes sound or shows: a TV that is on, a player that plays. */
const sounds = (d: DeviceDescription): boolean =>
  epWith(d, 'MediaPlayback') && !epWith(d, 'Channel')
    ? attr(epWith(d, 'MediaPlayback'), 'MediaPlayback', 'CurrentState') === 0
    : isOn(d);

/**
 * A room lent by a reason ("작은방에서 공부하니까 티비 소리 줄여") is dropped when it has none of the
 * devices, or, for sound, none that sounds while another does.
 */
function lentAreas(f: Frame, cands: DeviceDescription[], areas: string[]): string[] {
  if (!f.lent || !areas.length) return areas;
  const inRoom = cands.filter((d) => d.area !== null && areas.includes(d.area));
  if (!inRoom.length) return [];
  const sound = f.attrs.includes('volume') || f.verb === 'mute' || f.verb === 'unmute';
  if (sound && !inRoom.some(sounds) && cands.some(sounds)) return [];
  // "어머님 주무셔야 하니까 티비 꺼": switched off, the one that is on
  if (f.verb === 'off' && !inRoom.some(isOn) && cands.filter(isOn).length === 1) return [];
  return areas;
}

/** Devices implied when no device is named ("채널 11번", "볼륨 올려", "온도 낮춰"). */
export function implied(f: Frame, idx: HomeIndex, home: HomeView, ctx: TurnContext): Resolved {
  const areas = f.areas;
  const t = { areas, all: f.mods.has('all') };
  const attrs = f.attrs;
  if (f.channel) {
    const ch = f.channel;
    const withChan = ch.major < 0 ? idx.tuners : idx.tuners.filter((d) => carries(d, ch.name, ch.major));
    return narrow(withChan, t, ctx, false);
  }
  // "헹굼 한 번 더": with a course named, 번 counts times, not channels
  if (attrs.includes('channel') || (!f.mode && f.numbers.some((n) => n.unit === 'num'))) {
    const all = devicesOfKind(idx, home, ['tv']);
    // "채널 18번 틀어 줘": a channel number said (not a step) that only some lineups carry picks among those
    const no =
      f.verb !== 'up' && f.verb !== 'down' ? f.numbers.find((n) => n.unit === 'num' && !n.by) : undefined;
    const withNo = no ? all.filter((d) => carriesNumber(d, no.value)) : [];
    const tvs = withNo.length ? withNo : all;
    // "채널 올려" heard where there is no TV (or no room): which TV is meant is not known; ask
    const here = !areas.length && (!ctx.satelliteArea || !tvs.some((d) => d.area === ctx.satelliteArea));
    return narrow(tvs, t, ctx, false, here ? undefined : isOn);
  }
  if (attrs.includes('volume') || f.verb === 'mute' || f.verb === 'unmute') {
    const sounding = devicesOfKind(idx, home, ['tv', 'speaker']);
    if (areas.length && !lentAreas(f, sounding, areas).length) {
      // the room lent has nothing sounding: the one thing that does
      const on = sounding.filter(sounds);
      if (on.length === 1) return { devices: on, comp: null };
    }
    if (areas.length && lentAreas(f, sounding, areas).length)
      return narrow(devicesOfKind(idx, home, ['tv', 'speaker']), t, ctx, false, isOn);
    const own = ctx.satellitePlayer ? idx.byId.get(ctx.satellitePlayer) : undefined;
    // the satellite's own player while it plays, or when the music is named ("노래 소리 좀 키워")
    if (
      own &&
      (attr(epWith(own, 'MediaPlayback'), 'MediaPlayback', 'CurrentState') === 0 || attrs.includes('media'))
    )
      return { devices: [own], comp: null };
    const tvOn = devicesOfKind(idx, home, ['tv']).filter((d) => isOn(d) && d.area === ctx.satelliteArea);
    if (tvOn.length === 1) return { devices: tvOn, comp: null };
    if (own) return { devices: [own], comp: null };
    // "볼륨 올려" heard where there is no room and no player: every TV and speaker has a volume; ask
    if (!ctx.satelliteArea) return narrow(devicesOfKind(idx, home, ['tv', 'speaker']), t, ctx, false);
    return narrow(devicesOfKind(idx, home, ['tv']), t, ctx, false, isOn);
  }
  if (f.mode) {
    const m = f.mode;
    let cands = courseOf(f, home.devices, m);
    // "탈수만 돌려 줘": a washer's course the washer lacks is still about the washer
    if (!cands.length && COURSE_MODES.has(m))
      cands = home.devices.filter((d) => d.deviceType === 'LaundryWasher');
    return narrow(cands, t, ctx, false, isOn);
  }
  if (f.color || f.ctemp || (['brightness', 'colortemp', 'color'] as const).some((a) => attrs.includes(a))) {
    const lights = devicesOfKind(idx, home, ['light']);
    // no room to go by: the lights that can do it, and a question when several can
    if (!areas.length && !ctx.satelliteArea && !t.all)
      return narrow(
        lights.filter((d) => capable(f, d)),
        t,
        ctx,
        false,
      );
    return narrow(lights, t, ctx, true);
  }
  if (attrs.includes('fan') || f.fan !== null) {
    const cands = home.devices.filter((d) => epWith(d, 'FanControl'));
    return narrow(cands, t, ctx, false, isOn);
  }
  if (
    attrs.includes('temperature') ||
    attrs.includes('setpoint') ||
    f.numbers.some((n) => n.unit === 'deg')
  ) {
    let cands = devicesOfKind(idx, home, ['climate']);
    // "여기 온도 한 단계만 낮춰" said in the kitchen: a room with no climate device but refrigerators means them
    const inRoom = (d: DeviceDescription) => d.area !== null && areas.includes(d.area);
    if (areas.length && !cands.some(inRoom)) {
      const cold = devicesOfKind(idx, home, ['fridge']).filter(inRoom);
      if (cold.length) cands = cold;
    }
    // "영하 20도로 해 줘": the value decides when only some devices' ranges allow it
    const deg = degreesToReach(f);
    if (deg) {
      const fit = cands.filter((d) => temperatureFits(d, deg.value));
      const cold = devicesOfKind(idx, home, ['fridge']).filter((d) => temperatureFits(d, deg.value));
      if (fit.length) cands = fit;
      else if (cold.length) return narrow(cold, t, ctx, false);
    }
    return narrow(cands, t, ctx, false, isOn);
  }
  if (attrs.includes('playing')) {
    const mine = ctx.satellitePlayer ? idx.byId.get(ctx.satellitePlayer) : undefined;
    const music = attrs.includes('media') || f.tokens.some((x) => MUSIC.test(x.text));
    if (mine && music) return { devices: [mine], comp: null };
    const tvs = devicesOfKind(idx, home, ['tv']).filter(isOn);
    const here = tvs.filter((d) => d.area === ctx.satelliteArea);
    if (here.length === 1 || tvs.length === 1) return { devices: here.length ? here : tvs, comp: null };
    const own = ctx.satellitePlayer ? idx.byId.get(ctx.satellitePlayer) : undefined;
    if (own) return { devices: [own], comp: null };
    // "볼륨 올려" heard where there is no room and no player: every TV and speaker has a volume; ask
    if (!ctx.satelliteArea) return narrow(devicesOfKind(idx, home, ['tv', 'speaker']), t, ctx, false);
    return narrow(devicesOfKind(idx, home, ['tv']), t, ctx, false, isOn);
  }
  if (f.verb === 'lock' || f.verb === 'unlock')
    return narrow(devicesOfKind(idx, home, ['lock']), t, ctx, false);
  // "현관 잠겼어?", "현관 열려 있어?": what locks or opens in the room named
  if (areas.length && (f.state === 'locked' || f.state === 'unlocked'))
    return narrow(devicesOfKind(idx, home, ['lock', 'valve']), t, ctx, false);
  if (areas.length && (f.state === 'open' || f.state === 'closed'))
    return narrow(devicesOfKind(idx, home, ['lock', 'cover', 'valve']), t, ctx, false);
  if (f.verb === 'clean' || f.verb === 'dock' || (f.verbs.includes('clean') && !f.attrs.includes('media'))) {
    // "안방 청소해 줘": a robot goes to the room named, wherever it is docked
    const vacs = devicesOfKind(idx, home, ['vacuum']);
    const inArea = vacs.filter((d) => d.area !== null && areas.includes(d.area));
    return narrow(vacs, inArea.length || !areas.length ? t : { ...t, areas: [] }, ctx, false);
  }
  if (attrs.includes('media') || ['play', 'pause', 'resume', 'next', 'prev'].includes(f.verb ?? '')) {
    const own = ctx.satellitePlayer ? idx.byId.get(ctx.satellitePlayer) : undefined;
    if (own) return { devices: [own], comp: null };
    const players = home.devices.filter((d) => epWith(d, 'MediaPlayback'));
    return narrow(players, t, ctx, false);
  }
  // "거실 꺼", "전체 소등", "소등": the lights (소등/점등 say so by themselves)
  const lightVerb = f.tokens.some((x) => LIGHT_VERBS.some((w) => x.text.startsWith(w)));
  if ((areas.length || t.all || lightVerb) && (f.verb === 'on' || f.verb === 'off'))
    return narrow(devicesOfKind(idx, home, ['light']), t, ctx, true);
  return { devices: [], comp: null, missing: MSG.noDevice };
}
