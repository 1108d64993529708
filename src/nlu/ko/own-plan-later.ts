/**
 * A plan of the speaker's own for a time to come (issue #13, chit-chat second pass, fixer fx42): a time word ahead
 * (내일, 나중에, 오늘 밤엔, 주말에) and an ending of will ("…빨래 돌려야지", "…안 켜고 자 볼까 해", "나중에 온도 좀
 * 봐야겠다") tell what the speaker means to do then; as docs/nlu.md's plans for later, nothing is done or asked.
 * A request ending anywhere in the turn keeps the request ("내일 일찍 나가야 하니까 알람 … 꺼 줘").
 */
import type { Frame } from './clause-frame.js';
import { PLAN_ENDS, PLAN_TIMES } from './lexicon/talk-shapes.js';
import { anyWord } from './text.js';

const PLAN_END = anyWord(PLAN_ENDS, true);

export function ownPlanLater(frames: Frame[], compact: string): void {
  if (!PLAN_END.test(compact)) return;
  const said = compact.replace(/[?!.,~]+$/, '');
  const at = Math.min(...PLAN_TIMES.map((w) => said.indexOf(w)).filter((i) => i >= 0));
  if (!Number.isFinite(at) || at > 2) return;
  if (frames.some((f) => f.asked || f.req)) return;
  for (const f of frames) f.chat = true;
}
