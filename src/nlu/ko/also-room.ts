/**
 * "안방 불 켜 주고 여기도", "주방 불 꺼 줘, 거실도", "거실 보일러 올리고 다른 방도": a request for a device of
 * one room, then another room (the satellite's, a room named, every other room) with 도 and no device of its
 * own, asks the same of the same kind of device there. The device said first keeps its action; the room after
 * 도 gets a copy of its target, moved there (resolve.ts reads a moved target as that kind in those rooms, and
 * says so when a room has none). A clause of its own after the request ("여기도 똑같이 해 줘") takes the
 * request's action and value when it says none. The one reading of "a room + 도" for clauses.ts too: a room with
 * 도 after a request and nothing else (alsoAreas, alsoPending), or with only the weak 해 (sameAgain).
 */
import { carriesSize, carriesValue, type Frame, type TargetRef } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { MARKS } from './lexicon/marks.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

/** Verbs that say "do the same" and nothing of their own. */
const SAME = new Set(['do', 'set']);

type Rooms = string[] | 'here' | 'others';
type Room = { k: number; areas: Rooms };

/** 도 as "also". */
const isAlso = (t: Token | undefined): boolean => t?.text === MARKS.also && hasLex(t, 'and');

/** The room a token says (여기, 다른 방, a room's name), or null. */
function roomSaid(t: Token): Rooms | null {
  if (t.lex.some((x) => x.t === 'mod' && x.v === 'here')) return 'here';
  if (t.lex.some((x) => x.t === 'mod' && x.v === 'others')) return 'others';
  const areas = t.lex.flatMap((x) => (x.t === 'area' ? [x.v] : []));
  return areas.length ? areas.slice(0, 1) : null;
}

/** The room said just before 도 with no device after it, or null. */
function alsoRoom(toks: Token[], from: number): Room | null {
  for (let k = toks.length - 2; k >= from; k--) {
    if (!isAlso(toks[k + 1])) continue;
    if (toks.slice(k + 2).some(isTargetTok)) return null;
    const areas = roomSaid(toks[k] as Token);
    return areas ? { k, areas } : null;
  }
  return null;
}

/** The rooms of the same kind of device as `t`, other than its own. */
function otherRooms(t: TargetRef, idx: HomeIndex): string[] {
  const kinds = t.devs.length
    ? (idx.kinds.get(t.devs[0] as string) ?? []).slice(0, 1)
    : (t.kind?.kinds ?? []);
  const own = new Set([...t.areas, ...t.devs.map((id) => idx.byId.get(id)?.area ?? '')]);
  const rooms: string[] = [];
  for (const id of [...idx.areaName.keys()].slice(0, idx.areaCount))
    if (!own.has(id) && kinds.some((k) => (idx.byKind.get(k) ?? []).some((d) => d.area === id)))
      rooms.push(id);
  return rooms;
}

/** The areas of a target: its own, or its devices'. */
const areasOf = (t: TargetRef, idx: HomeIndex): string[] =>
  t.areas.length ? t.areas : t.devs.map((id) => idx.byId.get(id)?.area ?? '').filter((a) => a);

/**
 * Adds the copies to `f` (the request's own clause, 도 said after its verb) or moves an inheriting clause's
 * targets there; false when the clause says no such thing.
 */
export function alsoInRoom(f: Frame, prev: Frame | undefined, idx: HomeIndex, here: string | null): boolean {
  if (!f.targets.length || f.reason || f.cond) return false;
  const toks = f.tokens;
  const verbAt = toks.findIndex((t) => hasLex(t, 'verb') || t.num !== undefined);
  const room = alsoRoom(toks, f.inherited ? 0 : Math.max(verbAt + 1, 1));
  if (!room) return false;
  // the targets said or inherited must each be of one room, and every one a device of the home's kind
  const named = f.targets.filter((t) => (t.devs.length || t.kind) && areasOf(t, idx).length === 1);
  if (!named.length || named.length !== f.targets.length) return false;
  const copies: TargetRef[] = [];
  for (const t of named) {
    const own = areasOf(t, idx);
    let areas =
      room.areas === 'here'
        ? here
          ? [here]
          : []
        : room.areas === 'others'
          ? otherRooms(t, idx)
          : room.areas;
    areas = areas.filter((a) => !own.includes(a));
    if (!areas.length) return false;
    copies.push({ ...t, areas, moved: t.devs.length > 0 ? true : t.moved });
  }
  const areaTok = toks[room.k] as Token;
  f.areas = f.areas.filter((a) => !areaTok.lex.some((x) => x.t === 'area' && x.v === a));
  if (f.inherited && prev) {
    f.targets = copies;
    // "여기도 똑같이 해 줘": the request's own action and value
    if (f.verb === null || SAME.has(f.verb)) {
      f.verb = prev.verb;
      f.verbs = [...prev.verbs];
      if (!f.numbers.length) f.numbers = [...prev.numbers];
      if (f.attr === null) f.attr = prev.attr;
      if (!f.attrs.length) f.attrs = [...prev.attrs];
    }
  } else f.targets.push(...copies);
  return true;
}

/** Adds `fr`'s rooms to `prev` as copies of its targets; false when `fr` is not such a fragment. */
export function alsoAreas(prev: Frame, fr: Frame): boolean {
  if (fr.targets.length || !fr.areas.length || !prev.targets.length) return false;
  if (!fr.tokens.some(isAlso)) return false;
  if (prev.targets.some((t) => t.devs.length && !t.kind)) return false;
  for (const t of [...prev.targets]) prev.targets.push({ ...t, areas: [...fr.areas], devs: [] });
  return true;
}

/** "불 꺼 줘 주방도": rooms said with 도 at the end of a request's own clause, read as above. */
export function alsoPending(f: Frame, areas: string[]): boolean {
  const last = f.tokens[f.tokens.length - 1];
  if (last?.text !== MARKS.also || f.verb === null) return false;
  return alsoAreas(f, { ...f, targets: [], areas, tokens: [last] });
}

/**
 * "안방 난방 24도로 맞춰 주고 여기도 똑같이 해 줘": a room (여기, a room's name, 다른 방) with 도 and only the
 * weak 해 after it asks nothing of its own: it is the request's room too (fixer fx41, alsoInRoom).
 */
export function sameAgain(fr: Frame): boolean {
  if (fr.verb !== 'do' || fr.verbs.some((v) => v !== 'do') || fr.targets.length || fr.numbers.length)
    return false;
  return fr.tokens.some((t, k) => isAlso(fr.tokens[k + 1]) && roomSaid(t) !== null);
}

/** A clause that asks something of its own, not a fragment of the clause before (clauses.ts#mergeClauses). */
export function actsAlone(fr: Frame): boolean {
  if (fr.complaint !== null || carriesValue(fr) || carriesSize(fr) || fr.state !== null) return true;
  return fr.verb !== null && !sameAgain(fr);
}
