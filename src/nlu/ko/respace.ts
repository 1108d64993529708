/**
 * Recognizer text written without spaces (issue #13): "숙제해야하니까불좀켜줘", "티비볼륨일곱으로". The
 * engine reads word starts from spaces, so a long run of syllables with none can hide the words in it.
 * When such a turn asks nothing the engine can act on, it is read again with a space before every word the
 * lexicon finds in it (particles and endings stay glued to the word before), and that reading is taken
 * when it acts or asks.
 */
import type { Understanding } from '../types.js';
import { type DynamicLexicon, type Lex, STATIC } from './lex.js';
import { MSG } from './lexicon/replies.js';
import { parseNumberAt } from './numbers.js';
import { normalize } from './text.js';
import { GLUE } from './tokenize.js';

/** A run of this many syllables with no space in it is not how a person writes Korean. */
const LONG_RUN = /[\uac00-\ud7a3]{7,}/;

/** The text with spaces before the words the lexicon finds, or null when nothing would change. */
export function respaced(text: string, dyn: DynamicLexicon | null): string | null {
  if (!LONG_RUN.test(text)) return null;
  const norm = normalize(text);
  const s = norm.compact;
  const n = s.length;
  // the fewest syllables no word covers, then the fewest words: cost[i] for s[0, i)
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(n + 1).fill(-1);
  const word = new Uint8Array(n + 1);
  cost[0] = 0;
  const m: Array<[number, Lex[]]> = [];
  for (let i = 0; i < n; i++) {
    const c = cost[i] as number;
    if (c === Number.POSITIVE_INFINITY) continue;
    // a syllable no word covers
    if (c + 1 < (cost[i + 1] as number)) {
      cost[i + 1] = c + 1;
      from[i + 1] = i;
      word[i + 1] = 0;
    }
    m.length = 0;
    STATIC.matchesAt(s, i, m);
    if (dyn) dyn.trie.matchesAt(s, i, m);
    const num = parseNumberAt(s, i);
    if (num) m.push([num.end, []]);
    for (const [e, items] of m) {
      // a particle or an ending only follows a word
      const glued = items.length > 0 && items.every((x) => GLUE.has(x.t));
      if (glued && (i === 0 || word[i] === 0)) continue;
      // (a number said in one syllable, 이 or 일, is more often a particle or a word's start)
      const k = c + (items.length || e - i > 1 ? 0.3 : 0.5);
      if (k < (cost[e] as number)) {
        cost[e] = k;
        from[e] = i;
        word[e] = glued ? 2 : 1;
      }
    }
  }
  // the pieces, left to right: a space before each word not glued to the one before, and around a
  // stretch no word covers
  const pieces: Array<[number, number]> = [];
  for (let e = n; e > 0; e = from[e] as number) pieces.push([from[e] as number, e]);
  pieces.reverse();
  const cut = new Set<number>();
  let before = -1;
  for (const [b, e] of pieces) {
    const kind = word[e] as number;
    if (kind === 1 || (kind === 0 && before !== 0)) cut.add(b);
    before = kind;
  }
  let out = '';
  for (let i = 0; i < n; i++) {
    if (i > 0 && (cut.has(i) || norm.starts[i] === 1)) out += ' ';
    out += s[i];
  }
  return out === norm.spaced ? null : out;
}

/** Reads a turn written without spaces again with its words spaced, when that reading acts or asks. */
export function withRespacing(
  text: string,
  dyn: DynamicLexicon | null,
  read: (t: string) => Understanding,
): Understanding {
  const first = read(text);
  // only a turn not understood at all is read again: small talk stays small talk ("로봇청소기살만해?"), a
  // request called off stays called off, an answer stays the answer
  if (first.understood || first.answer !== MSG.notUnderstood) return first;
  const again = respaced(text, dyn);
  if (again === null) return first;
  const second = read(again);
  return second.actions.length || second.ask ? second : first;
}
