/**
 * A device's own switching, told as what it seems to do, is talk (issue #13, fixer fx39): "티비가 나만 보면
 * 꺼지는 것 같아", "에어컨이 저절로 켜지더라" say what the device does by itself (the verb's stem, then 지); they
 * ask for no switching.
 */
import type { Frame } from './clause-frame.js';
import { OWN_DOING_TAILS } from './lexicon/small-words.js';
import { hasLex } from './tokenize.js';

export function ownDoing(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if ((f.verb !== 'on' && f.verb !== 'off') || f.asked || f.req || f.question) continue;
    const told = f.tokens.some(
      (t) => hasLex(t, 'verb') && OWN_DOING_TAILS.some((w) => compact.startsWith(w, t.end)),
    );
    if (told) f.chat = true;
  }
}
