/**
 * "티비 좀 손봐 줘", "안방 커튼 좀 여며 줄래?": a request to one named device with a verb the lexicon does
 * not know is not refused as talk; what was understood is said and how is asked back ("TV를 어떻게
 * 할까요?"). Only a turn that ends in a request ending, names one device and is no talk about devices.
 */
import type { Understanding } from '../types.js';
import type { HomeIndex } from './home.js';
import { MSG } from './lexicon/replies.js';
import {
  UNKNOWN_VERB_BEFORE,
  UNKNOWN_VERB_REQUEST_ENDS,
  UNKNOWN_VERB_TRY_ENDS,
} from './lexicon/unknown-verb.js';
import type { Parsed } from './parse.js';
import { partly } from './partly.js';
import { compactForm } from './text.js';

const ENDS = [...UNKNOWN_VERB_REQUEST_ENDS, ...UNKNOWN_VERB_TRY_ENDS].map((e) => e.replace(/ /g, ''));
const TRY = new Set(UNKNOWN_VERB_TRY_ENDS);
/** The syllable has no final consonant (an -아/어 form ends open: 려, 져, 봐). */
const open = (syl: string) => {
  const c = syl.charCodeAt(0) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 === 0;
};
const BEFORE_VERB = new RegExp(`^(?:${UNKNOWN_VERB_BEFORE.join('|')})*`);

export function unknownVerbAsked(p: Parsed, idx: HomeIndex, chat: boolean): Understanding | null {
  if (chat) return null;
  const compact = p.norm.compact.replace(/[?!.~]+$/, '');
  if (!ENDS.some((e) => compact.endsWith(e))) return null;
  const named = p.frames.filter((f) => f.targets.length > 0);
  const only = named[0];
  // "아이방 좀 살펴 줘": no device, one room said bare, and the same short verb: what to do there is asked
  const rooms = named.length ? [] : p.tokens.filter((x) => x.lex.some((l) => l.t === 'area'));
  const room = rooms.length === 1 && p.frames.every((f) => f.verb === null) ? rooms[0] : undefined;
  if (!room && (named.length !== 1 || !only || only.targets.length !== 1 || only.verb !== null)) return null;
  // the unknown part is a short verb right after the device ("손봐", "여며"), not a thing of it or done
  // with it ("리모컨 좀 찾아", "냉장고에서 물 좀 꺼내"): the device is said bare, with 좀 or an object particle
  const said = room ? room.text : only?.targets[0]?.text;
  const at = said ? compact.lastIndexOf(compactForm(said)) : -1;
  if (!said || at < 0) return null;
  const end = ENDS.filter((e) => compact.endsWith(e)).sort((a, b) => b.length - a.length)[0] ?? '';
  const verb = compact
    .slice(at + compactForm(said).length, compact.length - end.length)
    .replace(BEFORE_VERB, '');
  if (verb.length < 1 || verb.length > 3) return null;
  if (TRY.has(end) && (verb.length < 2 || !open(verb.at(-1) ?? ''))) return null;
  const area = room?.lex.find((l) => l.t === 'area');
  if (room) {
    const name = area && 'v' in area ? idx.areaName.get(String(area.v)) : undefined;
    return name
      ? { understood: true, intents: [], actions: [], answer: MSG.howToRoom.replace('{area}', name) }
      : null;
  }
  if (!only) return null;
  const u = partly([only], idx, 0, false);
  return u.understood ? u : null;
}
