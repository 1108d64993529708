/**
 * A discomfort guessed ("추울 것 같아", "애들 더울 거 같은데") names no room and no device: it is talk, as
 * "애들 춥겠다" is; said of a room or a device ("안방 추울 것 같은데") it is that complaint (fixer fx50,
 * natural-29 F; the forms in lexicon/complaint-forms.ts GUESSED).
 */
import type { Frame } from './clause-frame.js';
import { GUESS_DENIED_WORDS, GUESSED } from './lexicon/complaint-forms.js';
import { compactForm } from './text.js';

const FORMS = new Set(GUESSED.flatMap(([ws]) => ws.map(compactForm)));
const GUESS_DENIED = GUESS_DENIED_WORDS.map(compactForm);

export function guessedNamesNothing(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if (f.complaint === null || f.asked || f.req) continue;
    const g = f.tokens.find((t) => FORMS.has(t.text));
    if (!g) continue;
    // "안방 추울 것 같진 않아": a guess denied is talk, room or not (review rv13)
    const denied = GUESS_DENIED.some((w) => compact.startsWith(w, g.end));
    if (!denied && (f.areas.length || f.targets.length)) continue;
    f.complaint = null;
    f.chat = true;
  }
}
