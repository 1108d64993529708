/**
 * Token marks of fixer fx22 (issue #13, natural-19 K: several things at once), run before the clauses are
 * read: 잠깐 said of the speaker's own moment, "다 됐어" after a correction.
 */
import { doneAfterCorrection } from './done-never.js';
import { momentNotHold } from './moment.js';
import type { Token } from './tokenize.js';

export function severalTokens(tokens: Token[], compact: string): void {
  momentNotHold(tokens, compact);
  doneAfterCorrection(tokens);
}
