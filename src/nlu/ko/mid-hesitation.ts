/**
 * Hesitations in the middle of a turn (issue #13, recognizer output): "음 티비 어 꺼 줘", "공기청정기 음
 * 켜고 …". A word that is only a sound of hesitation, said between a device and what to do with it, is
 * read past, so the clause reads as if it was not said. Elsewhere it stays: between two places or two
 * devices it marks a restart ("거실 음 주방 불 켜": the kitchen's), and after a request it ends the clause.
 * One that opens the turn is hesitation.ts's. A device word said twice is read past too (repeatedWord).
 */
import { MID_HESITATIONS } from './lexicon/context.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

const MID = new Set(MID_HESITATIONS);

/** Whether `tokens[k]` is a hesitation between a device (or its setting) and the verb or value after it. */
export function midHesitation(tokens: Token[], k: number): boolean {
  const tok = tokens[k] as Token;
  if (!MID.has(tok.text) || tok.ws !== true || k === 0) return false;
  const prev = tokens[k - 1] as Token;
  const next = tokens[k + 1];
  if (next?.ws !== true || prev.end > tok.start) return false;
  const before = isTargetTok(prev) || hasLex(prev, 'attr') || hasLex(prev, 'part');
  const after = hasLex(next as Token, 'verb') || (next as Token).num !== undefined;
  return before && after;
}

/**
 * A device word said twice, as a recognizer writes a stutter ("주방 불 불 꺼 줘", "티비 티비 꺼"): the word
 * said again right after the name it ends is read past, so it does not name another device of its own.
 */
export function repeatedWord(tokens: Token[], k: number): boolean {
  const tok = tokens[k] as Token;
  const prev = tokens[k - 1];
  if (!prev || tok.ws !== true || tok.num || prev.num || !isTargetTok(tok)) return false;
  return prev.end === tok.start && prev.text.endsWith(tok.text);
}
