/**
 * "오늘 밤 영하로 떨어진다던데 … 한 도씩 올려 줘": 영하 said as a noun (below zero, with a particle after it)
 * gives no sign to a number said later; only 영하 right before a number ("영하 18도") is its minus.
 */
import type { Frame, NumberMention } from './clause-frame.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

/** Words that end the stretch 영하 could still be the sign of. */
const SEPARATE = new Set(['conn', 'verb', 'chat', 'clause']);

export function belowZeroSaid(frames: Frame[]): void {
  // cheap guard: a minus is rare
  if (!frames.some((f) => f.numbers.some((n) => n.value < 0))) return;
  const nums: Array<[Token, NumberMention | undefined]> = [];
  for (const f of frames) {
    const own = f.tokens.filter((t) => t.num !== undefined && t.num.unit !== 'times');
    if (own.length !== f.numbers.length) return;
    own.forEach((t, i) => {
      nums.push([t, f.numbers[i]]);
    });
  }
  const toks: Token[] = [];
  for (const f of frames) for (const t of f.tokens) toks.push(t);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    const next = toks[k + 1];
    if (!hasLex(t, 'neg') || !next || !hasLex(next, 'part') || next.num !== undefined) continue;
    // the first number after it took the sign the clause reader gave it; "영하로 18도까지" still means it,
    // so only when talk, a device or a verb comes between
    const hit = nums.find(([x]) => x.start > t.end);
    if (!hit) continue;
    const between = toks.filter((x) => x.start > next.start && x.end <= hit[0].start);
    const apart = between.some((x) => isTargetTok(x) || x.lex.some((l) => SEPARATE.has(l.t)));
    if (apart && hit[1] && hit[1].value < 0) hit[1].value = -hit[1].value;
  }
}
