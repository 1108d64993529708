/**
 * A trie's matches at a position of the text being read, found once: tokenizing looks at the same
 * positions again and again (a word's end, the next spoken word, a particle after it). The static
 * lexicon and the home's names each keep the matches of the last text read.
 */
import { type DynamicLexicon, type Lex, STATIC } from './lex.js';
import type { Trie } from './text.js';

type Matches = Array<[number, Lex[]]>;

class MatchMemo {
  private trie: Trie<Lex> | null = null;
  private text = '';
  private found: Array<Matches | undefined> = [];

  at(trie: Trie<Lex>, s: string, k: number): ReadonlyArray<[number, Lex[]]> {
    if (s !== this.text || trie !== this.trie) {
      this.text = s;
      this.trie = trie;
      this.found = new Array(s.length + 1);
    }
    let m = this.found[k];
    if (!m) {
      m = [];
      trie.matchesAt(s, k, m);
      this.found[k] = m;
    }
    return m;
  }
}

const staticMemo = new MatchMemo();
const namesMemo = new MatchMemo();

/** Every static match starting at `k` of `s`, shortest first: [end, items]. Read only. */
export const staticAt = (s: string, k: number): ReadonlyArray<[number, Lex[]]> => staticMemo.at(STATIC, s, k);

/** Every match of the home's names starting at `k` of `s`, shortest first. Read only. */
export const namesAt = (dyn: DynamicLexicon, s: string, k: number): ReadonlyArray<[number, Lex[]]> =>
  namesMemo.at(dyn.trie, s, k);
