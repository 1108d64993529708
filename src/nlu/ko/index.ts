/** The Korean understanding engine (see docs/nlu.md). */
import type { Understander } from '../types.js';
import { understandCare } from './care.js';
import { understandKo } from './engine.js';
import { replyKo } from './reply.js';

export { understandKo } from './engine.js';
export { parseKoreanNumber, parseSpokenDigits } from './numbers.js';
export { replyKo } from './reply.js';

export const koreanUnderstander: Understander = {
  understand: (text, home, ctx) => {
    const care = understandCare(text, home, ctx);
    if (!care) return understandKo(text, home, ctx);
    // "불 켜 줘 그리고 아이방 공기 어때?": a request beside the air question is still done, the air answered
    const ko = understandKo(text, home, ctx);
    if (!ko.actions.length || ko.ask) return care;
    return { ...ko, intents: [...ko.intents, ...care.intents], answer: care.answer };
  },
  reply: replyKo,
};
