/**
 * "거실 불 켜 주소, 손님 오니까 …", "에어컨 켜 주시면 고맙겠어요, 손님 오니까 …": a request ending of another
 * register or region left over after the 주 the verb took ("켜주" + 소) belongs to the request, when it runs to the
 * end of the spoken word: what follows it may begin a clause of reason (request-done.ts). Fixer fx28.
 */
import { JU_TAILS } from './lexicon/ju-tails.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import type { Normalized } from './text.js';
import type { Token } from './tokenize.js';

const TAILS = JU_TAILS.map((w) => w.replace(/ /g, '')).sort((a, b) => b.length - a.length);

/** The length of the request ending's tail glued after `last` (a verb that ends in 주), or 0. */
export function juTail(last: Token, norm: Normalized): number {
  if (!last.text.endsWith(W.ju) || !last.lex.some((x) => x.t === 'verb')) return 0;
  const tail = TAILS.find(
    (w) => norm.compact.startsWith(w, last.end) && norm.starts[last.end + w.length] === 1,
  );
  return tail?.length ?? 0;
}
