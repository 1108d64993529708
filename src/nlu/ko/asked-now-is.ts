/**
 * "몇 번 보는 거야?", "무슨 채널 보고 있는 거야", "에어컨 몇 도로 해 놓은 거야?": a question about what is going
 * on now, with a word that asks and the present adnominal before 거야 — 거야 only ends it, it is no plan for later
 * (as felt-is.ts does for complaints), and a verb that acts right before it tells what goes on, asked ("몇 번 트는
 * 거야" never turns the TV on). Fixer fx43, issue #13's questions never act.
 */
import type { Lex } from './lex.js';
import { NOW_ADNOMINAL, NOW_ASKING, NOW_IS_ENDS, NOW_IS_TAILS } from './lexicon/asked-now.js';
import { MARKS } from './lexicon/marks.js';
import { anyWord } from './text.js';
import { hasLex, type Token } from './tokenize.js';

const ASKING = anyWord(NOW_ASKING);

const ENDS = new Set(NOW_IS_ENDS);
/** The adnominal and its 거, read as one verb token ("트는거"). */
const GLUED_END = `${NOW_ADNOMINAL[0]}${MARKS.thing}`;

export function askedNowIs(tokens: Token[], compact: string): void {
  if (!ASKING.test(compact)) return;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // "트는거 + 야": the verb and its 거 read as one word
    const next = tokens[k + 1];
    if (
      hasLex(t, 'verb') &&
      t.text.endsWith(GLUED_END) &&
      next?.start === t.end &&
      NOW_IS_TAILS.includes(next.text) &&
      NOW_ASKING.some((w) => compact.slice(0, t.start).includes(w))
    ) {
      t.lex = [{ t: 'end' } as Lex];
      continue;
    }
    if (!ENDS.has(t.text)) continue;
    const said = compact.slice(0, t.start);
    if (!NOW_ADNOMINAL.some((w) => said.endsWith(w))) continue;
    if (!NOW_ASKING.some((w) => said.includes(w))) continue;
    t.lex = [{ t: 'end' } as Lex];
    // "몇 번 트는 거야", "몇 도로 켜는 거야": the verb tells what is going on, asked; it never acts
    const prev = tokens[k - 1];
    if (prev && prev.end >= t.start - 1 && hasLex(prev, 'verb')) prev.lex = [{ t: 'end' } as Lex];
  }
}
