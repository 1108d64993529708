/**
 * A musing closed by a shrug ("불 끄는 거 깜빡했네 뭐 괜찮겠지", "가스 안 잠근 것 같은데 별일 없겠지"): the
 * speaker lets it go, so a forgotten or worried-about action said before it is told, not asked. A clause
 * that asks outright (an imperative or request ending) still asks. So is one let go till later ("뭐 내일
 * 하지 뭐", "나중에 돌리면 되지"; fixer fx24).
 */
import type { Frame } from './clause-frame.js';
import { SHRUGS } from './lexicon/everyday.js';
import { PUT_OFF_ENDS, PUT_OFF_WHEN } from './lexicon/put-off.js';

/** One pattern for the shrugs (a test per turn, kept cheap). */
const SHRUG_END = new RegExp(`(?:${SHRUGS.join('|')})$`);
/** "…깜빡했네, 뭐 내일 하지 뭐": let go till later, a shrug too. */
const PUT_OFF_END = new RegExp(
  `(?:${PUT_OFF_WHEN.join('|')})[\uac00-\ud7a3]{1,4}(?:${PUT_OFF_ENDS.join('|')})$`,
);

export function markShrug(frames: Frame[], compact: string, asked: boolean): void {
  // "뭐" in "뭐 괜찮겠지" is no question word; a question mark written is a question
  if (asked || !(SHRUG_END.test(compact) || PUT_OFF_END.test(compact))) return;
  if (frames.some((f) => f.asked || f.req)) return;
  for (const f of frames) {
    f.chat = true;
    f.question = false;
  }
}
