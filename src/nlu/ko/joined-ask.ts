/**
 * "거실 불 좀 켜고 커튼 좀 닫아 줄래?": the question mark that ends a request ending belongs to the request,
 * and so to the clause joined to it by 고 before it; that clause is asked for, not asked about. Talk said
 * before its device ("밖이 벌써 어두워졌네, …") is then its reason (turn.ts), as without the question mark.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';

export function joinedAsk(frames: Frame[], question: boolean): void {
  if (!question) return;
  for (let i = frames.length - 2; i >= 0; i--) {
    const f = frames[i] as Frame;
    const next = frames[i + 1] as Frame;
    // the request joined after it asks an action of a device ("커튼 좀 닫아 줄래?"), not leave ("자도 돼?")
    const acts = next.verb !== null && !WEAK_VERBS.has(next.verb) && next.targets.length > 0;
    if (!f.joined || !f.question || !next.req || !acts) continue;
    if (f.verb === null || WEAK_VERBS.has(f.verb) || f.state !== null || !f.targets.length) continue;
    f.question = false;
  }
}
