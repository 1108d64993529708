/**
 * "엄마가 집에 불 켜 놓고 나온 것 같대, 켜진 불 있어?": a worry that something was left undone (lexicon/senses.ts
 * LEFT_UNDONE) said before a question about the state of the same kind is why the question is asked; the
 * question is answered as when asked alone, and the state word the worry's clause ran on into ("켜진") is the
 * question's (fixer fx50, natural-29 F).
 */
import type { Frame } from './clause-frame.js';
import { LEFT_UNDONE } from './lexicon/senses.js';
import { compactForm } from './text.js';
import { hasLex, type Token } from './tokenize.js';

const UNDONE = new Set(Object.values(LEFT_UNDONE).flatMap((ws) => (ws ?? []).map(compactForm)));

export function worryThenAsked(frames: Frame[]): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.req || f.asked || !f.targets.length) continue;
    const w = f.tokens.findIndex((t) => UNDONE.has(t.text));
    if (w < 0) continue;
    const q = frames[i + 1] as Frame;
    const kinds = new Set(f.targets.map((t) => t.kind?.kinds[0]));
    if (!q.question || q.req || !q.targets.some((t) => kinds.has(t.kind?.kinds[0]))) continue;
    // the state word after the worry begins the question ("…것 같대, 켜진 불 있어?")
    const tail: Token[] = f.tokens.slice(w + 1);
    if (tail.length && tail.every((t) => hasLex(t, 'state'))) {
      q.tokens = [...tail, ...q.tokens];
      if (q.state === null) q.state = f.state;
      f.tokens = f.tokens.slice(0, w + 1);
    }
    f.reason = true;
    f.question = false;
    f.state = null;
  }
}
