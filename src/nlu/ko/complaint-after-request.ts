/**
 * "온도 좀 올려 줘, 오늘따라 왜 이렇게 쌀쌀하지", "불 좀 켜 줘 너무 어둡다": a complaint said after the request
 * ending of the clause's own action is why it is asked, nothing of its own — the request runs, and the clause
 * is never taken for talk of the season or the day (fixer fx40).
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { hasLex } from './tokenize.js';

export function complaintAfterRequest(frames: Frame[]): void {
  for (const f of frames) {
    if (f.complaint === null || f.verb === null || WEAK_VERBS.has(f.verb) || f.verb === 'hot') continue;
    const t = f.tokens;
    const v = t.findIndex((x) => x.lex.some((l) => l.t === 'verb' && l.v === f.verb));
    const e = t.findIndex((x, k) => k > v && hasLex(x, 'end'));
    if (v < 0 || e < 0) continue;
    if (t.slice(e + 1).some((x) => hasLex(x, 'cplx')) && !t.slice(0, v).some((x) => hasLex(x, 'cplx')))
      f.complaint = null;
  }
}
