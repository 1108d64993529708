/**
 * "출근 준비 중인데 공기청정기 켜 줘", "통화 중이니까 티비 소리 줄여": 중 said after something being done
 * and before a copula (인데, 이라, 이니까) is "in the middle of"; it is no fan speed (medium) unless a word
 * for the fan is right before it ("풍량 중으로"). Fixer fx19.
 */
import { MIDST_TAILS } from './lexicon/plain-speech.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import { hasLex, type Token } from './tokenize.js';

const TAILS = MIDST_TAILS.map((w) => w.replace(/ /g, ''));

export function midstNotFan(tokens: Token[], compact: string): void {
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (tok.text !== W.midst || !hasLex(tok, 'fan')) continue;
    const prev = tokens[k - 1];
    if (
      prev &&
      prev.end === tok.start &&
      (hasLex(prev, 'attr') || hasLex(prev, 'dev') || hasLex(prev, 'kind'))
    )
      continue;
    if (!TAILS.some((t) => compact.startsWith(t, tok.end))) continue;
    tok.lex = [{ t: 'word' }];
  }
}
