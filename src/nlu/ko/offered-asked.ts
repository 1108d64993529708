/**
 * What a device offers, asked (issue #13's questions never act, fixer fx43): the channels of a TV's lineup ("채널
 * 뭐 뭐 나와?"), the next channel in it ("다음 채널 뭐야" — the channel a SkipChannel of one would put on, told,
 * never put on), the courses of a washer ("세탁 코스 뭐 있어") and the modes of an appliance ("에어컨 모드 뭐
 * 있어?"). Read before the engine (index.ts), as the care questions are; a turn with a request verb in it is left to
 * the engine. The device: one named, else the one in the satellite's room, else the only one (a TV: the only one
 * on); when that leaves several or none, the engine reads the turn as before.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { HomeView, TurnContext, Understanding } from '../types.js';
import { attr, epWith, isOn, modeNames } from './device.js';
import {
  NEXT_ASKS,
  NEXT_CHANNEL,
  OFFERED_AFTER,
  OFFERED_LIST,
  OFFERED_NOT,
  OFFERED_NOUNS,
  OFFERED_REPLY,
  OFFERED_SET,
  OFFERED_THERE,
  OFFERED_WHICH,
} from './lexicon/offered.js';
import { SYSTEM_MODE_NAMES, UNITS } from './lexicon/replies.js';
import { compile, compileAll } from './template.js';
import { anyWord } from './text.js';

type Offered = 'channel' | 'course' | 'mode' | 'next';
type Lineup = Array<{ MajorNumber: number; Name?: string }>;

const squeeze = (s: string) => s.replace(/[\s?!.,~]+/g, '').toLowerCase();

/** Every reading below needs one of these words in the turn: a cheap guard for the rest. */
const ASKED = anyWord([...NEXT_ASKS, ...OFFERED_LIST, ...OFFERED_WHICH, ...OFFERED_AFTER]);

/** What is asked of the compact text, or null. */
function offeredOf(c: string): Offered | null {
  if (OFFERED_NOT.some((w) => c.includes(w)) || OFFERED_SET.some((w) => c.includes(w))) return null;
  for (const w of NEXT_CHANNEL) {
    const at = c.indexOf(w);
    if (at >= 0 && NEXT_ASKS.some((a) => c.indexOf(a, at + w.length) >= 0)) return 'next';
  }
  for (const [noun, what] of OFFERED_NOUNS) {
    const at = c.indexOf(noun);
    if (at < 0) continue;
    const rest = c.slice(at + noun.length);
    if (OFFERED_LIST.some((w) => c.includes(w)) || OFFERED_AFTER.some((w) => rest.startsWith(w))) return what;
    if (
      OFFERED_WHICH.some((w) => c.slice(0, at).endsWith(w)) &&
      OFFERED_THERE.some((w) => rest.startsWith(w))
    )
      return what;
  }
  return null;
}

const lineup = (d: DeviceDescription): Lineup => {
  const l = attr(epWith(d, 'Channel'), 'Channel', 'ChannelList');
  return Array.isArray(l) ? [...(l as Lineup)].sort((a, b) => a.MajorNumber - b.MajorNumber) : [];
};

const systemModes = (d: DeviceDescription): string[] => {
  const l = attr(epWith(d, 'Thermostat'), 'Thermostat', 'SupportedSystemModes');
  return Array.isArray(l)
    ? (l as number[]).map((m) => SYSTEM_MODE_NAMES[m]).filter((n) => n !== undefined)
    : [];
};

const offers = (d: DeviceDescription, what: Offered): boolean =>
  what === 'channel' || what === 'next'
    ? lineup(d).length > 0
    : what === 'course'
      ? !!epWith(d, 'OperationalState') && modeNames(d).length > 0
      : modeNames(d).length > 0 || systemModes(d).length > 0;

/** The one device asked of, or null. */
function deviceOf(c: string, what: Offered, home: HomeView, ctx: TurnContext): DeviceDescription | null {
  const can = home.devices.filter((d) => offers(d, what));
  const named = can.filter((d) => [d.name, ...(d.aliases ?? [])].some((n) => c.includes(squeeze(n))));
  if (named.length === 1) return named[0] ?? null;
  if (named.length > 1) return null;
  // a mode of no device named is the engine's ("모드 뭐 있어" of what?)
  if (what === 'mode') return null;
  const area = home.areas.find((a) => [a.name, ...a.aliases].some((n) => c.includes(squeeze(n))))?.id;
  const inArea = can.filter((d) => d.area === (area ?? ctx.satelliteArea));
  if (inArea.length === 1) return inArea[0] ?? null;
  if (area) return null;
  const pool = what === 'channel' || what === 'next' ? can.filter(isOn) : can;
  return pool.length === 1 ? (pool[0] ?? null) : can.length === 1 ? (can[0] ?? null) : null;
}

const REPLY = compileAll(OFFERED_REPLY);
const CHANNEL_NUMBER = compile(UNITS.channelNumber);
const told = (c: { MajorNumber: number; Name?: string }) =>
  `${CHANNEL_NUMBER({ v: c.MajorNumber })}${c.Name ? ` ${c.Name}` : ''}`;

export function understandOffered(text: string, home: HomeView, ctx: TurnContext): Understanding | null {
  if (typeof text !== 'string' || !OFFERED_NOUNS.some(([n]) => text.includes(n))) return null;
  const c = squeeze(text);
  if (!ASKED.test(c)) return null;
  const what = offeredOf(c);
  if (!what) return null;
  const d = deviceOf(c, what, home, ctx);
  if (!d) return null;
  let answer: string;
  if (what === 'next') {
    const list = lineup(d);
    const now = attr(epWith(d, 'Channel'), 'Channel', 'CurrentChannel') as { MajorNumber?: number } | null;
    const at = list.findIndex((x) => x.MajorNumber === now?.MajorNumber);
    const next = list[at < 0 ? 0 : (at + 1) % list.length];
    if (!next) return null;
    answer = REPLY.next({ name: d.name, channel: told(next) });
  } else {
    const names = what === 'channel' ? lineup(d).map(told) : [...modeNames(d), ...systemModes(d)];
    if (!names.length) return null;
    const list = names.join(', ');
    const say = what === 'channel' ? REPLY.channels : what === 'course' ? REPLY.courses : REPLY.modes;
    answer = say({ name: d.name, list });
  }
  return {
    understood: true,
    intents: [{ intent: 'HassGetState', slots: { devices: [d.id] } }],
    actions: [],
    answer,
  };
}
