/**
 * "색온도는 3500K로, 그리고 커튼은 닫아 줘": a value said with its verb left out, then 그리고 and another
 * request, is a clause of its own (the value asked of the device before it), not the next verb's.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { AND_THEN_WORDS, TO_PARTICLES } from './lexicon/clause-joins.js';
import type { Token } from './tokenize.js';

const AND_THEN = new Set(AND_THEN_WORDS.map((w) => w.replace(/\s+/g, '')));
const SAID_AS = new Set(TO_PARTICLES);

/** `tok` is 그리고 right after a value said with 로/으로 and no verb of its own. */
export function valueThenAnd(f: Frame, prev: Token | undefined, tok: Token | undefined): boolean {
  if (!tok || !prev || !AND_THEN.has(tok.text) || !SAID_AS.has(prev.text)) return false;
  if (f.verb !== null && !WEAK_VERBS.has(f.verb)) return false;
  const value =
    f.numbers.some((n) => n.to) ||
    f.mode !== null ||
    f.fan !== null ||
    f.channel !== null ||
    f.color !== null ||
    f.ctemp !== null;
  return value && f.attrs.length + f.targets.length > 0;
}
