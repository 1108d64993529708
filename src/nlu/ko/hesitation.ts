/**
 * Hesitations that open a turn (issue #13, recognizer output): "음 동생이 티비 켜고 학원 갔어, 좀 꺼 줘",
 * "아 맞다 거실 불 반으로 해 줘". They are read past before the first clause, so the turn means what it
 * means without them; they still count as understood words.
 */
import { HESITATIONS } from './lexicon/context.js';
import { hasLex, type Token } from './tokenize.js';

const OPENERS = new Set(HESITATIONS.map((w) => w.replace(/\s+/g, '')));

/** How many tokens at the start of the turn are hesitations only. */
export function leadingHesitations(tokens: Token[]): number {
  let k = 0;
  while (k < tokens.length - 1) {
    const t = tokens[k] as Token;
    if (!OPENERS.has(t.text) || !t.lex.every((x) => x.t === 'filler') || !hasLex(t, 'filler')) break;
    k++;
  }
  return k;
}
