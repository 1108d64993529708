/**
 * "제트봇 배터리 90% 넘어", "거실 온도 25도 넘었나?", "습도 40% 이상인지 알려 줘": a reading weighed against a
 * value said right after the number is asked, with or without a question mark; the value is what it is
 * weighed against, never one to set (fixer fx37, issue #13's questions about state).
 */
import type { Frame } from './clause-frame.js';
import { COMPARED_ASKED } from './lexicon/compared.js';
import { MARKS } from './lexicon/marks.js';
import type { AttrKey } from './lexicon/words.js';

const COMPARED = COMPARED_ASKED.map((w) => w.replace(/ /g, ''));
const READINGS = new Set<AttrKey>(['temperature', 'humidity', 'battery', 'pm25', 'co2', 'volume']);

export function thresholdAsked(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if (f.numbers.length !== 1 || !f.attrs.some((a) => READINGS.has(a))) continue;
    // the word of weighing follows the number's own token
    const num = f.tokens.findLast((t) => !t.lex.length);
    const after = num ? compact.slice(num.end) : '';
    // "60% 넘어가면 …": a condition (a routine's or one put off), not a question
    if (!num || !COMPARED.some((w) => after.startsWith(w)) || MARKS.passing.some((w) => after.startsWith(w)))
      continue;
    f.numbers = [];
    f.question = true;
    f.verb = 'query';
    f.verbs = ['query'];
  }
}
