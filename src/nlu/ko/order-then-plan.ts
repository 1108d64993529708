/**
 * "트롬 찌든때 코스로 돌려 이불 빨 거야", "에어컨 켜 나 좀 잘 거야": a bare order (돌려, 켜, 꺼) said
 * before the speaker's own plan, a verb the home does not know followed by 거야/거니까, is the request;
 * the plan after it is only why (not for later). Read as one clause, the plan's ending made all of it a reason.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { BARE_ORDER_ENDS, ORDER_HELPERS } from './lexicon/clause-shapes.js';
import { hasLex, type Token } from './tokenize.js';

/** A verb said in the form that orders on its own (돌려, 켜, 꺼, 틀어, 열어, 닫아, 잠가, 줘). */
export const BARE_ORDER = new RegExp(`(?:${BARE_ORDER_ENDS.join('|')})$`);

const strongVerb = (t: Token): boolean => t.lex.some((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v));

/** Verbs that help the order's own (켜 놓을, 켜 둘, 켜 볼, 꺼 줄): the plan is the order itself. */
export const HELPER = new RegExp(`^(?:${ORDER_HELPERS.join('|')})`);

export function orderThenPlan(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if (!f.reason || f.cond || f.story || f.question || !f.unknown.length) continue;
    const toks = f.tokens;
    const last = toks[toks.length - 1];
    if (!last || !hasLex(last, 'conn')) continue;
    let v = -1;
    for (let k = toks.length - 2; k >= 0; k--)
      if (strongVerb(toks[k] as Token)) {
        v = k;
        break;
      }
    const verb = toks[v];
    if (!verb || !BARE_ORDER.test(verb.text) || !f.targets.length) continue;
    // the plan's own verb: words the home does not know, between the order and the ending
    const own = f.unknown.some(([s]) => s >= verb.end && s < last.start && !HELPER.test(compact.slice(s)));
    // no verb token of the plan itself among the words between (that would be a reason of its own)
    if (!own || toks.slice(v + 1, -1).some(strongVerb)) continue;
    f.reason = false;
    f.later = false;
  }
}

/**
 * "세탁기 잠깐 멈춰, 양말 하나 빠졌어": a bare order with its device, then words the home does not know
 * ending in the past tense, is the request and what happened its reason (not a remark told).
 * `pastAt`: where the past-tense ending of the turn begins.
 */
export function orderThenTold(frames: Frame[], compact: string, pastAt: number): boolean {
  return frames.some((f) => {
    if (f.reason || f.cond || f.question || f.chat || !f.targets.length) return false;
    const toks = f.tokens;
    for (let k = toks.length - 1; k >= 0; k--) {
      const verb = toks[k] as Token;
      if (!strongVerb(verb)) continue;
      if (!BARE_ORDER.test(verb.text) || verb.end > pastAt) return false;
      // the told part: unknown words after the order (not a helper of its own: 켜 놨어, 꺼 버렸어)
      return f.unknown.some(
        ([s, e]) => s >= verb.end && e === compact.length && !HELPER.test(compact.slice(s)),
      );
    }
    return false;
  });
}
