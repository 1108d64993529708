/**
 * "LG 꺼 에어컨 켜", "삼성 꺼 티비 꺼 줘": 꺼 said between a make (or product line) and a device word is
 * the make's thing (거, "LG's air conditioner"), never the verb 끄다 (issue #13's brands, fixer fx36).
 * Said last ("케이티 꺼"), or before anything else, it stays the verb.
 */
import type { Lex } from './lex.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import { hasLex, type Token } from './tokenize.js';

const OWN = W.own;
const made = (t: Token | undefined) => !!t && (hasLex(t, 'brand') || hasLex(t, 'line'));
const device = (t: Token | undefined) => !!t && (hasLex(t, 'dev') || hasLex(t, 'kind'));

export function makeThing(tokens: Token[]): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text !== OWN || !made(tokens[k - 1]) || !device(tokens[k + 1])) continue;
    const rest = t.lex.filter((x) => x.t !== 'verb');
    t.lex = rest.length ? rest : [{ t: 'part' } as Lex];
  }
}
