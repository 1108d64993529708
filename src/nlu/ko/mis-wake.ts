/**
 * "음 어 아니다 아무것도 아니야 잘못 불렀어", "미안 그냥 불러 봤어": the assistant woken by mistake, with
 * nothing asked, is no request and no answer to a question of the hub's: not understood (still "알겠어요.").
 */
import { MIS_WAKE } from './lexicon/several-clauses.js';
import { compactForm } from './text.js';

const WOKEN = MIS_WAKE.map(compactForm);

export const misWake = (compact: string): boolean => WOKEN.some((w) => compact.includes(w));
