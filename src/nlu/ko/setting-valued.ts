/**
 * "거실 보일러 25도로, 볼륨 열다섯", "주방 불 제일 밝게, 채널 24번": after a value phrase said to its end, another
 * setting said with a number of its own right after it begins a request of its own ("절반 밝기로" stays one: there
 * the value said first is the setting's). Read by request-done.ts. Fixer fx28.
 */
import type { Frame } from './clause-frame.js';
import { hasLex, type Token } from './tokenize.js';

export function settingWithValue(f: Frame, tok: Token, next: Token | undefined): boolean {
  if (!next || next.num === undefined || hasLex(tok, 'verb') || hasLex(tok, 'corr')) return false;
  return tok.lex.some((x) => x.t === 'attr' && !f.attrs.includes(x.v));
}
