/**
 * A complaint that names its cause with 때문에, said after clauses that asked ("휘센 켜 주고 23도로 맞춰 줘,
 * 보일러 때문에 덥네", "창문 닫아 줘, 선풍기 때문에 추워"): it says why the requests were made, so it is their
 * reason, not a request of its own against the device it blames (fixer fx24, natural-20 M).
 */
import type { Frame } from './clause-frame.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';

export function causeAfterAsked(frames: Frame[], compact: string): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.complaint === null || f.asked || f.req || f.question || f.corrects) continue;
    if (!frames.slice(0, i).some((x) => (x.asked || x.req) && !x.reason && !x.chat)) continue;
    const first = f.tokens[0];
    const last = f.tokens[f.tokens.length - 1];
    if (!first || !last || !compact.slice(first.start, last.end).includes(W.because)) continue;
    f.reason = true;
  }
}
