/**
 * What the speaker must do later, with nothing of the home named, is their own plan (issue #13, fixer fx39):
 * "내일 다이어트 시작해야겠다", "나중에 정리해야겠네" tell a resolution; no device, room or setting is said, so
 * nothing is asked of the home. ("내일 세탁기 돌려야겠다" names the washer and is read as before.)
 */
import type { Frame } from './clause-frame.js';
import { endingsBy } from './ends.js';
import { PUT_OFF_WHEN } from './lexicon/put-off.js';
import { MUST_TAILS } from './lexicon/wish-said.js';

const MUST = endingsBy(MUST_TAILS.map((w) => w.replace(/\s+/g, '')));

export function ownPlanMust(frames: Frame[], compact: string): void {
  if (!MUST(compact).some((w) => compact.endsWith(w)) || !PUT_OFF_WHEN.some((w) => compact.includes(w)))
    return;
  const names = (f: Frame) =>
    f.targets.length || f.areas.length || f.attrs.length || f.channel || f.numbers.length || f.mode;
  if (frames.some(names)) return;
  for (const f of frames) f.chat = true;
}
