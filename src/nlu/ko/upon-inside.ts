/**
 * "어 그 애기 깨면 안방 불 켜 줘", "아빠 주무시면 거실 TV 꺼 줘": a condition on an event to come whose verb
 * the lexicon does not read (or reads as a stray syllable) is not a clause of its own, so the request after
 * it shares its clause; the request is still asked upon the event (upon.ts): not done now, asked about.
 */
import type { Frame } from './clause-frame.js';
import { EVENT_IFS } from './lexicon/everyday.js';
import { MARKS } from './lexicon/marks.js';
import type { Normalized } from './text.js';
import { hasLex, isTargetTok } from './tokenize.js';

/** What may be read before the condition's end: fillers, people, endings (and "우리", "좀": fixer fx50). */
const BEFORE = new Set(['word', 'filler', 'end', 'part', 'req', 'mod']);
const IFS = EVENT_IFS.map((w) => w.replace(/\s+/g, '')).sort((a, b) => b.length - a.length);
/** Cheap guard: any event's condition at all in the turn. */
const ANY_IF = new RegExp(IFS.join('|'));

export function uponInside(frames: Frame[], norm: Pick<Normalized, 'compact' | 'starts' | 'question'>): void {
  // ("애 잠들면 불 꺼 줄래?": a request ending asked as a question is still a request)
  if (
    !ANY_IF.test(norm.compact) ||
    frames.some((f) => f.delay) ||
    (norm.question && !frames.some((f) => f.req))
  )
    return;
  const { compact, starts } = norm;
  for (const w of IFS) {
    for (let i = compact.indexOf(w); i >= 0; i = compact.indexOf(w, i + 1)) {
      const end = i + w.length;
      // a word of its own that ends there ("주무시면", not "안 주무시면서")
      if (starts[end] !== 1 || compact[end] === MARKS.because) continue;
      const f = frames.find((x) => (x.tokens[0]?.start ?? end) < end && x.tokens.some((t) => t.start >= end));
      if (!f || f.reason || f.chat || (f.question && !f.req) || f.cond || f.complaint) continue;
      const before = f.tokens.filter((t) => t.start < end);
      const after = f.tokens.filter((t) => t.start >= end);
      // nothing of the home before the condition; the device and its verb after it
      // (only fillers, people and stray endings: "소리 안 나오면" is a state now, not an event to come)
      if (before.some((t) => t.num !== undefined || t.lex.some((l) => !BEFORE.has(l.t)))) continue;
      // (or what to put on, with no device: "애기 깨면 노래 틀어 줘")
      if (
        !after.some((t) => isTargetTok(t) || hasLex(t, 'attr')) ||
        !after.some((t) => hasLex(t, 'verb')) ||
        !f.asked
      )
        continue;
      f.delay = 'upon';
      return;
    }
  }
}
