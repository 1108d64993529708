/**
 * Complaints with one clear remedy ("주방이 어둡네" → that room's light on, "TV가 너무 시끄러워" →
 * volume down, "작은방이 추워" → that room's heating up). The complaint frame becomes the request
 * frame that fixes it; when the remedy or the device is not clear, the engine asks instead.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { TurnContext } from '../types.js';
import { emptyFrame, type Frame, type TargetRef, targetRef } from './clause-frame.js';
import { attr, compEndpoint, endpointLabel, epWith, isOn, supportsMode } from './device.js';
import type { HomeIndex } from './home.js';
import { KIMCHI_FRIDGE_MARKS } from './lexicon/everyday.js';
import { FOOD_STATE_WORDS, HEATER_WORDS } from './lexicon/remedies.js';
import { FOOD_SPOIL_WORDS } from './lexicon/senses.js';

const FOOD_STATE = new Set(FOOD_STATE_WORDS);
const SPOIL = new Set(FOOD_SPOIL_WORDS.map(compactForm));
const KIMCHI = new RegExp(KIMCHI_FRIDGE_MARKS.join('|'), 'i');

import type { Sense } from './lexicon/speech.js';
import type { AttrKey, VerbKey } from './lexicon/words.js';
import { compactForm } from './text.js';
import { tinted } from './tint.js';

export type Remedy =
  | { frame: Frame }
  | { ask: DeviceDescription[]; verb: VerbKey }
  | { none: Sense; area: string | null }
  /** Something is wrong with this device, but what would fix it is not clear: ask. */
  | { how: DeviceDescription; parts?: string[]; verb?: VerbKey };

const target = (devs: DeviceDescription[], areas: string[]): TargetRef =>
  targetRef({ devs: devs.map((d) => d.id), areas, all: true });

function request(
  from: Frame,
  devs: DeviceDescription[],
  verb: VerbKey,
  attrs: AttrKey[],
  comp: string | null = null,
): Remedy {
  const f = emptyFrame();
  f.verb = verb;
  f.verbs = [verb];
  f.attrs = attrs;
  f.attr = attrs[0] ?? null;
  f.targets = devs.length ? [{ ...target(devs, []), comp }] : [];
  f.areas = from.areas;
  f.tokens = from.tokens;
  f.mods = new Set(from.mods);
  f.mods.delete('all');
  f.numbers = from.numbers;
  return { frame: f };
}

/** The request a chosen remedy device gets (after "환기 장치와 공기청정기 중 어느 것을 켤까요?"). */
export function remedyFrame(from: Frame, devs: DeviceDescription[], verb: VerbKey): Frame {
  // "더워" asked of an air conditioner or a heating, the air conditioner chosen: it is switched on if off
  if (from.complaint === 'hot' && devs.every((d) => d.deviceType === 'RoomAirConditioner' && !isOn(d)))
    return (request(from, devs, 'on', []) as { frame: Frame }).frame;
  // "추워" → "… 중 어느 것을 올릴까요?" → the heater plug (off): switched on
  if (from.complaint === 'cold' && devs.every((d) => !isOn(d)))
    return (request(from, devs, 'on', []) as { frame: Frame }).frame;
  return (request(from, devs, verb, []) as { frame: Frame }).frame;
}

const kindsOf = (idx: HomeIndex, d: DeviceDescription): string[] => idx.kinds.get(d.id) ?? [];

/** The room a complaint is about: the one named, else the satellite's. */
function roomOf(f: Frame, ctx: TurnContext): string | null {
  return f.areas[0] ?? f.targets.find((t) => t.areas.length)?.areas[0] ?? ctx.satelliteArea;
}

/** Devices the complaint names ("TV가", "냉장고가"). */
function named(f: Frame, idx: HomeIndex, area: string | null): DeviceDescription[] {
  const out: DeviceDescription[] = [];
  for (const t of f.targets) {
    for (const id of t.devs) {
      const d = idx.byId.get(id);
      if (d && !out.includes(d)) out.push(d);
    }
    if (!t.devs.length && !t.kind && t.comp) {
      // "냉동실 아이스크림이 물러져": the appliance with that compartment
      for (const d of idx.byId.values()) if (compEndpoint(d, t.comp) && !out.includes(d)) out.push(d);
    }
    if (!t.devs.length && t.kind) {
      const all = t.kind.kinds.flatMap((k) => idx.byKind.get(k) ?? []);
      const here = all.filter((d) => area !== null && d.area === area);
      for (const d of here.length ? here : all.length === 1 ? all : []) if (!out.includes(d)) out.push(d);
    }
  }
  return out;
}

/** Devices of a kind in the room; with no room known, all of them (the engine asks which). */
const inRoom = (idx: HomeIndex, kind: string, area: string | null): DeviceDescription[] =>
  (idx.byKind.get(kind) ?? []).filter((d) => area === null || d.area === area);

/** One device acts; several in no known room are a question. */
function oneOr(
  f: Frame,
  devs: DeviceDescription[],
  area: string | null,
  verb: VerbKey,
  attrs: AttrKey[],
): Remedy {
  if (area === null && devs.length > 1) return { ask: devs, verb };
  return request(f, devs, verb, attrs);
}

const isHeater = (d: DeviceDescription): boolean => {
  const names = [d.name, ...(d.aliases ?? [])].map(compactForm);
  return names.some((n) => HEATER_WORDS.some((w) => n.includes(w)));
};

const cooling = (d: DeviceDescription): boolean =>
  isOn(d) && attr(epWith(d, 'Thermostat'), 'Thermostat', 'SystemMode') !== 4;

/** The request that fixes a complaint, or what to ask. */
export function remedyFor(f: Frame, idx: HomeIndex, ctx: TurnContext): Remedy | null {
  const sense = f.complaint;
  if (!sense) return null;
  const area = roomOf(f, ctx);
  const devs = named(f, idx, area);
  const fridges = devs.filter((d) => kindsOf(idx, d).includes('fridge'));
  const aircons = devs.filter((d) => kindsOf(idx, d).includes('aircon'));
  const comp = f.targets.find((t) => t.comp)?.comp ?? null;
  const volumeOf = devs.filter((d) => kindsOf(idx, d).some((k) => k === 'tv' || k === 'speaker'));
  // "음악 소리가 너무 커": the music is the satellite's own player
  const player = ctx.satellitePlayer ? idx.byId.get(ctx.satellitePlayer) : undefined;
  if (!devs.length && player && f.attrs.includes('media')) volumeOf.push(player);
  const volume = f.attrs.includes('volume') || volumeOf.length > 0;
  // "불빛이 너무 세": a light too strong is too bright, too weak too dark
  if (
    (sense === 'strong' || sense === 'weak') &&
    devs.length &&
    devs.every((d) => kindsOf(idx, d).includes('light'))
  )
    return remedyFor({ ...f, complaint: sense === 'strong' ? 'bright' : 'dark' }, idx, ctx);
  // "불빛이 좀 차가운 것 같아": a light too cold is too white (fixer fx40, tint.ts)
  if (sense === 'toocold' && devs.length && devs.every((d) => kindsOf(idx, d).includes('light')))
    return remedyFor({ ...f, complaint: 'white' }, idx, ctx);
  // "보일러가 미지근해": a heating not warm enough is the room's cold
  const heating = devs.some((d) => kindsOf(idx, d).includes('heating'));
  if (sense === 'notcold' && heating && !fridges.length && !aircons.length && !f.food)
    return remedyFor({ ...f, complaint: 'cold' }, idx, ctx);
  // "기분 상했어": going off is only said of food or of a refrigerator
  if (sense === 'notcold' && !f.food && !fridges.length && f.tokens.some((t) => SPOIL.has(t.text)))
    return null;
  switch (sense) {
    case 'dark': {
      const lights = devs.length ? devs : inRoom(idx, 'light', area);
      if (!lights.length) return { none: sense, area };
      if (!devs.length && area === null && lights.length > 1) return { ask: lights, verb: 'on' };
      return lights.every((d) => !isOn(d))
        ? request(f, lights, 'on', [])
        : request(f, lights, 'up', ['brightness']);
    }
    case 'bright': {
      if (f.attrs.includes('volume')) return request(f, volumeOf, 'down', ['volume']);
      const screen = devs.find((d) => !kindsOf(idx, d).includes('light'));
      if (screen) return { how: screen };
      const lights = (devs.length ? devs : inRoom(idx, 'light', area)).filter(isOn);
      // "거실이 너무 눈부셔" with no light on there: the sun, so the room's covers (fixer fx40)
      // (only with every word known: "화면이 너무 밝아" is a screen's)
      // (every word known, but for an adverb: "모니터가 너무 밝아", "화면이 밝아" are a screen's)
      const at = f.tokens.find((t) => t.lex.some((x) => x.t === 'cplx'))?.start ?? 0;
      const plain =
        !f.tokens.some((t) => t.lex.some((x) => x.t === 'word')) &&
        f.unknown.every(([a, b]) => a >= at || b - a <= 2);
      if (!lights.length && !devs.length && plain && inRoom(idx, 'cover', area).length && area !== null)
        return remedyFor({ ...f, complaint: 'sun' }, idx, ctx);
      if (!lights.length) return { none: sense, area };
      return request(f, lights, 'down', ['brightness']);
    }
    case 'loud':
    case 'quiet':
      // "세탁기 소리가 너무 커": a device with no volume to turn down; ask what to do
      if (devs.length && !volumeOf.length) return { how: devs[0] as DeviceDescription };
      return request(f, volumeOf, sense === 'loud' ? 'down' : 'up', ['volume']);
    case 'big':
    case 'small':
      if (!volume) return null;
      if (devs.length && !volumeOf.length) return { how: devs[0] as DeviceDescription };
      return request(f, volumeOf, sense === 'big' ? 'down' : 'up', ['volume']);
    case 'notcold':
    case 'toocold': {
      const colder = sense === 'notcold';
      if (fridges.length) return request(f, fridges, colder ? 'down' : 'up', ['temperature'], comp);
      if (aircons.length) return request(f, aircons, colder ? 'down' : 'up', ['temperature']);
      // "김치가 너무 얼었어", "우유가 얼었네": the refrigerator the food is kept in
      if (f.food === 'kimchi') {
        const kept = kimchiFridges(idx);
        const one = kept.length === 1 ? (kept[0] as DeviceDescription) : undefined;
        // two cabinets and neither named: which one
        const parts = one
          ? one.endpoints.filter((e) => e.clusters.TemperatureControl).map(endpointLabel)
          : [];
        if (one && !comp && parts.length > 1) return { how: one, parts, verb: colder ? 'down' : 'up' };
        if (one) return request(f, kept, colder ? 'down' : 'up', ['temperature'], comp);
        if (kept.length > 1) return { ask: kept, verb: colder ? 'down' : 'up' };
      }
      // "아이스크림이 녹았네": food, so a refrigerator; which one, unless only one
      if (f.food || f.tokens.some((t) => FOOD_STATE.has(t.text))) {
        const every = idx.byKind.get('fridge') ?? [];
        // "얼음이 안 얼어": frozen food is kept only where there is a freezer (milk fits any refrigerator)
        const keeps = f.food === 'Freezer' ? every.filter((d) => compEndpoint(d, 'Freezer')) : [];
        const all = keeps.length ? keeps : every;
        if (keeps.length === 1)
          return request(f, keeps, colder ? 'down' : 'up', ['temperature'], comp ?? 'Freezer');
        if (all.length === 1) return request(f, all, colder ? 'down' : 'up', ['temperature'], comp);
        if (all.length > 1) return { ask: all, verb: colder ? 'down' : 'up' };
      }
      // "기분 상했어": spoiled, said of nothing kept cold, is not about the room
      if (f.tokens.some((t) => SPOIL.has(t.text))) return null;
      return roomClimate(f, idx, area, colder ? 'hot' : 'cold');
    }
    case 'cold':
    case 'hot': {
      // "보일러가 너무 뜨거워": the heating named, turned down (or up)
      const heats = devs.filter((d) => kindsOf(idx, d).includes('heating'));
      // "추워 죽겠네 보일러 좀": a named heating that is off is switched on first
      const heatsOff = heats.filter((d) => !isOn(d));
      if (sense === 'cold' && heatsOff.length) return request(f, heatsOff, 'on', []);
      if (heats.length) return request(f, heats, sense === 'hot' ? 'down' : 'up', ['temperature']);
      // "더워 죽겠다 에어컨 좀": an air conditioner that is off is switched on
      const acOff = aircons.filter((d) => !isOn(d));
      if (sense === 'hot' && acOff.length && !f.numbers.length) return request(f, acOff, 'on', []);
      if (fridges.length) return request(f, fridges, sense === 'hot' ? 'down' : 'up', ['temperature'], comp);
      if (aircons.length) return request(f, aircons, sense === 'hot' ? 'down' : 'up', ['temperature']);
      return roomClimate(f, idx, area, sense);
    }
    case 'smell': {
      // "가스 냄새 나": close the gas
      const valves = devs.filter((d) => kindsOf(idx, d).includes('valve'));
      if (valves.length) return request(f, valves, 'close', []);
      const vents = idx.byKind.get('ventilator') ?? [];
      const list = vents.length ? vents : (idx.byKind.get('purifier') ?? []);
      if (list.length === 1) return request(f, list, 'on', []);
      if (list.length > 1) return { ask: list, verb: 'on' };
      return { none: sense, area };
    }
    case 'humid': {
      // the room's air conditioner, if it dries
      // "빨래가 안 말라": the laundry named is no dryer; the room's air conditioner dries
      const named = devs.filter((d) => supportsMode(d, 'Dry'));
      const dryers = named.length ? named : inRoom(idx, 'aircon', area).filter((d) => supportsMode(d, 'Dry'));
      if (!dryers.length) return { none: sense, area };
      const f2 = (request(f, dryers, 'set', []) as { frame: Frame }).frame;
      f2.mode = 'Dry';
      return { frame: f2 };
    }
    case 'dry':
      return { none: sense, area };
    case 'strong':
    case 'weak': {
      const fans = devs.filter((d) => epWith(d, 'FanControl'));
      // "난방이 약한 것 같아": a heating without a fan is made warmer or cooler
      const warmers = devs.filter((d) => kindsOf(idx, d).includes('heating'));
      if (!fans.length && warmers.length)
        return request(f, warmers, sense === 'strong' ? 'down' : 'up', ['temperature']);
      // "냉동실이 너무 세서": a refrigerator too strong is too cold, too weak not cold enough
      if (!fans.length && fridges.length)
        return remedyFor({ ...f, complaint: sense === 'strong' ? 'toocold' : 'notcold' }, idx, ctx);
      if (!fans.length) return devs[0] ? { how: devs[0] } : null;
      return request(f, fans, sense === 'strong' ? 'down' : 'up', ['fan']);
    }
    case 'weird':
      return devs[0] ? { how: devs[0] } : null;
    case 'yellow':
    case 'white': {
      // only of a light named ("머리가 하얘졌어" is no light's colour)
      const lights = devs.filter((d) => kindsOf(idx, d).includes('light'));
      if (!lights.length) return null;
      return { frame: tinted((request(f, lights, 'set', []) as { frame: Frame }).frame, sense) };
    }
    case 'sun': {
      // "햇빛 때문에 TV가 안 보여": the room's curtains or blinds
      const covers = inRoom(idx, 'cover', area).filter((d) => {
        const cls = idx.kinds.get(d.id) ?? [];
        return cls.includes('cover');
      });
      if (!covers.length) return { none: sense, area };
      return oneOr(f, covers, area, 'close', []);
    }
    case 'stuffy':
    case 'dust': {
      const purifiers = idx.byKind.get('purifier') ?? [];
      const vents = sense === 'dust' ? [] : (idx.byKind.get('ventilator') ?? []);
      // the room's own purifier first ("방 공기가 탁해" heard in the bedroom)
      const here = purifiers.filter((d) => area !== null && d.area === area);
      const list = here.length ? here : [...purifiers, ...vents];
      if (list.length === 1) return request(f, list, 'on', []);
      if (list.length > 1) return { ask: list, verb: 'on' };
      return { none: sense, area };
    }
  }
  return null;
}

/** The kimchi refrigerators (by name, alias or model); with none, every refrigerator. */
function kimchiFridges(idx: HomeIndex): DeviceDescription[] {
  const all = idx.byKind.get('fridge') ?? [];
  const kimchi = all.filter((d) => [d.name, ...(d.aliases ?? []), d.model ?? ''].some((n) => KIMCHI.test(n)));
  return kimchi.length ? kimchi : all;
}

/** "작은방이 추워": that room's heating up (or on); "거실이 더워": its air conditioner on (or colder). */
function roomClimate(f: Frame, idx: HomeIndex, area: string | null, sense: 'cold' | 'hot'): Remedy {
  const heat = inRoom(idx, 'heating', area);
  const ac = inRoom(idx, 'aircon', area);
  if (sense === 'cold') {
    if (heat.length) {
      if (area === null && heat.length > 1) return { ask: heat, verb: 'up' };
      const off = heat.filter((d) => !isOn(d));
      return off.length ? request(f, off, 'on', []) : request(f, heat, 'up', ['temperature']);
    }
    const heaters = (idx.byKind.get('plug') ?? []).filter((d) => d.area === area && isHeater(d));
    if (heaters.length) return request(f, heaters, 'on', []);
    const cool = ac.filter(cooling);
    if (cool.length) return request(f, cool, 'up', ['temperature']);
    return elsewhere(f, idx, sense) ?? { none: sense, area };
  }
  // "아 너무 덥다", "거실이 덥다" where a heating is on: the air conditioner on or the heating turned down
  // are both remedies, and the person may want either; ask which
  const warmToo = heat.filter(isOn);
  if (ac.length && warmToo.length) return { ask: [...ac, ...warmToo], verb: 'down' };
  if (ac.length) {
    if (area === null && ac.length > 1) return { ask: ac, verb: 'on' };
    const off = ac.filter((d) => !isOn(d));
    return off.length ? request(f, off, 'on', []) : request(f, ac, 'down', ['temperature']);
  }
  const warm = heat.filter(isOn);
  if (warm.length) return request(f, warm, 'down', ['temperature']);
  return elsewhere(f, idx, sense) ?? { none: sense, area };
}

/**
 * "방이 너무 추워요" heard in a room with no heating, the room not named: the speaker may mean any
 * of the home's heatings (or air conditioners), so the engine asks which rather than giving up.
 */
function elsewhere(f: Frame, idx: HomeIndex, sense: 'cold' | 'hot'): Remedy | null {
  if (f.areas.length || f.targets.some((t) => t.areas.length || t.devs.length)) return null;
  const list =
    sense === 'cold'
      ? [...inRoom(idx, 'heating', null), ...(idx.byKind.get('plug') ?? []).filter(isHeater)]
      : inRoom(idx, 'aircon', null);
  return list.length > 1 ? { ask: list, verb: sense === 'cold' ? 'up' : 'on' } : null;
}
