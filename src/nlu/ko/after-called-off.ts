/**
 * "에어컨 켜 줄래? 아 됐다, 그냥 창문 열면 되겠다, 바람 분다": after a request is called off (됐다, 됐어),
 * what is said with no verb of its own and no request (a remark on the wind, a plan of one's own) asks for
 * nothing: it is talk, and the turn stays called off.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';

export function afterCalledOff(frames: Frame[]): void {
  const off = frames.findIndex((f) => f.nev);
  if (off < 0) return;
  for (const f of frames.slice(off + 1)) {
    if (f.asked || f.req || f.question || f.complaint !== null || (f.verb && !WEAK_VERBS.has(f.verb)))
      continue;
    if (f.state !== null || !f.unknown.length) continue;
    f.chat = true;
  }
}
