/**
 * The one after next: "다음 다음 채널", "다음다음 거", "다다음 채널로" (and "이전 이전") step twice through the
 * lineup, the count a number would give ("채널 두 개 넘겨"). The 다 of 다다음 is no "all" ("다 꺼"); it must begin
 * a word, so "재미없다, 다음 채널" stays one step.
 */

import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import type { Frame } from './parse.js';
import type { Token } from './tokenize.js';

const stepVerb = (t: Token): boolean =>
  t.lex.some((x) => x.t === 'verb' && (x.v === 'next' || x.v === 'prev'));

export function afterNext(frames: Frame[]): void {
  for (const f of frames) {
    if (f.numbers.length || !(f.verbs.includes('next') || f.verbs.includes('prev'))) continue;
    let twice = false;
    let allSaid = false;
    f.tokens.forEach((a, i) => {
      const b = f.tokens[i + 1];
      const joined = b !== undefined && a.end === b.start;
      if (joined && a.text === W.all && a.ws === true && b.text === W.next) twice = true;
      else if (joined && a.text === b.text && stepVerb(a)) twice = true;
      else if (a.lex.some((x) => x.t === 'mod' && x.v === 'all')) allSaid = true;
    });
    if (!twice) continue;
    f.numbers.push({ value: 2, unit: 'step', to: false, by: false, hangul: true });
    if (!allSaid) f.mods.delete('all');
  }
}
