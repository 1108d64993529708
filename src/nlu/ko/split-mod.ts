/**
 * "주방 어둡고 좀 더워", "좀 더운데": a modifier said over two spoken words ("좀 더") never ends inside
 * the second when a complaint or a verb begins that word: 더워 is hot, not 더 (more) and a stray 워
 * (fixer fx17).
 */
import type { Lex } from './lex.js';
import { staticAt } from './static-at.js';
import type { Normalized } from './text.js';

/** True when the modifier word `[i, end)` cuts a complaint or verb word begun at a later spoken word start. */
export function modCutsWord(norm: Normalized, i: number, end: number, items: Lex[]): boolean {
  if (!items.every((x) => x.t === 'mod') || end >= norm.compact.length || norm.starts[end] === 1)
    return false;
  let k = end - 1;
  while (k > i && norm.starts[k] !== 1) k--;
  if (k === i) return glued(norm, i, end);
  return staticAt(norm.compact, k).some(([e, lex]) => cutsAt(e, lex, end));
}

const cutsAt = (e: number, lex: Lex[], end: number): boolean =>
  e > end && lex.some((x) => x.t === 'cplx' || x.t === 'verb');

/**
 * "좀더워", "조금더추워" (fx18): the same modifier written with no space at all cuts a complaint or verb
 * begun inside it when what it leaves after itself ("워") begins no word of its own.
 */
function glued(norm: Normalized, i: number, end: number): boolean {
  if (staticAt(norm.compact, end).length) return false;
  for (let k = i + 1; k < end; k++) {
    if (staticAt(norm.compact, k).some(([e, lex]) => cutsAt(e, lex, end))) return true;
  }
  return false;
}
