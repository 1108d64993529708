/**
 * "트롬 좀 돌려 줘, 나 잠깐 나갔다 올게", "불 꺼 줘 잠깐 누울게": 잠깐 right before a verb of the speaker's own
 * (going out, lying down, washing) says for how long, "for a moment"; it is no "wait" that takes the
 * request back. (잠깐만, 아 잠깐 said alone or before a device still hold the request.) Fixer fx22.
 */

import { MOMENT_ACTS, OWN_DOING_ENDS, WAIT_AFTER } from './lexicon/several.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import { hasLex, type Token } from './tokenize.js';
import { REQUEST_PARTS } from './withdrawn.js';

const ACTS = MOMENT_ACTS.map((w) => w.replace(/\s+/g, ''));
const WAITS = WAIT_AFTER.map((w) => w.replace(/\s+/g, ''));
const OWN_ENDS = OWN_DOING_ENDS.map((w) => w.replace(/\s+/g, ''));
/** What the home acts on: a token of these after 잠깐 keeps it a "wait" that corrects. */
const HOME = [...REQUEST_PARTS, 'corr', 'nev'] as const;

/** After 잠깐: nothing of the home, no "wait", and an ending of the speaker's own doing. */
function ownDoing(tokens: Token[], k: number, compact: string): boolean {
  const tok = tokens[k] as Token;
  const rest = compact.slice(tok.end);
  if (!rest || WAITS.some((w) => rest.startsWith(w))) return false;
  if (tokens.slice(k + 1).some((t) => t.num || HOME.some((h) => hasLex(t, h)))) return false;
  return OWN_ENDS.some((e) => compact.endsWith(e));
}

export function momentNotHold(tokens: Token[], compact: string): void {
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (tok.text !== W.moment || !hasLex(tok, 'corr')) continue;
    if (ACTS.some((a) => compact.startsWith(a, tok.end)) || ownDoing(tokens, k, compact))
      tok.lex = [{ t: 'word' }];
  }
}
