/**
 * "에어컨 켜 놔 더운 거 싫어하니까", "엄마가 거실 불 끄래 이제 잘 거니까": a request said in full (its verb and a
 * request ending, or a request passed on with 래), then a new sentence giving its reason in the same breath,
 * with no device of its own. The connective of reason at the end closes the reason, not the request: the
 * clause stays a request. Fixer fx22.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { RELAYED_ENDS } from './lexicon/several.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

const RELAYED = new Set(RELAYED_ENDS);

const strongVerb = (t: Token): boolean => t.lex.some((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v));

export function reasonTail(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.reason || f.cond || f.question || !f.targets.length || f.verb === null || WEAK_VERBS.has(f.verb))
      continue;
    const v = f.tokens.findIndex(strongVerb);
    const verb = f.tokens[v];
    const end = f.tokens[v + 1];
    if (!verb || !end || end.start !== verb.end || !(hasLex(end, 'end') || hasLex(end, 'req'))) continue;
    if (!f.asked && !RELAYED.has(end.text)) continue;
    const tail = f.tokens.slice(v + 2);
    const last = tail[tail.length - 1];
    if (!last || !hasLex(last, 'conn') || !(tail[0] as Token).ws) continue;
    if (tail.some((t) => isTargetTok(t) || strongVerb(t) || t.num)) continue;
    f.reason = false;
  }
}
