/**
 * "색온도는 3500K로, 그리고 커튼은 닫아 줘": a value said with its verb left out, then 그리고 and another
 * request, is a clause of its own (the value asked of the device before it), not the next verb's.
 */
import { carriesSize, carriesValue, type Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { AND_THEN_WORDS, TO_PARTICLES } from './lexicon/clause-joins.js';
import { MARKS } from './lexicon/marks.js';
import type { Token } from './tokenize.js';

/** 그리고 and its kin, as token texts. */
export const AND_THEN = new Set(AND_THEN_WORDS.map((w) => w.replace(/\s+/g, '')));
const SAID_AS = new Set(TO_PARTICLES);

/**
 * `tok` is 그리고 (or 하고 after 로/으로) right after a value with no action verb of its own: a value said with
 * 로/으로, a value asked with 해 줘 ("섬세 모드로 해 줘 그리고 …"), a device said with a number or a size of its
 * range ("채널 일곱 번 그리고 불 좀 켜 줘", "에어컨 최대로 그리고 …"), or a value said again as a correction.
 */
export function valueThenAnd(f: Frame, prev: Token | undefined, tok: Token | undefined): boolean {
  if (!tok || !prev) return false;
  // ("에어컨 24로 하고 …": 하고 after a value said with 로 is "do, and")
  if (!AND_THEN.has(tok.text) && !(tok.text === MARKS.andWith && SAID_AS.has(prev.text))) return false;
  if (f.verb !== null && !WEAK_VERBS.has(f.verb)) return false;
  // ("거실 불 켜 줘, 아니 안방 불 그리고 커튼 닫아 줘": a device or room said again as a correction, too)
  if (f.corrects && f.verb === null && f.targets.length + f.areas.length > 0) return true;
  // ("24도 아 아니다 23도 그리고 …": a value said again as a correction has its device before it)
  // ("세탁기 섬세 모드로 해 줘 그리고 …": a value asked with 해 줘)
  const asked =
    (f.verb === null || f.verb === 'do') &&
    prev.lex.some((x) => x.t === 'verb' || x.t === 'req' || x.t === 'end') &&
    MARKS.give.some((g) => prev.text.includes(g));
  if (asked && carriesValue(f) && f.targets.length + f.attrs.length > 0) return true;
  if (!SAID_AS.has(prev.text))
    return (f.numbers.length > 0 && (f.targets.length + f.attrs.length > 0 || f.corrects)) || carriesSize(f);
  const value =
    carriesSize(f) ||
    f.numbers.some((n) => n.to) ||
    f.mode !== null ||
    f.fan !== null ||
    f.channel !== null ||
    f.color !== null ||
    f.ctemp !== null;
  return value && (f.attrs.length + f.targets.length > 0 || f.corrects);
}

/**
 * "켜 줘 그리고 …": 그리고 after a request begins a sentence of its own; the request before it is not
 * joined to the next clause (a complaint listed with 그리고, "추워 그리고 어둡고", still is). Marks the
 * clause ended.
 */
export function endsSentence(tok: Token, f: Frame, imperative: boolean): boolean {
  const ends = AND_THEN.has(tok.text) && (imperative || (f.verb !== null && !WEAK_VERBS.has(f.verb)));
  if (ends) f.ended = true;
  return ends;
}

/**
 * "소리 20으로 해 줘 그리고 작은방 말고 안방 불 켜": what is said after a request's closing 그리고 and then
 * corrected belongs to the sentence it begins; it is not merged into the request before.
 */
export const heldForCorrection = (prev: Frame, next: Frame | undefined): boolean =>
  !!next?.corrects && !!prev.ended;

/**
 * "에어컨 24로 하고 거실 보일러 23으로": 하고 after a value said with 로 is "do, and": it ends the clause, as
 * 고 after a verb does. Between two devices ("티비 하고 에어컨") it still joins them.
 */
export function doneAnd(f: Frame, prev: Token | undefined, tok: Token): boolean {
  if (tok.text !== MARKS.andWith || !prev) return false;
  return SAID_AS.has(prev.text) && valueThenAnd(f, prev, tok);
}
