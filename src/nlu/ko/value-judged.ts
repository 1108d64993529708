/**
 * A setting's value made the topic and judged, seeking agreement (issue #13, chit-chat second pass, fixer fx42):
 * "18도는 너무 춥지", "3단계는 좀 세지 않나". The value is talked of, not the room now; with no request ending the
 * turn is talk. ("좀 덥지 않아?" about the room is still the complaint it was: no value is its topic.)
 */
import type { Frame } from './clause-frame.js';
import { JUDGED_ENDS, VALUE_TOPIC } from './lexicon/talk-shapes.js';

export function valueJudged(frames: Frame[], compact: string): void {
  if (!VALUE_TOPIC.test(compact)) return;
  const said = compact.replace(/[?!.,~]+$/, '');
  if (!JUDGED_ENDS.some((w) => said.endsWith(w))) return;
  if (frames.some((f) => f.asked || f.req)) return;
  for (const f of frames) f.chat = true;
}
