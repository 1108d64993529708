/**
 * "거실은깜깜하고티비소리는너무커", "안방이진짜추워": with every space dropped, a degree word glued to the
 * next word hides where that word begins, and a one-syllable word after it (커, 세) is read only at a
 * word start. The word after a degree word begins a word, as it would with spaces (fixer fx17).
 */
import { DEGREE_WORD_TAILS, DEGREE_WORDS } from './lexicon/degree.js';

const HANGUL = /[\uac00-\ud7a3]/;

/** Marks in `starts` the word that begins right after each degree word of `compact`. */
export function markAfterDegree(compact: string, starts: number[]): void {
  for (let i = 0; i < compact.length; i++) {
    const w = DEGREE_WORDS.find((d) => compact.startsWith(d, i));
    if (!w) continue;
    const end = i + w.length;
    if (
      end < compact.length &&
      HANGUL.test(compact[end] as string) &&
      !DEGREE_WORD_TAILS.some((t) => compact.startsWith(t, end))
    )
      starts[end] = 1;
    i = end - 1;
  }
}
