/**
 * Marks added by fixer fx27 (issue #13, natural-22 Q and natural-23 S: asking and complaining), run at the
 * end of turn-marks.ts: questions that presume a state, two complaints in one clause, a complaint about a device that is off.
 */
import type { HomeView } from '../types.js';
import type { Frame } from './clause-frame.js';
import { presumedOn } from './presumed-on.js';
import { stateIsIt } from './state-is-it.js';
import type { Normalized } from './text.js';
import { twoComplaints } from './two-complaints.js';

export function askingMarks(frames: Frame[], norm: Normalized, home: HomeView): void {
  stateIsIt(frames, norm);
  twoComplaints(frames);
  presumedOn(frames, home);
}
