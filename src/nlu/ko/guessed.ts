/**
 * A discomfort guessed ("추울 것 같아", "애들 더울 거 같은데") names no room and no device: it is talk, as
 * "애들 춥겠다" is; said of a room or a device ("안방 추울 것 같은데") it is that complaint (fixer fx50,
 * natural-29 F; the forms in lexicon/complaint-forms.ts GUESSED).
 */
import type { Frame } from './clause-frame.js';
import { GUESSED } from './lexicon/complaint-forms.js';
import { compactForm } from './text.js';

const FORMS = new Set(GUESSED.flatMap(([ws]) => ws.map(compactForm)));

export function guessedNamesNothing(frames: Frame[]): void {
  for (const f of frames) {
    if (f.complaint === null || f.areas.length || f.targets.length || f.asked || f.req) continue;
    if (!f.tokens.some((t) => FORMS.has(t.text))) continue;
    f.complaint = null;
    f.chat = true;
  }
}
