/**
 * "환기 좀 해 줄래?", "난방 해 줄 수 있어?", "환기하는 게 어때?" (issue #13, fixer fx34): a noun naming what a device
 * does, followed by 하다 in a request ending shaped as a question, asks for that activity; it is not a question
 * about the device's state. A device named with 하다 so asked ("에어컨 좀 해 줄래?", "세탁기 좀 어떻게 해 줄래?")
 * names no action: it is read as without the question mark, and asked back. Only right after the noun (좀 and
 * 어떻게 aside), with nothing after the ending.
 */

import type { Frame } from './clause-frame.js';
import { ACTIVITY_NOUNS } from './lexicon/activity-nouns.js';
import { MARKS } from './lexicon/marks.js';
import { ACTIVITY_ASIDE } from './lexicon/small-words.js';
import { hasLex } from './tokenize.js';

const ASIDE = new Set(ACTIVITY_ASIDE);

export function activityAsked(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.question || f.chat || f.cond || (f.verb !== null && f.verb !== 'do') || !f.targets.length)
      continue;
    // a target's word, or a device's name, right before the 하다 ("환기", "거실 난방", "에어컨")
    const i = f.tokens.findIndex((t) => f.targets.some((x) => x.text === t.text));
    if (i < 0) continue;
    let j = i + 1;
    while (f.tokens[j] && ASIDE.has(f.tokens[j]?.text as string)) j++;
    const next = f.tokens[j];
    if (!next || !MARKS.doStems.some((s) => next.text.startsWith(s))) continue;
    const asks = f.tokens.slice(j).some((t) => hasLex(t, 'req'));
    if (!asks && !(hasLex(next, 'verb') && MARKS.doAsked.some((s) => next.text.startsWith(s)))) continue;
    // the request's own ending comes last: nothing after it but an ending ("해 줄 수 있어")
    if (f.tokens.slice(j + 1).some((t) => !hasLex(t, 'end') && !hasLex(t, 'req'))) continue;
    const activity = ACTIVITY_NOUNS.some((n) => (f.tokens[i]?.text ?? '').endsWith(n));
    if (activity && j === i + 1 + (f.tokens[i + 1]?.text === MARKS.softener ? 1 : 0)) {
      if (f.verb === null) f.verbs = [...f.verbs, 'do'];
      f.verb = 'do';
    } else if (activity || f.verb === 'do') continue;
    f.question = false;
    f.req = true;
  }
}
