/**
 * A setting asked with the switch left alone ("에어컨 제습으로 해 놔, 켜지는 말고", "켜지 말고 냉방으로만
 * 바꿔 줘", "꺼진 채로 모드만 송풍으로"): the mode or value is set, and a device that is off is not switched
 * on for it (plan/climate.ts reads `keepOff`). The "켜" said in the negation asks nothing.
 */
import type { Frame } from './clause-frame.js';
import { carriesValue } from './clause-frame.js';
import { NOT_ON } from './lexicon/everyday.js';

const NOT_ON_RE = new RegExp(NOT_ON.join('|'));

export function keepOff(frames: Frame[], compact: string): void {
  if (!NOT_ON_RE.test(compact)) return;
  const valued = frames.filter(carriesValue);
  if (!valued.length) return;
  for (const f of frames) {
    f.keepOff = true;
    f.verbs = f.verbs.filter((v) => v !== 'on');
    if (f.verb === 'on') f.verb = carriesValue(f) ? 'set' : null;
  }
}
