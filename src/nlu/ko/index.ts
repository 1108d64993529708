/** The Korean understanding engine (see docs/nlu.md). */
import type { Understander } from '../types.js';
import { understandCare } from './care.js';
import { understandKo } from './engine.js';
import { replyKo } from './reply.js';

export { understandKo } from './engine.js';
export { parseKoreanNumber, parseSpokenDigits } from './numbers.js';
export { replyKo } from './reply.js';

export const koreanUnderstander: Understander = {
  understand: (text, home, ctx) => understandCare(text, home, ctx) ?? understandKo(text, home, ctx),
  reply: replyKo,
};
