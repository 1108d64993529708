/**
 * The static lexicon's matches at a position of the text being read, found once: tokenizing looks
 * at the same positions again and again (a word's end, the next spoken word, a particle after it).
 */
import { type Lex, STATIC } from './lex.js';

let text = '';
let found: Array<Array<[number, Lex[]]> | undefined> = [];

/** Every static match starting at `k` of `s`, shortest first: [end, items]. Read only. */
export function staticAt(s: string, k: number): ReadonlyArray<[number, Lex[]]> {
  if (s !== text) {
    text = s;
    found = new Array(s.length + 1);
  }
  let m = found[k];
  if (!m) {
    m = [];
    STATIC.matchesAt(s, k, m);
    found[k] = m;
  }
  return m;
}
