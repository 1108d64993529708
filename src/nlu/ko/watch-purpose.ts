/**
 * "티비 보게 거실 불 꺼 줘", "TV 좀 보게 커튼 쳐 줘" (issue #13, fixer fx34): a device watched, said with -게 as the
 * purpose of a request on another device, is why, not a second thing to act on. 보게 is not a purpose word of
 * its own (lexicon/purpose-ends.ts): "EBS 보게 해 줘" and "틀어 보게나" ask for the watching itself, so only a
 * device right before it and another device right after it make it a purpose.
 */
import type { Frame } from './clause-frame.js';
import { MARKS } from './lexicon/marks.js';
import { WATCH_PURPOSE as WP } from './lexicon/turn-shapes.js';

const PURPOSE = new RegExp(`^(${WP.soft})?${WP.word}$`);

export function watchPurpose(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if (f.targets.length < 2) continue;
    const first = f.targets[0];
    const i = f.tokens.findIndex((t) => first && t.text === first.text);
    const a = f.tokens[i];
    const b = f.tokens.slice(i + 1).find((t) => t.text !== MARKS.softener);
    if (i < 0 || !a || !b || !f.targets.some((t, k) => k > 0 && t.text === b.text)) continue;
    if (!PURPOSE.test(compact.slice(a.end, b.start))) continue;
    f.targets = f.targets.slice(1);
  }
}
