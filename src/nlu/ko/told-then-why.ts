/**
 * "냉동실 지금 몇 도로 설정돼 있는지 좀 알려 줄래? 아이스크림이 물러": a state or a reading asked to be told,
 * then a complaint said after the asking, is why it is asked: the question is answered, no remedy runs.
 */
import type { Frame } from './clause-frame.js';
import { hasLex } from './tokenize.js';

export function toldThenWhy(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.complaint || !f.verbs.includes('query') || !(f.req || f.asked)) continue;
    if (f.state === null && !f.attrs.length) continue;
    const said = f.tokens.findIndex((t) => hasLex(t, 'cplx'));
    // the asking verb ("알려") and its request ending ("줘", "줄래") before the complaint
    const told = f.tokens.findLastIndex(
      (t, k) => k < said && t.lex.some((x) => x.t === 'verb' && x.v === 'query'),
    );
    const ending = f.tokens[told + 1];
    if (told < 0 || !ending || !(hasLex(ending, 'req') || hasLex(ending, 'end'))) continue;
    f.complaint = null;
    f.food = null;
    f.verbs = f.verbs.filter((v) => v !== 'hot');
  }
}
