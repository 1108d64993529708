/**
 * A value told as heard is news, not a setting (issue #13, fixer fx39): "오늘 최고 기온 32도래", "내일 30도라던데"
 * say what someone said the temperature is; with no verb of their own they ask nothing. ("24도로 하래" asks: its
 * value is said with 로 and a verb.)
 */
import type { Frame } from './clause-frame.js';
import { VALUE_HEARSAY } from './lexicon/small-words.js';

const TOLD = VALUE_HEARSAY.map((w) => w.replace(/\s+/g, ''));

export function valueTold(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if (f.verb !== null || f.asked || f.req || f.question || !f.numbers.length) continue;
    const num = f.tokens.find((t) => t.num);
    if (!num) continue;
    const after = compact.slice(num.end);
    if (TOLD.some((w) => after.startsWith(w) && after.length - w.length <= 1)) f.chat = true;
  }
}
