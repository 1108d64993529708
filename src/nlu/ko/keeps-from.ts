/**
 * "거실이 컴컴해서 책도 못 읽겠고, TV 소리도 너무 작아서 하나도 안 들리네": a complaint said with -아서, then
 * what it keeps one from (못 읽겠고, 안 보이고) joined by -고 to a second complaint: the first is no reason
 * for the second but a complaint of its own, so both remedies are asked (fixer fx50, natural-30 G).
 */
import type { Frame } from './clause-frame.js';
import { MARKS } from './lexicon/marks.js';
import { hasLex } from './tokenize.js';

/** What one cannot do, said in words the lexicon does not read ("신문을 못 보겠고"), closed by 고. */
const unreadCannot = (gap: string): boolean =>
  gap.endsWith(MARKS.keepsJoin) && MARKS.keepsNot.some((w) => gap.includes(w));

export function complaintKeepsFrom(frames: Frame[], compact: string): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.complaint === null || !f.reason || f.question || f.cond || f.chat || (f.verb && f.verb !== 'hot'))
      continue;
    const next = frames[i + 1] as Frame;
    const toks = next.tokens;
    // what it keeps from opens the next clause and is closed by 고 before the second complaint
    if (!toks[0] || next.complaint === null || next.complaint === f.complaint || next.question) continue;
    const end = f.tokens[f.tokens.length - 1]?.end ?? toks[0].start;
    const cannot = hasLex(toks[0], 'cannot');
    const join = cannot ? toks.findIndex((t) => hasLex(t, 'clause')) : -1;
    if (cannot ? join < 0 : !unreadCannot(compact.slice(end, toks[0].start))) continue;
    if (!toks.slice(join + 1).some((t) => hasLex(t, 'cplx'))) continue;
    if (frames.some((g) => g.asked || g.req)) continue;
    f.reason = false;
    f.joined = true;
  }
}
