/**
 * "세탁기쾌속으로돌려줘 … 내일아침에입어야되니까급해": a time word said after the request was already asked
 * (its ending said), with a clause the lexicon does not know right after it, is about that clause (why it is
 * urgent), not when to do the request: the request is for now. A time word that ends the turn ("돌려 줘
 * 이따가") still puts it off.
 */
import type { Frame } from './clause-frame.js';
import { hasLex } from './tokenize.js';

/** Unknown characters after the time word that make a clause of their own. */
const CLAUSE_CHARS = 4;

export function timeInReason(frames: Frame[]): void {
  for (const f of frames) {
    if (f.delay !== 'later' || !f.asked) continue;
    const when = f.tokens.findIndex((t) => hasLex(t, 'later') && !hasLex(t, 'conn'));
    const asked = f.tokens.findIndex((t) => hasLex(t, 'end') || hasLex(t, 'req'));
    const whenTok = f.tokens[when];
    if (!whenTok || asked < 0 || when < asked) continue;
    if (f.tokens.slice(when + 1).some((t) => hasLex(t, 'later'))) continue;
    const after = f.unknown.filter(([a]) => a >= whenTok.end).reduce((n, [a, b]) => n + b - a, 0);
    if (after >= CLAUSE_CHARS) f.delay = null;
  }
}
