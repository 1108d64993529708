/**
 * "다음 채널로 넘겨 줘, 이거 재미없다, 광고만 계속 나오네": a verb word that is also an adverb (계속, "keeps")
 * before what it qualifies (a verb the lexicon does not know, a complaint), in a clause that asks for
 * nothing after one that asked, is the talk's adverb ("keeps showing ads"), not a resume.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { ADVERB_VERBS } from './lexicon/clause-joins.js';
import { hasLex } from './tokenize.js';

const ADVERBS = new Set(ADVERB_VERBS);

export function adverbNotVerb(frames: Frame[]): void {
  for (const [i, f] of frames.entries()) {
    if (i === 0 || f.asked || f.req || f.question || f.targets.some((t) => !t.devs.length && !t.kind))
      continue;
    if (!frames.slice(0, i).some((p) => p.asked || p.req)) continue;
    const k = f.tokens.findIndex((t) => ADVERBS.has(t.text) && hasLex(t, 'verb'));
    const adv = f.tokens[k];
    const own = adv?.lex.find((x) => x.t === 'verb')?.v;
    if (!adv || f.verbs.some((v) => v !== own && !WEAK_VERBS.has(v))) continue;
    // something said after it that it qualifies ("계속 나오네", "계속 덜컹거려", "계속 같은 얘기만 하네")
    if (k === f.tokens.length - 1 && !f.unknown.some(([s]) => s >= adv.end)) continue;
    f.verbs = f.verbs.filter((v) => v !== own);
    f.verb = f.verbs[0] ?? null;
    f.reason = true;
  }
}
