/**
 * "세탁기 좀 써도 될까요?", "에어컨 좀 써도 돼요?": leave asked to use a device. As "티비 좀 봐도 돼요?"
 * turns the TV on, leave to use what is used by switching it on (an air conditioner, a purifier, a TV, a
 * heating pad) asks for it on. What is used by putting something in it and running a course (a washer,
 * a dryer, the robot vacuum) cannot be started for the speaker, who has yet to load it: the leave asks
 * whether it is free, and its state is told ("세탁기는 멈춰 있어요."), nothing started.
 */
import type { Frame } from './clause-frame.js';
import { LEAVE_OK, USE_LEAVE, USED_WITH_A_LOAD } from './lexicon/leave.js';
import { MARKS } from './lexicon/marks.js';
import type { Normalized } from './text.js';

const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).join('|');
const LEAVE = new RegExp(`(?:${alt(USE_LEAVE)})(?:${MARKS.softener})?(?:${alt(LEAVE_OK)})`);
const LOADED = new Set(USED_WITH_A_LOAD);

export function leaveToUse(frames: Frame[], norm: Normalized): void {
  if (frames.length !== 1 || !LEAVE.test(norm.compact)) return;
  const f = frames[0] as Frame;
  if (f.targets.length !== 1 || f.reason || f.cond) return;
  const t = f.targets[0];
  const kind = t?.kind?.kinds[0];
  if (!kind || kind === 'light') return;
  f.chat = false;
  if (LOADED.has(kind)) {
    // is it free? its state
    f.verb = null;
    f.verbs = [];
    f.state = 'on';
    f.question = true;
    return;
  }
  f.verb = 'on';
  f.verbs = ['on'];
  f.req = true;
  f.question = false;
}
