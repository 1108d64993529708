/**
 * "금고 잠금 해제해 줘", "수도 잠가 줘", "가쓰 잠가 줘" (가스 as a recognizer may write it): locking or unlocking said
 * of a thing the lexicon and the home do not know, named right before the verb, is not the home's door lock, which
 * the verb alone would mean ("잠가 줘", "문 열어"). The verb is dropped from the clause, so nothing is locked or
 * unlocked on a guess and the turn is not understood. A word said before the verb that is a manner (ending like
 * 확실히, 제대로, 단단하게: ADVERB_ENDS in lexicon/recognizer.ts) or a single syllable ("꼭") is not such a thing.
 */
import type { Frame } from './clause-frame.js';
import { ADVERB_ENDS } from './lexicon/recognizer.js';
import type { Normalized } from './text.js';
import type { Token } from './tokenize.js';

const LOCKS = new Set(['lock', 'unlock']);
const between = (t: Token) => t.lex.length > 0 && t.lex.every((x) => x.t === 'filler' || x.t === 'mod');

/** Drops lock/unlock from a clause that names an unknown thing right before its verb and nothing else. */
export function lockUnknown(frames: Frame[], norm: Normalized): void {
  for (const f of frames) {
    if (!f.verb || !LOCKS.has(f.verb) || f.targets.length || f.areas.length || !f.unknown.length) continue;
    const k = f.tokens.findIndex((t) => t.lex.some((x) => x.t === 'verb' && LOCKS.has(x.v)));
    if (k < 0) continue;
    let start = (f.tokens[k] as Token).start;
    for (let j = k - 1; j >= 0 && between(f.tokens[j] as Token); j--) start = (f.tokens[j] as Token).start;
    const span = f.unknown.find(([, b]) => b === start);
    if (!span || span[1] - span[0] < 2) continue;
    const word = norm.compact.slice(span[0], span[1]);
    if (ADVERB_ENDS.some((e) => word.endsWith(e))) continue;
    f.verb = null;
    f.verbs = [];
  }
}
