/**
 * "애들 시리얼 먹을 거라 그러는데 냉장실 온도 몇 도야?": a setting or reading asked of a device, a kind or a
 * cabinet with an asking word (몇, 얼마) and no verb of its own is a home question however much talk
 * the lexicon does not know is around it, as a device's setting asked with 무슨/어떻게 is
 * (around.ts#deviceAsked). Fixer fx24, natural-20 M.
 */
import type { Frame } from './clause-frame.js';
import { ASKING_WORDS } from './lexicon/clause-tails.js';
import { hasLex, isTargetTok } from './tokenize.js';

export const readingAmidTalk = (f: Frame): boolean =>
  f.question &&
  !f.req &&
  !f.asked &&
  (f.verb === null || f.verb === 'query') &&
  f.attrs.length > 0 &&
  f.targets.some((t) => t.devs.length > 0 || t.comp !== null || t.kind !== null) &&
  f.tokens.some((t) => ASKING_WORDS.some((w) => t.text.startsWith(w)));

/**
 * "막내가 감기 기운 있다 그러던데 안방 보일러 몇 도야?": talk said in the same clause before the device whose
 * setting or reading is asked is why it is asked; the clause is the question, not talk.
 */
export function readingAfterTalk(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.chat || !readingAmidTalk(f)) continue;
    const firstTarget = f.tokens.findIndex(isTargetTok);
    const lastChat = f.tokens.findLastIndex((t) => hasLex(t, 'chat'));
    if (firstTarget > lastChat) f.chat = false;
  }
}
