/**
 * A verb the lexicon does not know, joined by -고 before another request ("에어컨 ○○고 커튼 닫아"): the
 * devices said before it go with that unknown verb, never with the verb said after it. They are left out
 * of the request (nothing is guessed for them); the request after the unknown verb is done.
 */
import type { Frame } from './clause-frame.js';
import { hasLex, type Token } from './tokenize.js';

/** Joining endings that close a clause of its own. */
const JOINED = /(고|구|면서)$/;

const names = (t: Token) => hasLex(t, 'dev') || hasLex(t, 'kind') || hasLex(t, 'comp');

export function unknownJoined(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if (f.targets.length < 2 || f.verb === null) continue;
    for (const [a, b] of f.unknown) {
      if (!JOINED.test(compact.slice(a, b))) continue;
      const before = f.tokens.filter((t) => t.end <= a);
      const after = f.tokens.filter((t) => t.start >= b);
      // only a clause with its own devices on both sides, and the verb after the unknown one
      if (!before.some(names) || !after.some(names) || before.some((t) => hasLex(t, 'verb'))) continue;
      if (!after.some((t) => hasLex(t, 'verb'))) continue;
      const left = new Set(before.filter(names).map((t) => t.text));
      const kept = f.targets.filter((t) => !left.has(t.text));
      if (kept.length && kept.length < f.targets.length) f.targets = kept;
    }
  }
}
