/**
 * "휘센 19도, 어 현관불 꺼 줘", "주방 불 반토막, 음 거실 불 좀 꺼 줘": a sound of hesitation between a request said
 * to its end and the next device does not join them. What begins the next clause is read past the hesitations
 * (request-done.ts); the clause closes before them. Fixer fx28.
 */
import { MID_HESITATIONS } from './lexicon/context.js';
import { SEARCH_SOUNDS } from './lexicon/turn-shapes.js';
import type { Token } from './tokenize.js';

/** Sounds of hesitation, and the pointing words said as one ("어 그 저기"); not words that say something. */
const SOUNDS = new Set([...MID_HESITATIONS, ...SEARCH_SOUNDS]);

/** The index of the first token at or after `k` that is more than a hesitation ("어", "음", "그", "저기"). */
export function pastFillers(tokens: Token[], k: number): number {
  let j = k;
  while (j < tokens.length - 1) {
    const t = tokens[j] as Token;
    if (!SOUNDS.has(t.text) || !t.lex.length || !t.lex.every((x) => x.t === 'filler')) break;
    j++;
  }
  return j;
}
