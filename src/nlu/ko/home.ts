/** The home index: device, area and channel names of a HomeView in one trie, cached per devices array. */
import type { DeviceDescription } from '../../model/types.js';
import type { HomeView } from '../types.js';
import { compEndpoint } from './device.js';
import { genresLacking } from './genre-none.js';
import type { ChannelRef } from './lex.js';
import { GENRES, type Genre } from './lexicon/genres.js';
import { COMMON_ROOMS, ROOM_WORDS } from './lexicon/rooms.js';
import { VENT_MARKS } from './lexicon/turn-shapes.js';
import { nameParts } from './name-parts.js';
import type { DynamicLexicon, Lex } from './parse.js';
import { spelledNames } from './spelled-names.js';
import { compactForm, nameVariants, Trie } from './text.js';
import { wakeNames } from './wake-name.js';

// ---------------------------------------------------------------------------------------------
// Home index, cached per HomeView.devices array

export interface HomeIndex {
  dyn: DynamicLexicon;
  byId: Map<string, DeviceDescription>;
  kinds: Map<string, string[]>;
  byKind: Map<string, DeviceDescription[]>;
  areaName: Map<string, string>;
  /** Devices with a channel lineup. */
  tuners: DeviceDescription[];
  /** The home's own areas (areaName also names the rooms it lacks). */
  areaCount: number;
  /** Devices with a compartment or part of that name ("냉동실"), filled as parts are asked (resolve.ts). */
  byComp: Map<string, DeviceDescription[]>;
}

/** Area ids of rooms the home does not have start with this. */
export const MISSING_ROOM = '?';

export const DEVICE_KINDS: Record<string, string[]> = {
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

/** A fan device named as ventilation (환기, 전열교환기, 환풍기) is no fan to sit by ("선풍기 틀어"). */
const VENT_MARK = new RegExp(VENT_MARKS.join('|'));
const ventilates = (d: DeviceDescription): boolean =>
  d.deviceType === 'Fan' && [d.name, ...(d.aliases ?? [])].some((n) => VENT_MARK.test(n.toLowerCase()));

export function indexHome(home: HomeView): HomeIndex {
  const hit = indexCache.get(home.devices);
  if (hit && hit.areaCount === home.areas.length) return hit;
  const trie = new Trie<Lex>();
  const byId = new Map<string, DeviceDescription>();
  const kinds = new Map<string, string[]>();
  const byKind = new Map<string, DeviceDescription[]>();
  const areaName = new Map<string, string>();
  const tuners: DeviceDescription[] = [];
  const genreSeen = new Map<number, Lex>();
  const genreWords: Array<[string, Lex]> = [];
  const roomWords = new Set<string>();
  for (const a of home.areas) {
    areaName.set(a.id, a.name);
    const lex: Lex = { t: 'area', v: a.id };
    const names = [a.name, ...(a.aliases ?? [])];
    for (const n of names)
      for (const v of nameVariants(n)) {
        trie.add(v, lex);
        roomWords.add(v);
      }
    // everyday words for the same room
    const own = new Set(names.map(compactForm));
    for (const [canon, words] of ROOM_WORDS)
      if (canon.some((c) => own.has(compactForm(c))))
        for (const w of words) {
          trie.add(compactForm(w), lex);
          roomWords.add(compactForm(w));
        }
  }
  const areaCount = areaName.size;
  // rooms the home lacks are rooms all the same ("욕실 불 켜": there is no light there)
  for (const r of COMMON_ROOMS) {
    const w = compactForm(r);
    if (roomWords.has(w)) continue;
    const id = `${MISSING_ROOM}${w}`;
    areaName.set(id, r);
    trie.add(w, { t: 'area', v: id });
  }
  for (const d of home.devices) {
    byId.set(d.id, d);
    const ks = ventilates(d) ? ['ventilator'] : (DEVICE_KINDS[d.deviceType] ?? []);
    kinds.set(d.id, ks);
    for (const k of ks) {
      const list = byKind.get(k) ?? [];
      list.push(d);
      byKind.set(k, list);
    }
    const lex: Lex = { t: 'dev', v: d.id };
    for (const n of [d.name, ...(d.aliases ?? [])]) for (const v of nameVariants(n)) trie.add(v, lex);
    // "캔들 스피커", "네이버 스피커", "이어폰": a word of the name with a kind word (name-parts.ts)
    for (const v of nameParts(d, ks, roomWords)) trie.add(v, lex);
    for (const v of wakeNames(d)) trie.add(v, lex);
    for (const v of spelledNames(d)) trie.add(v, lex);
    for (const ep of d.endpoints) {
      const list = ep.clusters.Channel?.ChannelList;
      if (!Array.isArray(list)) continue;
      if (!tuners.includes(d)) tuners.push(d);
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
        const names = [c.Name ?? '', ...(c.Aliases ?? [])];
        for (const n of names) for (const v of nameVariants(n)) trie.add(v, chan);
        // "KBS1 말고 2TV": the part of a name that tells it from its siblings, said alone
        // (written with its digit only: "이 티비" is "this TV", never "2TV")
        for (const n of channelTails(names))
          for (const v of nameVariants(n)) if (/^\d/.test(v)) trie.add(v, chan);
        for (const g of genresOf(names)) if (!genreSeen.has(g)) genreSeen.set(g, chan);
      }
      // "뉴스 틀어 줘": a genre names the first channel of that genre in the device's lineup
      for (const [g, chan] of genreSeen)
        for (const w of (GENRES[g] as Genre).words)
          genreWords.push([w, { t: 'chan', v: { ...(chan as { v: ChannelRef }).v, genre: true } }]);
      genreSeen.clear();
    }
  }
  for (const [w, chan] of genreWords) trie.add(compactForm(w), chan);
  const lacking = genresLacking(tuners, genreWords);
  const idx: HomeIndex = {
    dyn: { trie, lacking },
    byId,
    kinds,
    byKind,
    areaName,
    tuners,
    areaCount,
    byComp: new Map(),
  };
  indexCache.set(home.devices, idx);
  return idx;
}

const KNOWN_CHANNELS = GENRES.map((g) => new Set(g.channels.map(compactForm)));
const GENRE_MARKS = GENRES.map((g) => g.marks.map(compactForm));

/** The genres (GENRES indices) a channel's names give away. */
function genresOf(names: string[]): number[] {
  const out: number[] = [];
  const forms = names.map(compactForm).filter((n) => n.length > 0);
  for (let g = 0; g < GENRES.length; g++) {
    const known = KNOWN_CHANNELS[g] as Set<string>;
    const marks = GENRE_MARKS[g] as string[];
    if (forms.some((n) => known.has(n) || marks.some((m) => n.includes(m)))) out.push(g);
  }
  return out;
}

/** "KBS 2TV" → "2TV": a name's last word that mixes a number and letters is said alone too. */
function channelTails(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const words = n.trim().split(/\s+/);
    const tail = words[words.length - 1] ?? '';
    if (words.length > 1 && /\d/.test(tail) && /[a-z\uac00-\ud7a3]/i.test(tail) && tail.length >= 3)
      out.push(tail);
  }
  return out;
}

/** The home's devices with that part ("냉동실"), looked for once per home. */
export function withComp(idx: HomeIndex, home: HomeView, comp: string): DeviceDescription[] {
  let found = idx.byComp.get(comp);
  if (!found) {
    found = home.devices.filter((d) => compEndpoint(d, comp));
    idx.byComp.set(comp, found);
  }
  return [...found];
}
