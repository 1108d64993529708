/**
 * "거실은깜깜하고티비소리는너무커", "안방이진짜추워": with every space dropped, a degree word glued to the
 * next word hides where that word begins, and a one-syllable word after it (커, 세) is read only at a
 * word start. The word after a degree word begins a word, as it would with spaces (fixer fx17).
 */
import { DEGREE_WORD_TAILS, DEGREE_WORDS } from './lexicon/degree.js';

const HANGUL = /[\uac00-\ud7a3]/;

/** The degree words as one pattern, in the lexicon's order (where two begin at one place, the first listed). */
const DEGREE = new RegExp(DEGREE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/** Marks in `starts` the word that begins right after each degree word of `compact`. */
export function markAfterDegree(compact: string, starts: Uint8Array): void {
  DEGREE.lastIndex = 0;
  for (let m = DEGREE.exec(compact); m; m = DEGREE.exec(compact)) {
    const end = m.index + m[0].length;
    if (
      end < compact.length &&
      HANGUL.test(compact[end] as string) &&
      !DEGREE_WORD_TAILS.some((t) => compact.startsWith(t, end))
    )
      starts[end] = 1;
  }
}
