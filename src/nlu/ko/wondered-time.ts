/**
 * "엄마 오시면 현관 불 좀 켜 줄래? 몇 시쯤 오시려나": when someone will come, wondered aloud (an hour asked
 * with a verb the lexicon does not know and no asking ending) asks the home nothing: it is talk beside the
 * request, not a question about the clock or a device.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';

export function wonderedTime(frames: Frame[], question: boolean): void {
  for (const f of frames) {
    if (question || f.asked || f.req || f.question || f.targets.length || f.areas.length) continue;
    if (f.attrs.length !== 1 || f.attrs[0] !== 'time' || !f.unknown.length) continue;
    if (f.verb && !WEAK_VERBS.has(f.verb)) continue;
    f.chat = true;
  }
}
