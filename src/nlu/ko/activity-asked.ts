/**
 * "환기 좀 해 줄래?", "난방 해 줄 수 있어?", "환기하는 게 어때?" (issue #13, fixer fx34): a noun naming what a device
 * does, followed by 하다 in a request ending shaped as a question, asks for that activity; it is not a question
 * about the device's state. Only right after the noun (좀 aside): "에어컨 좀 해 줄래?" names no action and is
 * still asked back.
 */
import type { Frame } from './clause-frame.js';
import { ACTIVITY_NOUNS } from './lexicon/activity-nouns.js';
import { hasLex } from './tokenize.js';

export function activityAsked(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.question || f.chat || f.cond || (f.verb !== null && f.verb !== 'do')) continue;
    // (or a device's name that ends with one: "거실 난방")
    const i = f.tokens.findIndex((t) => ACTIVITY_NOUNS.some((n) => t.text.endsWith(n)));
    if (i < 0 || !f.targets.length) continue;
    let j = i + 1;
    while (f.tokens[j]?.text === '좀') j++;
    const next = f.tokens[j];
    if (!next?.text.startsWith('해') && !next?.text.startsWith('하')) continue;
    const asks = f.tokens.slice(j).some((t) => hasLex(t, 'req'));
    if (!asks && !(hasLex(next, 'verb') && /^해(주|줘)/.test(next.text))) continue;
    // the request's own ending comes last: nothing after it but an ending ("해 줄 수 있어")
    if (f.tokens.slice(j + 1).some((t) => !hasLex(t, 'end') && !hasLex(t, 'req'))) continue;
    if (f.verb === null) f.verbs = [...f.verbs, 'do'];
    f.verb = 'do';
    f.question = false;
    f.req = true;
  }
}
