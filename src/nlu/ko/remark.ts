/**
 * A turn that ends as a remark ("세탁기 다 됐네", "오늘 청소 열심히 했다", "어제 에어컨 틀고 잤어") tells
 * rather than asks: unless a clause of it asks for something or complains, it is small talk.
 */
import type { Frame } from './clause-frame.js';
import { endingsBy } from './ends.js';
import { WEAK_VERBS } from './extract.js';
import { DIRTY_FLOOR } from './lexicon/dirt.js';
import { PAST_ENDS, REMARK_ENDS } from './lexicon/everyday.js';
import { MARKS } from './lexicon/marks.js';
import { NOT_PAST_SYLLABLES } from './lexicon/turn-shapes.js';
import { orderThenTold } from './order-then-plan.js';
import { orderThenRemark } from './order-then-talk.js';
import type { Normalized } from './text.js';
import { toldOfNoOne } from './told-of.js';

/** A dirty floor said is a complaint whatever its ending ("바닥이 지저분하네"). */
const DIRT = new Set(DIRTY_FLOOR.map((w) => w.replace(/\s+/g, '')));

const HANGUL_BASE = 0xac00;
/** The final consonant ㅆ of a past-tense syllable (했, 잤, 켰, 됐). */
const SSANG_SIOS = 20;
const NOT_PAST = NOT_PAST_SYLLABLES;
const REMARK_BY = endingsBy(REMARK_ENDS);
const PAST_BY = endingsBy(PAST_ENDS);

export const pastSyllable = (ch: string | undefined): boolean => {
  // 있 (being) and 겠 (would) carry the same consonant but are not the past
  if (!ch || NOT_PAST.includes(ch)) return false;
  const c = ch.charCodeAt(0) - HANGUL_BASE;
  return c >= 0 && c < 11172 && c % 28 === SSANG_SIOS;
};

/** How the compact text ends: an exclamation, a plain ending after a past-tense syllable, or neither. */
export function remarkEnd(compact: string): 'exclaim' | 'past' | 'plain' | null {
  if (REMARK_BY(compact).some((e) => compact.endsWith(e) && compact.length > e.length)) return 'exclaim';
  return PAST_BY(compact).some(
    (e) => compact.endsWith(e) && pastSyllable(compact[compact.length - e.length - 1]),
  )
    ? 'past'
    : null;
}

/** Marks the last clause as small talk when the turn ends as a remark that asks for nothing. */
export function markRemark(frames: Frame[], norm: Normalized): void {
  const { compact, question } = norm;
  // "오늘 밤에 많이 덥대": a complaint heard of no one at home is talk (told-of.ts)
  toldOfNoOne(frames, norm);
  const last = frames[frames.length - 1];
  if (!last || question) return;
  // "청소기 소리 귀엽다": a plain statement whose last word the lexicon does not know
  const tail = last.unknown[last.unknown.length - 1];
  const plain =
    compact.endsWith(MARKS.plainEnd) &&
    tail?.[1] === compact.length &&
    !frames.some((f) => f.verb !== null && !WEAK_VERBS.has(f.verb) && !f.reason);
  // "미세먼지 나쁘대", "누나가 불 켜 놨대": what someone said happens or happened, told
  const hearsay = compact.endsWith(MARKS.hearsayEnd) && tail?.[1] === compact.length;
  const end = remarkEnd(compact) ?? (plain || hearsay ? 'plain' : null);
  if (!end) return;
  // "미세먼지 심하대": the outdoor air heard of (the news, a forecast) is told; a person at home
  // said to be cold ("애가 춥대") is still a complaint
  const heard = (f: Frame) => hearsay && f.complaint === 'dust';
  const dirt = (f: Frame) => f.verb === 'clean' && f.tokens.some((t) => DIRT.has(t.text));
  if (
    frames.some(
      (f) => f.asked || f.req || (f.complaint !== null && !heard(f)) || f.nev || f.question || dirt(f),
    )
  )
    return;
  // "문 닫혔어", "불 다 꺼졌어": a state said in the past tense is asked as often as told
  if (end === 'past' && frames.some((f) => f.state !== null || f.attrs.length > 0)) return;
  if (end === 'past' && orderThenTold(frames, compact, compact.length - 2)) return;
  // "거실 불 켜 애가 숙제한대": a bare order before the remark is the request (order-then-talk.ts)
  if (orderThenRemark(frames, norm)) return;
  last.chat = true;
}
