/**
 * "음악 작게, 이전 채널로", "에어컨 세 도 내려, 다음 채널": a channel step said as a noun phrase ("다음 채널", "이전
 * 채널") after a request said to its end, in a clause that named no channel, begins a request of its own — before
 * its 다음/이전, not between it and 채널. Read by request-done.ts. Fixer fx28.
 */
import type { Frame } from './clause-frame.js';
import { NOUNISH_VERBS } from './extract.js';
import { hasLex, type Token } from './tokenize.js';

export function stepNounBegins(f: Frame, tok: Token, next: Token | undefined): boolean {
  if (!next || f.attrs.includes('channel') || f.channel !== null) return false;
  if (!tok.lex.some((x) => x.t === 'verb' && NOUNISH_VERBS.has(x.v))) return false;
  return next.lex.some((x) => x.t === 'attr' && x.v === 'channel') && !hasLex(next, 'verb');
}
