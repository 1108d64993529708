/**
 * Self-corrections said without a marker before them: the opposite verb said next ("커튼 닫아, 아
 * 열어"), and the part meant said after the fact ("아 거실 티비였다", "냉동실 말한 거야").
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { HALT_BEFORE_VERB } from './lexicon/small-words.js';
import { OPPOSITE_VERB, type VerbKey } from './lexicon/words.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

/** Verbs that undo each other: the plain opposites, and a few that take another back. */
const OPPOSITES: Array<[VerbKey, VerbKey]> = [
  ...(Object.entries(OPPOSITE_VERB) as Array<[VerbKey, VerbKey]>),
  ['open', 'lock'],
  ['play', 'off'],
  ['start', 'stop'],
];

const opposite = (a: VerbKey, b: VerbKey): boolean =>
  OPPOSITES.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

const HALT = new Set(HALT_BEFORE_VERB);

/**
 * The token says the verb opposite to the clause's own ("닫아 … 열어"): it takes the first one back. Not so
 * right after 그만 ("청소기 그만 돌리고 …": the verb is what is stopped, fixer fx45).
 */
export function undoesVerb(tok: Token, verb: VerbKey | null, prev?: Token): boolean {
  // no verb of the clause's own: nothing to take back
  if (verb === null) return false;
  const v = tok.lex.find((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v));
  if (verb === 'stop' && prev && HALT.has(prev.text) && prev.end === tok.start) return false;
  return v?.t === 'verb' && verb !== null && !hasLex(tok, 'corr') && !isTargetTok(tok) && opposite(verb, v.v);
}

/**
 * "였다", "말한 거야" after a target: with no clause before, the last target said replaces the
 * ones before it; after a clause, the clause being read corrects it. True when the token was taken.
 */
export function correctsAfter(tok: Token, frame: Frame, closed: number, pendingAreas: number): boolean {
  if (!hasLex(tok, 'corrAfter')) return false;
  if (closed === 0 && frame.targets.length > 1) {
    frame.targets = frame.targets.slice(-1);
  } else if (closed > 0 && (frame.targets.length > 0 || pendingAreas > 0) && frame.verb === null) {
    frame.corrects = true;
  } else return false;
  frame.tokens.push(tok);
  return true;
}
