/**
 * "에어컨 켜 줄래? 아 됐다, 그냥 창문 열면 되겠다, 바람 분다": after a request is called off (됐다, 됐어),
 * what is said with no verb of its own and no request (a remark on the wind, a plan of one's own) asks for
 * nothing: it is talk, and the turn stays called off. So is a complaint said after the call-off ("…아 아냐 됐음
 * 춥다"): it tells why, and asks for no remedy.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { hasLex, type Token } from './tokenize.js';

/** At least this much text before the clause: something was said (and corrected away), not a filler alone. */
const DROPPED_MIN = 3;

export function afterCalledOff(frames: Frame[]): void {
  const off = frames.findIndex((f) => f.nev);
  if (off < 0) return;
  // "에어컨 켜셈, 아 아냐 됐음 춥다": a complaint said after the call-off, naming nothing, is why it was called off —
  // when something was asked before it ("아 됐어 너무 더워" alone calls nothing off: a complaint); a request
  // corrected away leaves its text before the clause
  const head = frames[off] as Frame;
  const hn = head.tokens.findIndex((t) => hasLex(t, 'nev'));
  const asked = (x: Frame) => x.asked || x.req || (!!x.verb && !WEAK_VERBS.has(x.verb));
  const before =
    frames.slice(0, off).some(asked) ||
    head.tokens.slice(0, Math.max(hn, 0)).some((t) => hasLex(t, 'verb')) ||
    (head.tokens[0]?.start ?? 0) >= DROPPED_MIN;
  for (const f of before ? frames.slice(off) : []) {
    if (f.complaint === null || f.targets.length || f.areas.length || f.asked || f.req || f.question)
      continue;
    if (f.verb && !WEAK_VERBS.has(f.verb)) continue;
    // (in the call-off's own clause, the complaint comes after the call-off)
    const c = f.tokens.findIndex((t) => hasLex(t, 'cplx'));
    if (f === head && !(hn >= 0 && c > hn && (hn > 0 || (f.tokens[0] as Token).start > 0))) continue;
    f.complaint = null;
    f.chat = true;
  }
  for (const f of frames.slice(off + 1)) {
    if (f.asked || f.req || f.question || f.complaint !== null || (f.verb && !WEAK_VERBS.has(f.verb)))
      continue;
    if (f.state !== null || !f.unknown.length) continue;
    f.chat = true;
  }
}
