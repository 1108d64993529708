/**
 * "채널은 KBS2로 해 줘, 안방에서 볼 거야": after a value asked with a weak verb (해 줘), a room or a device
 * said next begins a clause of its own, as it does after a strong verb; talk there ("안방에서 볼 거야") is
 * then only the request's reason, and a device said alone after it still joins the request (clauses.ts).
 */
import { carriesSize, carriesValue, type Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { GIVE_SYLLABLES } from './lexicon/clause-joins.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

const GIVE = new RegExp(`[${GIVE_SYLLABLES.join('')}]`);

export function targetAfterValue(r: { frame: Frame; imperative: boolean }, tok: Token): boolean {
  const f = r.frame;
  if (correctedValueThenTarget(f, tok)) return true;
  return (
    r.imperative &&
    f.verb !== null &&
    WEAK_VERBS.has(f.verb) &&
    (carriesValue(f) || carriesSize(f)) &&
    isTargetTok(tok) &&
    !hasLex(tok, 'verb') &&
    // asked with 주 (해 줘, 해 주세요), not quoted (할 시간이라고)
    f.tokens.some((t) => hasLex(t, 'verb') && GIVE.test(t.text))
  );
}

/**
 * "보일러 20도로, 아니지 23도로 티비 꺼 줘": a value said again to correct one, then a device or a room,
 * ends the correction; what follows is a sentence of its own.
 */
function correctedValueThenTarget(f: Frame, tok: Token): boolean {
  if (!f.corrects || f.targets.length || f.verb !== null || !isTargetTok(tok) || hasLex(tok, 'verb'))
    return false;
  if (!f.numbers.some((n) => n.to || n.unit !== null)) return false;
  f.ended = true;
  return true;
}
