/**
 * "불 켭시다", "커튼 닫읍시다", "세탁기 돌립시다": the formal let's (하십시오체 청유형) fuses ㅂ to a vowel
 * stem, so no verb of the lexicon is seen in it. Every verb takes it the same way, so it is read back as
 * the casual let's the lexicon knows (켜자, 닫자, 돌리자) before the turn is parsed. Endings and the few
 * stems that change (틀다: 틉시다) are data in lexicon/registers.ts.
 */
import { LETS_FORMAL } from './lexicon/registers.js';

const HANGUL = 0xac00;
/** ㅂ as a syllable's final consonant (jongseong index). */
const FINAL_B = 17;
const ENDS = LETS_FORMAL.map((e) => e.replace(/\s+/g, ''));
const PATTERN = new RegExp(`([가-힣])(${ENDS.join('|')})(?=$|[\\s,.!?~])`, 'g');

/** The turn with each formal let's said as the casual one ("켭시다" → "켜자", "닫읍시다" → "닫자"). */
export function formalLets(text: string): string {
  if (!text.includes('시다')) return text;
  return text.replace(PATTERN, (whole, syl: string, end: string) => {
    if (end.startsWith('읍')) return `${syl}자`;
    const code = syl.charCodeAt(0) - HANGUL;
    if (code % 28 !== FINAL_B) return whole;
    return `${String.fromCharCode(HANGUL + code - FINAL_B)}자`;
  });
}
