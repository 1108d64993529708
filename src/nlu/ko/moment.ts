/**
 * "트롬 좀 돌려 줘, 나 잠깐 나갔다 올게", "불 꺼 줘 잠깐 누울게": 잠깐 right before a verb of the speaker's own
 * (going out, lying down, washing) says for how long, "for a moment"; it is no "wait" that takes the
 * request back. (잠깐만, 아 잠깐 said alone or before a device still hold the request.) Fixer fx22.
 */
import { MOMENT_ACTS } from './lexicon/several.js';
import { hasLex, type Token } from './tokenize.js';

const ACTS = MOMENT_ACTS.map((w) => w.replace(/\s+/g, ''));

export function momentNotHold(tokens: Token[], compact: string): void {
  for (const tok of tokens) {
    if (tok.text !== '잠깐' || !hasLex(tok, 'corr')) continue;
    if (ACTS.some((a) => compact.startsWith(a, tok.end))) tok.lex = [{ t: 'word' }];
  }
}
