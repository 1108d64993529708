/**
 * A make as a group ("삼성 거 다 꺼", "LG 제품 전부 꺼 줘", "엘지 가전 다 켜"): every device of that vendor in
 * the whole home (a room said narrows it elsewhere) that the verb can act on — switched on or off, those
 * with a power switch; switched off, also whatever of that make is running. What cannot be switched (a
 * refrigerator) is left out silently, as "불 다 꺼" leaves out what is no light.
 */
import type { DeviceDescription } from '../../model/types.js';
import { epWith, isOn } from './device.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import type { Frame } from './parse.js';

export function brandAll(cands: DeviceDescription[], f: Frame): DeviceDescription[] {
  if (f.verb !== 'on' && f.verb !== 'off') return cands;
  const switched = cands.filter((d) => epWith(d, 'OnOff') || (f.verb === 'off' && isOn(d)));
  return switched.length ? switched : cands;
}

/** "삼성 거 다 꺼": 다 said as a word of its own after 거 (read together as 거다) is every one of the make. */
export function markBrandAll(frames: Frame[], starts: ArrayLike<number>): void {
  const made = (f: Frame) => f.targets.some((t) => t.brands.length || t.lines.length);
  let all = false;
  for (const f of frames) {
    if (!made(f)) {
      all = false;
      continue;
    }
    // the verb's clause after it ("삼성 거다 | 꺼") takes the same make, so the same 다
    if (f.tokens.some((t) => t.text === W.thingOf && starts[t.start + 1] === 1)) all = true;
    if (all) f.mods.add('all');
  }
}
