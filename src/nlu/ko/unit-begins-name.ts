/**
 * "1 말고 2, 케이비에스 2로": a unit said as a spoken word of its own that begins a name of the home ("케이" of
 * 케이비에스 2, not kelvin) is that name, and the number before it stands alone.
 */
import type { DynamicLexicon, Lex } from './lex.js';
import type { Normalized } from './text.js';

const names: Array<[number, Lex[]]> = [];

export function unitBeginsName(
  norm: Normalized,
  at: number,
  unitEnd: number,
  dyn: DynamicLexicon | null,
): boolean {
  if (!dyn || norm.starts[at] !== 1) return false;
  names.length = 0;
  dyn.trie.matchesAt(norm.compact, at, names);
  return names.some(([e]) => e > unitEnd);
}
