/**
 * "현관등 켜, 택배 가지러 나가게": a verb of going out or coming in (나가게, 들어오게) right after a
 * purpose the lexicon does not know (…러, …려) is the speaker's own movement, the reason for the
 * request, not the light going out or coming on. Its token is kept as a known word that asks
 * nothing, so the clause keeps the verb said before it.
 */
import { PERSON_MOVES, PURPOSE_TAILS } from './lexicon/context.js';
import { compactForm } from './text.js';
import type { Token } from './tokenize.js';

const MOVES = new Set(PERSON_MOVES.map(compactForm));
const TAILS = new Set(PURPOSE_TAILS);

export function personMoves(tokens: Token[], compact: string): void {
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (!MOVES.has(tok.text) || !tok.lex.some((x) => x.t === 'verb')) continue;
    const prevEnd = k > 0 ? (tokens[k - 1] as Token).end : 0;
    // the purpose is an unknown word right before it, ending in 러/려
    if (prevEnd >= tok.start || !TAILS.has(compact[tok.start - 1] as string)) continue;
    tok.lex = [{ t: 'word' }];
  }
}
