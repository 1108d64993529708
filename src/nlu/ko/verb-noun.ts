/**
 * A verbal noun in a long turn (fixer fx28): "현관문 열어, 음소거 해 줘", "세탁 취소해 소등": a verbal noun that names
 * another action, said as a spoken word of its own after a request said to its end, begins a request of its own;
 * "TV 음소거 좀, 손님 오니까 …": a verbal noun said last with only 좀 after it is a request said to its end.
 * Read by request-done.ts.
 */
import type { Frame } from './clause-frame.js';
import { MARKS } from './lexicon/marks.js';
import { VERBAL_NOUNS } from './lexicon/verbal-nouns.js';
import type { Normalized } from './text.js';
import type { Token } from './tokenize.js';

const NOUNS = new Set(VERBAL_NOUNS.map((w) => w.replace(/ /g, '')));

const verbsOf = (t: Token): string[] => t.lex.flatMap((x) => (x.t === 'verb' ? [x.v] : []));

/** `tok` is a verbal noun of another action than the clause's verb, beginning a spoken word. */
export function verbNounBegins(f: Frame, tok: Token, norm: Normalized): boolean {
  if (!NOUNS.has(tok.text) || norm.starts[tok.start] !== 1) return false;
  const vs = verbsOf(tok);
  return vs.length > 0 && f.verb !== null && !vs.includes(f.verb);
}

/** The clause ends with a verbal noun and a bare 좀 after it ("TV 음소거 좀"). */
export function verbNounThenJom(f: Frame, last: Token): boolean {
  const before = f.tokens[f.tokens.length - 2];
  if (!before || f.tokens[f.tokens.length - 1] !== last || last.text !== MARKS.softener) return false;
  return NOUNS.has(before.text) && verbsOf(before).length > 0 && f.targets.length > 0;
}
