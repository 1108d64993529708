/**
 * "에어컨 온도 뭐지 24도로", "그 뭐냐 그거 좀 꺼 줘": 뭐지, 뭐냐, 뭐였지 said while the speaker searches for a word,
 * with more of the request after them (a number, a device, a verb that acts), are a hesitation like 뭐더라,
 * not a question about what was named before them. Said last ("에어컨 온도 뭐지?") or before a word that asks
 * ("채널 뭐지 알려 줘") they still ask. Words: SEARCH_TAILS in lexicon/recognizer.ts.
 */
import type { Lex } from './lex.js';
import { MARKS } from './lexicon/marks.js';
import { SEARCH_TAILS } from './lexicon/recognizer.js';
import { WEAK_VERB_KEYS } from './lexicon/words.js';
import { compactForm } from './text.js';
import type { Token } from './tokenize.js';

const TAILS = new Set(SEARCH_TAILS.map(compactForm));
const WEAK = new Set<string>(WEAK_VERB_KEYS);
const FILLER: Lex = { t: 'filler' } as Lex;

const isQuery = (t: Token) => t.lex.some((x) => x.t === 'verb' && x.v === 'query');
const onlyFiller = (t: Token) => t.lex.length > 0 && t.lex.every((x) => x.t === 'filler' || x.t === 'mod');

/** What comes next carries the request on: a number, a device or a verb that acts. */
function carriesOn(t: Token): boolean {
  if (t.num) return true;
  return t.lex.some(
    (x) =>
      x.t === 'kind' ||
      x.t === 'dev' ||
      x.t === 'area' ||
      x.t === 'comp' ||
      x.t === 'neg' ||
      (x.t === 'verb' && !WEAK.has(x.v)),
  );
}

/** Reads 뭐지/뭐냐 said mid-request as a hesitation. */
export function searchWord(tokens: Token[]): void {
  for (let k = 0; k + 2 < tokens.length; k++) {
    const what = tokens[k] as Token;
    const tail = tokens[k + 1] as Token;
    if (what.text !== MARKS.what || !isQuery(what) || !TAILS.has(tail.text) || tail.start !== what.end)
      continue;
    let j = k + 2;
    while (j < tokens.length && onlyFiller(tokens[j] as Token)) j++;
    const next = tokens[j];
    if (!next || !carriesOn(next)) continue;
    what.lex = [FILLER];
    tail.lex = [FILLER];
  }
}
