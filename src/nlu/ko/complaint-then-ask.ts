/**
 * A complaint in one clause, a request in the next, joined by -ㄴ데/-는데 (issue #13, fixer fx39): "거실이 좀
 * 추운데 에어컨도 꺼 줄래?", "안방이 좀 더운데 불도 좀 꺼 줄래". The request acts; the complaint only informs
 * (its room is lent to a request that names none), and 도 asks no second action of the complaint's remedy.
 * A complaint said alone, or before a clipped request with no action ("추운데 보일러 좀"), is left as it was.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { COMPLAINT_BUT_ENDS } from './lexicon/small-words.js';

export function complaintThenAsk(frames: Frame[], compact: string): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const c = frames[i] as Frame;
    const g = frames[i + 1] as Frame;
    if (
      c.complaint === null ||
      c.reason ||
      c.question ||
      c.cond ||
      (c.verb !== null && !WEAK_VERBS.has(c.verb))
    )
      continue;
    if (g.verb === null || WEAK_VERBS.has(g.verb) || !(g.asked || g.req) || !g.targets.length || g.complaint)
      continue;
    const last = c.tokens[c.tokens.length - 1];
    const next = g.tokens[0];
    if (!last || !next) continue;
    // the -데 that joins them: the complaint word's own ("큰데"), or read after it ("추운" + "데")
    const joint = compact.slice(last.start, next.start);
    if (COMPLAINT_BUT_ENDS.some((w) => joint.endsWith(w))) c.reason = true;
  }
}
