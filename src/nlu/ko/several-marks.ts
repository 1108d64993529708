/**
 * Clause marks of fixer fx22 (issue #13, natural-19 K: several things at once), run with the other marks of
 * a whole turn before the request is found: a request's reason said after it in the same breath, a complaint then the consequence it is feared to have, "다 됐어" taking back the whole turn.
 */
import type { Frame } from './clause-frame.js';
import { doneCallsAllOff } from './done-never.js';
import { reasonAfter } from './reason-after.js';
import { reasonTail } from './reason-tail.js';
import type { Normalized } from './text.js';
import { worryAfter } from './worry-after.js';

export function severalMarks(frames: Frame[], norm: Normalized): void {
  reasonTail(frames);
  reasonAfter(frames, norm);
  worryAfter(frames, norm.compact);
  doneCallsAllOff(frames);
}
