/**
 * "에어컨 켜 줘… 아 아니다, 그냥 창문 열게", "보일러 올려 줘, 아니다 이불 덮을게": a request corrected by what the
 * speaker will do instead, said with the promissive -ㄹ게/-을게: the request is called off and nothing is asked of
 * the home (the speaker's own act, even of a thing the home has: "아니다 커튼 내가 열게") (fixer fx46). Only when the
 * promise comes right after the marker: a request corrected and then a promise of one's own going ("거실 불 말고 안방
 * 불 꺼 줘, 이제 잘게", "보일러 켜 줘 아니 25도로 올려, 나 씻고 올게") keeps the corrected request (review rv12).
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { GOING_PROMISES, PROMISE_MARKS } from './lexicon/clause-shapes.js';
import { MARKS } from './lexicon/marks.js';
import { adnominal } from './request-done.js';
import type { Token } from './tokenize.js';

/** A verb that does something to the home. */
const acts = (t: Token): boolean => t.lex.some((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v));

export function ownInstead(frames: Frame[], compact: string): void {
  const text = compact.endsWith(MARKS.promisePolite) ? compact.slice(0, -1) : compact;
  // the promissive -ㄹ게: the syllable before 게 closes on ㄹ (열게, 덮을게), as a verb modifying a noun does
  if (!text.endsWith(MARKS.promise) || !adnominal(text.slice(0, -1))) return;
  // a correction marker said after a request, then the promise ("…켜 줘 아 아니다 그냥 창문 열게")
  let at = -1;
  let len = 0;
  for (const m of PROMISE_MARKS) {
    const k = text.lastIndexOf(m);
    if (k > at) {
      at = k;
      len = m.length;
    }
  }
  if (at < 1 || !frames.some((f) => f.verb !== null || f.req)) return;
  // a promise of one's own going is no act instead ("…, 이제 잘게"); nor one after a new request said after the
  // marker ("말고 안방 불 꺼 줘, …")
  if (GOING_PROMISES.some((w) => text.endsWith(w))) return;
  const toks = frames.flatMap((f) => f.tokens).filter((t) => t.start >= at + len);
  const promise = toks.findLastIndex(acts);
  if (toks.some((t, k) => k < promise && acts(t))) return;
  for (const f of frames) {
    f.chat = true;
    f.req = false;
  }
}
