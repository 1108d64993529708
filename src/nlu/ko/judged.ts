/**
 * "불 켜 자는 거 안 좋대", "에어컨 틀고 자는 게 위험하대", "티비 켜 놓고 밥 먹는 거 괜찮대" (issue #13, fixer
 * fx18): a verb inside a noun clause (…는 거, …는 게) that the turn then judges or reports the judgement of
 * (안 좋대, 괜찮대, 위험하대) is a habit talked about, not a request: its clause asks for nothing. The
 * judgement must close its spoken word; a request said after it ("…안 좋대, 불 꺼 줘") is its own clause.
 */

import type { Frame } from './clause-frame.js';
import { BEFORE_JUDGEMENT, JUDGED_ENDS, JUDGEMENTS, NOUN_CLAUSE } from './lexicon/judged.js';
import { MARKS } from './lexicon/marks.js';
import type { Normalized } from './text.js';
import { hasLex } from './tokenize.js';

const ENDS = new Set(JUDGED_ENDS);

/** The end of the judgement said from `at` to the end of its spoken word, or -1. */
function judgementAt(norm: Normalized, at: number): number {
  const { compact, starts } = norm;
  let k = at;
  for (let moved = true; moved; ) {
    moved = false;
    for (const w of BEFORE_JUDGEMENT)
      if (compact.startsWith(w, k)) {
        k += w.length;
        moved = true;
        break;
      }
  }
  const j = JUDGEMENTS.find((w) => compact.startsWith(w, k));
  if (!j) return -1;
  // to the end of its spoken word ("안 좋대 꺼 줘": the request after it is a clause of its own)
  let e = k + j.length;
  while (e < compact.length && starts[e] !== 1) e++;
  let rest = compact.slice(k + j.length, e);
  // 위험하대, 안전하대: the 하 of a noun's adjective
  if (rest.startsWith(MARKS.doStem)) rest = rest.slice(1);
  // 좋대, 괜찮대, 나쁘대; 위험해, 괜찮아
  return rest === '' || ENDS.has(rest) || ENDS.has(rest.slice(1)) ? e : -1;
}

export function judgedHabit(frames: Frame[], norm: Normalized): void {
  const { compact } = norm;
  for (const f of frames) {
    if (f.verb === null) continue;
    const v = f.tokens.findIndex((t) => hasLex(t, 'verb'));
    if (v < 0) continue;
    const from = (f.tokens[v] as { end: number }).end;
    // the noun clause closes within a few syllables of the verb ("켜 자는 거", "켜 놓고 자는 게")
    for (let k = from; k < Math.min(compact.length, from + 6); k++) {
      const n = NOUN_CLAUSE.find((w) => compact.startsWith(w, k));
      if (!n) continue;
      const end = judgementAt(norm, k + n.length);
      if (end < 0) break;
      // the clauses the noun clause and its judgement were read as ("자는 거 | 위험하지 않대")
      for (const g of frames.slice(frames.indexOf(f)))
        if (g === f || (g.tokens.length && g.tokens.every((t) => t.start < end))) {
          g.chat = true;
          g.asked = false;
          g.req = false;
          g.question = false;
          g.state = null;
        }
      return;
    }
  }
}
