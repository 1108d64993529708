/**
 * "꺼 볼래?", "커튼 닫아 보자": 보다 right after another verb is the auxiliary "try doing", a request
 * ending of that verb, not a verb of its own (watch, play). Words: TRY_AUX in lexicon/registers.ts.
 */
import type { Lex } from './lex.js';
import { TRY_AUX } from './lexicon/registers.js';
import { hasLex, type Token } from './tokenize.js';

const AUX = new Set(TRY_AUX);

/** Reads 보다 after a verb as that verb's ending. */
export function tryAux(tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    if (!AUX.has(t.text) || !hasLex(prev, 'verb') || !hasLex(t, 'verb')) continue;
    const rest = t.lex.filter((x) => x.t !== 'verb');
    t.lex = rest.length ? rest : [{ t: 'req' } as Lex];
  }
}
