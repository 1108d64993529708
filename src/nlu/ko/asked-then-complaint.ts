/**
 * "환기 장치 돌아가고 있어? 냄새가 안 빠지네", "보일러 켜져 있어? 발이 시려": a device's state asked, then a
 * complaint (no request of its own) that the same device would fix, is why the state is asked: the state is
 * told and nothing is done; whether to act is the person's next turn.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';

export function askedThenComplaint(frames: Frame[]): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const q = frames[i] as Frame;
    const c = frames[i + 1] as Frame;
    if (q.state === null || !q.question || !q.targets.length || q.asked || q.req) continue;
    if (c.complaint === null || c.asked || c.req || (c.verb && !WEAK_VERBS.has(c.verb))) continue;
    // about the same device: inherited from the question, or naming none of its own
    if (!(c.inherited || !c.targets.length)) continue;
    if (frames.slice(i + 2).some((f) => f.asked || f.req)) continue;
    c.complaint = null;
    c.reason = true;
  }
}
