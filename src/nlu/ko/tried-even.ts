/**
 * "냉장고 열어 봐도 먹을 게 없네", "에어컨 틀어 봐도 소용없어", "불 켜 봐도 어둡긴 마찬가지야": a verb tried with
 * -어 봐도 ("even when I try …") and what came of it is a concession told, not a request, unless a request is said
 * after it; "켜 봐도 돼?" (leave asked) is not this (fixer fx46).
 */
import type { Frame } from './clause-frame.js';
import { TRIED_EVEN } from './lexicon/rule-words.js';
import { TRIED_LEAVE } from './lexicon/talk-shapes.js';
import { hasLex } from './tokenize.js';

export function triedEven(frames: Frame[], compact: string): void {
  const i = compact.indexOf(TRIED_EVEN);
  if (i < 0) return;
  if (TRIED_LEAVE.some((w) => compact.startsWith(w, i + TRIED_EVEN.length))) return;
  const at = frames.findIndex((f) => f.tokens.some((t) => t.start === i && hasLex(t, 'end')));
  if (at < 0) return;
  const f = frames[at] as Frame;
  const k = f.tokens.findIndex((t) => t.start === i);
  // the verb tried right before it; a verb or a request ending after it asks after all
  if (!f.tokens[k - 1] || !hasLex(f.tokens[k - 1] as never, 'verb')) return;
  if (
    f.tokens
      .slice(k + 1)
      .some((t) => hasLex(t, 'verb') && !t.lex.some((x) => x.t === 'verb' && x.v === 'query'))
  )
    return;
  if (frames.slice(at + 1).some((g) => g.req || (g.verb !== null && g.verb !== 'query'))) return;
  for (const g of frames) {
    g.chat = true;
    g.req = false;
  }
}
