/**
 * "냉동실 지금 몇 도로 설정돼 있는지 좀 알려 줄래? 아이스크림이 물러": a state or a reading asked to be told
 * (알려 줘, 알려 줄래), then a complaint or talk said after the asking, is only why it is asked: the
 * question is answered with what was asked of; the complaint's remedy does not run, the devices and
 * talk it names ("빨래가 안 말라", "우유가 상해서") are not asked about, and a fragment after it adds nothing.
 */
import type { Frame } from './clause-frame.js';
import { hasLex, isTargetTok } from './tokenize.js';

export function toldThenWhy(frames: Frame[]): void {
  for (const [i, f] of frames.entries()) {
    if (!f.verbs.includes('query') || !(f.req || f.asked)) continue;
    // the asking verb ("알려") and its request ending ("줘", "줄래"), then what is said after them
    const told = f.tokens.findLastIndex((t) => t.lex.some((x) => x.t === 'verb' && x.v === 'query'));
    const ending = f.tokens[told + 1];
    if (told < 0 || !ending || !(hasLex(ending, 'req') || hasLex(ending, 'end'))) continue;
    const head = f.tokens.slice(0, told + 2);
    const tail = f.tokens.slice(told + 2);
    if (!tail.some((t) => hasLex(t, 'cplx') || hasLex(t, 'chat') || hasLex(t, 'food'))) continue;
    // what is asked of must be said before the asking
    if (!head.some((t) => isTargetTok(t) || hasLex(t, 'attr') || hasLex(t, 'state'))) continue;
    const said = new Set(tail.filter(isTargetTok).map((t) => t.text));
    f.targets = f.targets.filter((t) => !said.has(t.text));
    f.complaint = null;
    f.food = null;
    f.reason = false;
    if (!head.some((t) => hasLex(t, 'chat'))) f.chat = false;
    f.verbs = f.verbs.filter((v) => v !== 'hot');
    // "…알려 주세요 발이 시려서요": the ending left after the reason is no clause of its own
    for (const g of frames.slice(i + 1)) {
      if (g.verb || g.attrs.length || !g.inherited || g.asked) break;
      g.complaint = null;
      g.reason = true;
    }
  }
}
