/**
 * "아이방 공기 안 좋다던데 이산화탄소 수치 지금 얼마나 돼?": hearsay said as a connective (…다던데, …다더니)
 * is only why a question or a request said after it in the same clause is asked: the clause is no talk.
 */
import type { Frame } from './clause-frame.js';
import { HEARSAY_BEFORE } from './lexicon/clause-joins.js';
import { compactForm } from './text.js';
import { hasLex, isTargetTok } from './tokenize.js';

const HEARSAY = new Set(HEARSAY_BEFORE.map(compactForm));

export function hearsayThenAsked(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.chat || !(f.question || f.asked || f.req)) continue;
    const chats = f.tokens.filter((t) => hasLex(t, 'chat'));
    if (!chats.length || !chats.every((t) => HEARSAY.has(t.text))) continue;
    const after = f.tokens.slice(f.tokens.indexOf(chats[chats.length - 1] as (typeof chats)[number]) + 1);
    const what = after.some((t) => isTargetTok(t) || hasLex(t, 'attr'));
    const how = after.some((t) => hasLex(t, 'verb') || hasLex(t, 'req'));
    if (what && (how || f.question)) f.chat = false;
  }
}
