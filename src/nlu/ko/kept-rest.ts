/**
 * "아이방 불은 켜 두고 나머지 불은 다 꺼 줘", "거실 불은 켜 놓고 다른 방 불은 다 꺼": a device left as it is (켜 두고,
 * 켜 놓고, 놔두고) right before all the rest switched is left out of the rest and not switched itself
 * (long-turn.ts#keptOutOfRest does the same when a reason stands between them).
 */
import type { Frame } from './clause-frame.js';
import { KEPT_ENDS } from './lexicon/long-turn.js';
import { hasLex, type Token } from './tokenize.js';

/** A state word ending as a device left as it is (켜 두고, 켜 놓고). */
export const keptSaid = (t: Token | undefined): boolean =>
  !!t && hasLex(t, 'state') && KEPT_ENDS.some((w) => t.text.endsWith(w));

export function keptInClause(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const g = frames[i] as Frame;
    const p = frames[i - 1] as Frame;
    const last = p.tokens[p.tokens.length - 1];
    if (!keptSaid(last) || p.reason || !p.targets.length || !(g.mods.has('all') || g.mods.has('others')))
      continue;
    if (g.verb === null || g.verb === p.verb || !g.targets.length || g.inherited) continue;
    g.targets.push(...p.targets.map((t) => ({ ...t, except: true })));
    p.reason = true;
  }
}
