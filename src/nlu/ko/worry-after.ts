/**
 * "안방이 너무 추운데, 이러다가 애들 다 감기 걸리겠다", "아이방이 너무 추워서 애 감기 걸리겠다": a complaint said
 * of now, then what it will lead to if nothing is done (…겠다, 이러다가 …). The feared consequence is the
 * complaint's reason, not talk that makes the turn small talk: the complaint is the request. A complaint
 * itself guessed (춥겠다) stays talk. Fixer fx22.
 */
import type { Frame } from './clause-frame.js';
import { MARKS } from './lexicon/marks.js';
import { WORRY_ENDS, WORRY_LEADS } from './lexicon/several.js';
import { hasLex, type Token } from './tokenize.js';

const LEADS = WORRY_LEADS.map((w) => w.replace(/\s+/g, ''));
const ENDS = WORRY_ENDS.map((w) => w.replace(/\s+/g, ''));

/** The talk token's clause ends as a consequence feared, or a lead word opens it. */
function feared(compact: string, from: number, to: number): boolean {
  const span = compact.slice(from, to);
  return LEADS.some((w) => span.includes(w)) || ENDS.some((w) => compact.endsWith(w));
}

export function worryAfter(frames: Frame[], compact: string): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.question || f.req || f.asked || f.cond) continue;
    const cpl = f.tokens.find((t) => hasLex(t, 'cplx'));
    // the complaint of now in this clause (not guessed: "춥겠다")
    if (!f.complaint || !cpl || compact.startsWith(MARKS.guess, cpl.end)) continue;
    if (f.chat) {
      const talk = f.tokens.filter((t) => hasLex(t, 'chat'));
      const first = talk[0] as Token | undefined;
      if (first && first.start > cpl.end && feared(compact, cpl.end, first.start)) f.chat = false;
      continue;
    }
    // "…추워서 애 감기 걸리겠다": the consequence is a clause of its own, joined after the complaint
    const next = frames[i + 1];
    if (!f.joined || !next?.chat || i + 2 !== frames.length) continue;
    if (next.targets.length || next.verb !== null || next.complaint) continue;
    const at = next.tokens[0]?.start ?? compact.length;
    if (feared(compact, cpl.end, at) || ENDS.some((w) => compact.endsWith(w))) {
      next.chat = false;
      next.reason = true;
    }
  }
}
