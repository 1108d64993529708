/**
 * "주방 불 꺼 줘, 아 아니다 그냥 켜 둬", "커튼 닫아 줘, 아니다 그냥 열어 놔": a request taken back and the
 * device asked to stay as it was (그냥, 그대로, with the verb of the state it is in and a keeping ending
 * 둬/놔) is called off; nothing is done.
 */
import type { Frame } from './clause-frame.js';
import { JUST_AS_IS } from './lexicon/clause-shapes.js';
import { KEEP_ENDS, OPPOSITE_VERB } from './lexicon/words.js';
import { hasLex } from './tokenize.js';

const KEEP = new Set(KEEP_ENDS);
const JUST = new Set(JUST_AS_IS);

/** Whether the correction `fr` only keeps what `prev` asked to change; it is made a call-off then. */
export function keptAsIs(prev: Frame, fr: Frame): boolean {
  if (!prev.verb || !fr.verb || OPPOSITE_VERB[prev.verb] !== fr.verb) return false;
  if (fr.targets.length || fr.numbers.length) return false;
  const toks = fr.tokens;
  const last = toks[toks.length - 1];
  if (!last || !KEEP.has(last.text) || !toks.some((t) => JUST.has(t.text))) return false;
  if (!hasLex(toks[toks.length - 2] ?? last, 'verb')) return false;
  fr.verb = null;
  fr.verbs = [];
  fr.nev = true;
  return true;
}
