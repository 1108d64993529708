/**
 * "거실 불 켜 주면 돼", "커튼 쳐주면 되": a request said as "doing it for me is all it takes" (되 as a recognizer
 * writes 돼). When the verb took the 주 of the ending ("켜주" + 면 + 돼), the 면 left over would read as a
 * condition; said last after a verb ending in 주, 면 and 돼 are the request's ending. A bare "켜면 돼" (asking
 * whether to, "언제 켜면 돼?") is not read so. Words: WILL_DO in lexicon/recognizer.ts.
 */
import type { Lex } from './lex.js';
import { WILL_DO } from './lexicon/recognizer.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import type { Token } from './tokenize.js';

const DONE = new Set(WILL_DO);
const REQ: Lex = { t: 'req' } as Lex;

/** Reads 면 돼 after a verb that took 주, last in the turn, as a request ending. */
export function juWillDo(tokens: Token[]): void {
  const n = tokens.length;
  if (n < 3) return;
  const verb = tokens[n - 3] as Token;
  const if_ = tokens[n - 2] as Token;
  const will = tokens[n - 1] as Token;
  if (!verb.text.endsWith(W.ju) || !verb.lex.some((x) => x.t === 'verb')) return;
  if (if_.text !== W.if || !DONE.has(will.text) || if_.start !== verb.end) return;
  if_.lex = [REQ];
  will.lex = [REQ];
}
