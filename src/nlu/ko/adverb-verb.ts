/**
 * "다음 채널로 넘겨 줘, 이거 재미없다, 광고만 계속 나오네": a verb word that is also an adverb (계속, "keeps")
 * before what it qualifies (a verb the lexicon does not know, a complaint), in a clause that asks for
 * nothing after one that asked, is the talk's adverb ("keeps showing ads"), not a resume; so is one before a
 * complaint, in any clause ("계속 추워": it keeps being cold).
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { ADVERB_VERBS, SOMEONE_AGAIN } from './lexicon/clause-joins.js';
import { hasLex, type Token } from './tokenize.js';

const ADVERBS = new Set(ADVERB_VERBS);
/** The switch a token says (켜: on, 꺼: off), or null. */
const switchOf = (t: Token): 'on' | 'off' | null => {
  for (const x of t.lex) if (x.t === 'verb' && (x.v === 'on' || x.v === 'off')) return x.v;
  return null;
};
const OTHERS = new Set(SOMEONE_AGAIN);

export function adverbNotVerb(frames: Frame[]): void {
  for (const [i, f] of frames.entries()) {
    const k = f.tokens.findIndex((t) => ADVERBS.has(t.text) && hasLex(t, 'verb'));
    const adv = f.tokens[k];
    const own = adv?.lex.find((x) => x.t === 'verb')?.v;
    // "에어컨 계속 켜 둬", "계속 꺼 둬": kept on or off — the switch said after it is the request, not a resume
    // ("누가 자꾸 티비 계속 켜 놔" tells what someone does: left to the rules of talk)
    const kept = adv ? f.tokens.slice(k + 1).find(switchOf) : undefined;
    const sw = kept ? switchOf(kept) : null;
    if (adv && sw && own !== sw && f.verbs.includes(sw) && !f.tokens.some((t) => OTHERS.has(t.text))) {
      f.verbs = f.verbs.filter((v) => v !== own);
      f.verb = sw;
      continue;
    }
    if (!adv || f.verbs.some((v) => v !== own && !WEAK_VERBS.has(v))) continue;
    // "맥주가 계속 미지근하네", "거실이 계속 추워": a complaint after it is how long it has been so
    const held = f.tokens.some((t, j) => j > k && hasLex(t, 'cplx'));
    if (!held) {
      if (f.asked || f.req || f.question || f.targets.some((t) => !t.devs.length && !t.kind)) continue;
      if (i === 0 || !frames.slice(0, i).some((p) => p.asked || p.req)) continue;
    }
    // something said after it that it qualifies ("계속 나오네", "계속 덜컹거려", "계속 같은 얘기만 하네")
    if (k === f.tokens.length - 1 && !f.unknown.some(([s]) => s >= adv.end)) continue;
    f.verbs = f.verbs.filter((v) => v !== own);
    f.verb = f.verbs[0] ?? null;
    f.reason = true;
  }
}
