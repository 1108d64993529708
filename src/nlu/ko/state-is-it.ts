/**
 * "에어컨 켜져 있는 거야?", "보일러 꺼진 거예요, 아닌 거예요?": a state said with 거야/거예요 is asked, not a
 * plan for later; the "아닌 거야" (or the other state, "열려 있는 거야") said after it is the other half of the
 * same question and is dropped.
 */
import type { Frame } from './clause-frame.js';
import { STATE_OR_NOT } from './lexicon/asked-state.js';
import type { Normalized } from './text.js';
import { hasLex, type Token } from './tokenize.js';

const OR_NOT = new Set(STATE_OR_NOT);

export function stateIsIt(frames: Frame[], norm: Normalized): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.state === null || !f.later || f.asked || f.req || f.delay) continue;
    const k = f.tokens.findIndex((t) => hasLex(t, 'later') && hasLex(t, 'conn'));
    if (k < 1) continue;
    const before = f.tokens[k - 1];
    const beforeThat = f.tokens[k - 2];
    const afterState =
      (before && hasLex(before, 'state')) ||
      (before && hasLex(before, 'part') && beforeThat !== undefined && hasLex(beforeThat, 'state'));
    if (!afterState) continue;
    f.later = false;
    f.reason = false;
    const next = frames[i + 1];
    if (next && orNot(next, f.state, norm.compact)) {
      frames.splice(i + 1, 1);
      f.question = true;
    }
  }
}

/** "아닌 거야": nothing but the other half of the either-or. */
function orNot(f: Frame, state: string, compact: string): boolean {
  if (f.verb || f.numbers.length || f.attrs.length || !f.inherited) return false;
  const plain = (t: Token) =>
    hasLex(t, 'later') || hasLex(t, 'part') || hasLex(t, 'filler') || hasLex(t, 'neg') || hasLex(t, 'state');
  if (!f.tokens.some((t) => hasLex(t, 'later')) || !f.tokens.every(plain)) return false;
  // "닫혀 있는 거야, 열려 있는 거야?": the other state asked the same way
  if (f.state && f.state !== state) return f.unknown.length === 0;
  const negated = f.tokens.some((t) => hasLex(t, 'neg'));
  return (negated || f.unknown.length > 0) && f.unknown.every(([a, b]) => OR_NOT.has(compact.slice(a, b)));
}
