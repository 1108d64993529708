/**
 * "안방 왜 이렇게 추운 거야?", "티비 왜 이렇게 시끄러운 거야": a complaint in its adnominal form (추운, 시끄러운)
 * before 거야 is the complaint said emphatically, not a plan for later ("돌릴 거야"); 거야 there only ends it
 * (fixer fx37). "추울 거야" (it will be cold) keeps its reading.
 */
import type { Lex } from './lex.js';
import { IS_ENDS as IS } from './lexicon/clause-shapes.js';
import { MARKS } from './lexicon/marks.js';
import { hasLex, type Token } from './tokenize.js';

const IS_ENDS = new Set(IS);

/** The last syllable ends in ㄴ: the present adnominal (추운, 시끄러운, 깜깜한). */
const adnominalNow = (w: string): boolean => {
  const c = w.charCodeAt(w.length - 1) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 === 4;
};

export function feltIs(tokens: Token[], compact: string): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!IS_ENDS.has(t.text)) continue;
    // "깜깜 + 한 + 거야": 하다's adnominal read as an ending of its own
    const ha = k >= 2 && (tokens[k - 1] as Token).text === MARKS.didAdnominal;
    const prev = tokens[ha ? k - 2 : k - 1] as Token;
    // the complaint's own ending may be read past ("시끄러" + 운)
    const said = compact.slice(prev.start, t.start);
    if (!hasLex(prev, 'cplx') || said.length > prev.text.length + 1) continue;
    if (!adnominalNow(said)) continue;
    t.lex = [{ t: 'end' } as Lex];
  }
}
