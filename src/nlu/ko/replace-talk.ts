/**
 * "새로 나온 에어컨 좋다던데 바꿀까?", "냉장고 오래돼서 바꿔야 하나", "티비 이번에 교체할까": changing a device
 * with nothing to change it to (no value, no setting) and not asked for (no 줘) is talk of replacing it,
 * that is buying: small talk, no action and no question back. Fixer fx19.
 */
import { carriesValue, type Frame } from './clause-frame.js';
import { REPLACE_VERB_STEMS } from './lexicon/plain-speech.js';

export function replaceTalk(frames: Frame[]): void {
  for (const f of frames) {
    if (f.verb !== 'set' || f.asked || f.req || carriesValue(f) || !f.targets.length) continue;
    if (!f.tokens.some((t) => REPLACE_VERB_STEMS.some((s) => t.text.startsWith(s)))) continue;
    f.chat = true;
  }
}
