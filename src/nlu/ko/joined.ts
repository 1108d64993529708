/**
 * Clauses of a long turn that lean on the clause before them (issue #13, natural-6 J): what a joined
 * clause inherits, and what it must not.
 */

import { alsoInRoom } from './also-room.js';
import { carriesValue, type Frame } from './clause-frame.js';
import { epWith } from './device.js';
import { WEAK_VERBS } from './extract.js';
import type { HomeIndex } from './home.js';
import { dropForeignInheritance } from './inherit-attr.js';
import { dropForeignActor } from './inherit-verb.js';
import { LOOK_ASKED, LOOK_VERBS as LOOKING } from './lexicon/clause-shapes.js';
import { PURPOSE_ENDS, WATCH_HEARSAY } from './lexicon/household.js';
import { MARKS } from './lexicon/marks.js';
import { pastSyllable } from './remark.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

/** Device words that play music. */
const PLAYS = new Set(['tv', 'speaker']);

/**
 * "불 켜고 음악 좀 틀어 줘", "에어컨 켜고 노래 틀어": music asked in a clause that only inherited a
 * device that cannot play it is the satellite's own player's (the targets are dropped).
 */
export function dropMusicInheritance(f: Frame, idx: HomeIndex): void {
  dropForeignInheritance(f, idx);
  dropForeignActor(f, idx);
  if (!f.inherited || !f.attrs.includes('media')) return;
  const cannotPlay = f.targets.every((t) =>
    t.devs.length
      ? t.devs.every((id) => {
          const d = idx.byId.get(id);
          return d !== undefined && !epWith(d, 'MediaPlayback');
        })
      : t.kind !== null && !t.kind.kinds.some((k) => PLAYS.has(k)),
  );
  if (!cannotPlay) return;
  f.targets = [];
  f.inherited = false;
}

const STEP_VERBS = new Set(['up', 'down', 'next', 'prev']);

/**
 * "아까 보던 드라마로 가게 채널 두 개 뒤로 돌려 줘": channel steps counted out are the request; the
 * genre said with them is only where the speaker means to end up (its purpose).
 */
export function stepsOverGenre(f: Frame): void {
  if (!f.channel?.genre || !f.verb || !STEP_VERBS.has(f.verb)) return;
  if (f.numbers.some((n) => (n.unit === 'step' || n.unit === 'num') && !n.to && !n.by)) f.channel = null;
}

const TOO_LOUD = new Set(['loud', 'big']);

/**
 * "티비 소리가 너무 커서 전화하는데 하나도 안 들리네": not hearing, said after the device's sound was
 * too loud, is what the loudness does (the call cannot be heard), not the device too quiet.
 */
export function loudnessConsequence(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    const prev = frames[i - 1] as Frame;
    if (f.complaint !== 'quiet' || !f.inherited || f.verb !== null) continue;
    if (!prev.complaint || !TOO_LOUD.has(prev.complaint)) continue;
    if (prev.complaint === 'big' && !prev.attrs.includes('volume')) continue;
    f.complaint = prev.complaint;
    for (const a of prev.attrs) if (!f.attrs.includes(a)) f.attrs.push(a);
  }
}

export const HEARSAY_WATCH = new Set(WATCH_HEARSAY.map((w) => w.replace(/\s+/g, '')));

/**
 * What is said before a clause that names its own device and asks: "청소 시작하게 에어컨 꺼 줘" (a
 * purpose, its ending after the verb word) and "애들이 영화 본대, 거실 조명 바꿔 줘" (someone will
 * watch, nothing named to put on) are the request's reasons, not requests of their own.
 */
export function contextBefore(frames: Frame[], compact: string): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = frames[i] as Frame;
    const next = frames[i + 1] as Frame;
    if (f.targets.length || f.asked || f.req || f.question || f.channel || f.attrs.length) continue;
    if (!next.targets.length || next.inherited || !next.verb || WEAK_VERBS.has(next.verb)) continue;
    const last = f.tokens[f.tokens.length - 1];
    const from = next.tokens[0]?.start;
    if (!last || from === undefined) continue;
    const verbTok = f.tokens.findLast((t) => hasLex(t, 'verb'));
    if (!verbTok) continue;
    const tail = compact.slice(verbTok.start, from);
    if (PURPOSE_ENDS.some((e) => tail.endsWith(e)) || HEARSAY_WATCH.has(verbTok.text)) f.reason = true;
  }
  // "채널 9번으로 돌려 줘 아빠가 야구 보신대": said after the request, with nothing of its own to put on
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    const prev = frames[i - 1] as Frame;
    if (!prev.asked || f.asked || f.channel || f.attrs.length || (f.targets.length && !f.inherited)) continue;
    const verbs = f.tokens.filter((t) => hasLex(t, 'verb'));
    if (verbs.length && verbs.every((t) => HEARSAY_WATCH.has(t.text))) f.reason = true;
  }
}

/**
 * "거실 불 켜 줘 이제 티비 볼 거야", "공기청정기 틀어 줘 창문은 못 열어": after a clause that asked,
 * a fragment with no verb of the home whose device is followed by words the lexicon does not know (or
 * by what cannot be done) is talk about that device, not another target of the request.
 */
export function talkFragment(prev: Frame, fr: Frame): boolean {
  if (!prev.asked || !fr.targets.length) return false;
  const first = fr.tokens.find((t) => isTargetTok(t));
  if (!first) return false;
  return (
    fr.tokens.some((t) => hasLex(t, 'cannot')) ||
    fr.unknown.some(([start]) => start >= first.end) ||
    // "티비는 아까 껐어": what was done, in the past tense
    fr.tokens.some((t) => t.start >= first.end && pastSyllable(t.text[0]))
  );
}

/**
 * "안방 보일러 올려 주고 불도 켜 줘": a device word said with 도 in the clause after one that named a
 * room (or a device of one room) is that room's, not the satellite's.
 */
export function sameRoomAlso(f: Frame, prev: Frame | undefined, idx: HomeIndex, here: string | null): void {
  if (alsoInRoom(f, prev, idx, here)) return;
  // "가스 잠가 주고 불도 다 꺼 줘": all of them, not the room's
  if (!prev || f.inherited || f.areas.length || f.mods.has('here') || f.mods.has('all')) return;
  const bare = f.targets.filter((t) => t.kind && !t.devs.length && !t.areas.length);
  if (!bare.length || bare.length !== f.targets.length) return;
  // ("…올려 드리고 불은 꺼 드려": or with 은/는, the light of that room as against its heating)
  const also = f.tokens.some(
    (t, k) =>
      ((t.text === MARKS.also && hasLex(t, 'and')) || (MARKS.topic.includes(t.text) && hasLex(t, 'part'))) &&
      k > 0 &&
      isTargetTok(f.tokens[k - 1] as Token),
  );
  if (!also) return;
  const rooms = new Set<string>();
  for (const t of prev.targets) {
    for (const a of t.areas) rooms.add(a);
    for (const id of t.devs) {
      const a = idx.byId.get(id)?.area;
      if (a) rooms.add(a);
    }
  }
  for (const a of prev.areas) rooms.add(a);
  if (rooms.size !== 1) return;
  const [room] = rooms;
  // only where that room has such a device ("작은방 장판 켜고 불도": no light there, the satellite's)
  const has = (t: Frame['targets'][number]) =>
    t.kind?.kinds.some((k) => (idx.byKind.get(k) ?? []).some((d) => d.area === room)) ?? false;
  if (!bare.every(has)) return;
  for (const t of bare) t.areas = [room as string];
}

/** Words of looking itself ("확인", "해줘"), no action of the home. */
const LOOK_VERBS = new Set(LOOKING);

/** Endings that ask the listener to look ("잠겼는지 봐 줘", "껐는지 확인해 줘"). */
const LOOK = new Set(LOOK_ASKED);

/**
 * "현관문 잠겼는지 좀 봐 줘 아까 나갈 때 깜빡한 것 같아": a state asked to be looked at is a home
 * question however much talk follows it.
 */
export const checkAsked = (f: Frame): boolean => lookAt(f) >= 0;

/** Where the frame asks to look ("봐 줘", or "확인" + "해 줘" read as two words), or -1. */
const lookAt = (f: Frame): number =>
  f.tokens.findIndex((t, k) => LOOK.has(t.text) || LOOK.has(t.text + (f.tokens[k + 1]?.text ?? '')));

/**
 * "밖에 있다가 들어왔더니 집이 냉골이네": a time word followed, in its clause, by a verb in the past
 * tense tells what happened, it plans nothing for later (and makes no condition of the clause).
 */
export function pastNotLater(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if (!f.later || f.asked || f.req) continue;
    const at = f.tokens.find((t) => hasLex(t, 'later') && !hasLex(t, 'conn'));
    if (!at) continue;
    const end = Math.max(...f.tokens.map((t) => t.end), ...f.unknown.map(([, e]) => e));
    const after = compact.slice(at.end, end);
    if ([...after].some((ch) => pastSyllable(ch))) f.later = false;
  }
}

/**
 * "불 꺼 줘 나 이제 잘 거야": a plan ending after the request, with a verb of the speaker's own between
 * them (one the lexicon does not know), is the speaker's plan; the request is not put off.
 */
export function ownPlanAfter(f: Frame): boolean {
  const lt = f.tokens.findLast((t) => hasLex(t, 'later'));
  const verb = f.tokens.findLast((t) => hasLex(t, 'verb') && (!lt || t.end <= lt.start));
  if (!lt || !verb || !hasLex(lt, 'conn')) return false;
  return f.unknown.some(([s]) => s >= verb.end && s < lt.start);
}

/**
 * "애들 방 불 켜져 있나 봐 줄래 아까 켜 놓은 것 같던데": a state asked to be looked at comes first; a verb
 * said after it is the talk of how it came to be, not a request.
 */
export function lookFirst(frames: Frame[]): void {
  for (const f of frames) {
    if (f.state === null || !f.targets.length) continue;
    const look = lookAt(f);
    if (look < 0) continue;
    // "…봐 줘 아까 내가 켰던 것 같은데": the connective that ends the talk after it is no reason
    const conn = f.tokens.findLastIndex((t) => hasLex(t, 'conn'));
    if (f.reason && conn > look) f.reason = false;
    const verb = f.tokens.findIndex((t, k) => k > look + 1 && hasLex(t, 'verb') && !LOOK_VERBS.has(t.text));
    if (!f.verb || verb < 0) continue;
    f.verb = null;
    f.verbs = [];
  }
}

/**
 * "세탁기 돌려 줘, 아니다 내일 돌릴게", "음악 꺼 줘 아 잠깐 이 노래만 듣고 끌게": a correction that puts the
 * action off as the speaker's own plan (the same action, or none named) calls the request off.
 */
export const putOffAsPlan = (prev: Frame, fr: Frame): boolean =>
  !fr.targets.length &&
  fr.later &&
  !fr.asked &&
  !fr.req &&
  (!carriesValue(fr) || fr.verb === null || fr.verb === prev.verb);
