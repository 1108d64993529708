/**
 * "작은방이 너무 추운데 어떻게 좀 해 줄 수 있어?": a complaint said with a request ending shaped as a question
 * asks for its remedy; it is not a question about how the room feels (that is "작은방 추워?").
 */
import type { Frame } from './clause-frame.js';

export function complaintAsked(frames: Frame[]): void {
  for (const f of frames)
    if (f.complaint && f.req && f.question && !f.targets.length && !f.attrs.length) f.question = false;
}
