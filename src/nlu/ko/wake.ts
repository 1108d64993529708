/**
 * Wake-word routing: which assistant was called at the start of what a satellite heard.
 * Matching ignores spacing, punctuation and Latin case ("지니야,", "헤이카카오", "하이 LG").
 */
import type { AssistantEntry } from '../../home/types.js';
import { STOP_WORDS } from './lexicon/media.js';

export interface WakeMatch {
  assistant: AssistantEntry;
  /** What was said after the wake word. */
  rest: string;
}

const SKIP = /[\s\p{P}\p{S}]/u;

const fold = (s: string) => s.normalize('NFC').toLowerCase();

/** Compact form used for comparison: no spaces or punctuation, lower case. */
export const compact = (s: string) => [...fold(s)].filter((ch) => !SKIP.test(ch)).join('');

export class WakeWords {
  readonly #words: Array<{ compact: string; assistant: AssistantEntry }>;

  constructor(assistants: AssistantEntry[]) {
    // Longest first, so "하이 빅스비" wins over "빅스비" and "헤이 클로바" over "클로바".
    this.#words = assistants
      .flatMap((a) => a.wakeWords.map((w) => ({ compact: compact(w), assistant: a })))
      .filter((w) => w.compact.length > 0)
      .sort((a, b) => b.compact.length - a.compact.length);
  }

  /** Finds a wake word at the start of `text`. */
  match(text: string): WakeMatch | null {
    const s = fold(text);
    for (const w of this.#words) {
      let i = 0;
      let j = 0;
      while (i < s.length && j < w.compact.length) {
        const ch = s[i] as string;
        if (SKIP.test(ch)) {
          i++;
          continue;
        }
        if (ch !== w.compact[j]) break;
        i++;
        j++;
      }
      if (j === w.compact.length) {
        // The wake word must end at a word boundary or be followed by a particle-free command.
        const rest = text.slice(i).replace(/^[\s\p{P}]+/u, '');
        return { assistant: w.assistant, rest };
      }
    }
    return null;
  }
}

const STOP = new Set(STOP_WORDS);

/** A universal stop ("그만", "멈춰"), after the wake word if there was one. */
export const isUniversalStop = (text: string): boolean => STOP.has(compact(text));
