/**
 * Marks added by fixer fx27 (issue #13, natural-22 Q and natural-23 S: asking and complaining), run at the
 * end of turn-marks.ts: questions that presume a state, two complaints in one clause (or the second about
 * the first one's room), a complaint about a device that is off, a reading asked as opposed to a setpoint, a
 * channel's digit corrected, a story told before a device and its action, a time word about the reason after
 * the request, a room the home lacks said in a reason, a complaint and a device said after the request's
 * ending, air complained of vaguely, a state asked and then why, a remark after a request called off, when
 * someone comes wondered aloud, how much of a state asked (how-much-asked.ts), how far a setting goes
 * (range-asked.ts).
 */
import type { HomeView } from '../types.js';
import { activityAsked } from './activity-asked.js';
import { afterCalledOff } from './after-called-off.js';
import { askedThenComplaint } from './asked-then-complaint.js';
import { channelDigit } from './channel-digit.js';
import type { Frame } from './clause-frame.js';
import { complaintRoom } from './complaint-room.js';
import { howMuchAsked } from './how-much-asked.js';
import { missingRoomReason } from './missing-room-reason.js';
import { presumedOn } from './presumed-on.js';
import { rangeAsked } from './range-asked.js';
import { readingNotSetting } from './reading-not-setting.js';
import { reasonAfterEnding } from './reason-after-ending.js';
import { stateIsIt } from './state-is-it.js';
import { storyThenDevice } from './story-then-device.js';
import type { Normalized } from './text.js';
import { timeInReason } from './time-in-reason.js';
import { twoComplaints } from './two-complaints.js';
import { vagueAir } from './vague-air.js';
import { watchPurpose } from './watch-purpose.js';
import { wonderedTime } from './wondered-time.js';

export function askingMarks(frames: Frame[], norm: Normalized, home: HomeView): void {
  stateIsIt(frames, norm);
  howMuchAsked(frames, norm);
  rangeAsked(frames, norm);
  twoComplaints(frames);
  complaintRoom(frames, home);
  presumedOn(frames, home);
  readingNotSetting(frames, norm);
  channelDigit(frames, norm, home);
  storyThenDevice(frames, norm.starts);
  timeInReason(frames);
  missingRoomReason(frames);
  reasonAfterEnding(frames);
  vagueAir(frames, norm);
  askedThenComplaint(frames);
  afterCalledOff(frames);
  wonderedTime(frames, norm.question);
  activityAsked(frames);
  watchPurpose(frames, norm.compact);
}
