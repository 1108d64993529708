/** The Korean understanding engine (see docs/nlu.md). */
import type { HomeView, TurnContext, Understander, Understanding } from '../types.js';
import { askedAndRequest } from './asked-and-request.js';
import { understandCare } from './care.js';
import { understandKo } from './engine.js';
import { understandOffered } from './offered-asked.js';
import { replyKo } from './reply.js';

export { understandKo } from './engine.js';
export { parseKoreanNumber, parseSpokenDigits } from './numbers.js';
export { replyKo } from './reply.js';

/** One reading of a turn: the air and appliances' health first, what a device offers, else the engine. */
const one = (text: string, home: HomeView, ctx: TurnContext): Understanding =>
  understandCare(text, home, ctx) ?? understandOffered(text, home, ctx) ?? understandKo(text, home, ctx);

export const koreanUnderstander: Understander = {
  understand: (text, home, ctx) => askedAndRequest(text, home, ctx, one(text, home, ctx), one),
  reply: replyKo,
};
