/**
 * The formal style (하십시오체) fuses ㅂ to a vowel stem: "불 켭시다" (let's), "세탁기 돌립시다", "티비 뭐
 * 나옵니까?", "다 됩니까?" (a question), so no verb of the lexicon is seen in them. Every verb takes these
 * endings the same way, so they are read back as the casual ones the lexicon knows before the turn is
 * parsed: let's as 자 (켜자, 닫자), the question as 나 (나오나, 되나). The endings, and the few stems that
 * change (틀다: 틉시다), are data in lexicon/registers.ts.
 */
import { FUSED_ASK, FUSED_LETS } from './lexicon/registers.js';
import { FORMAL_FUSED as F } from './lexicon/rule-words.js';

const HANGUL = 0xac00;
/** ㅂ as a syllable's final consonant (jongseong index). */
const FINAL_B = 17;
const CASUAL = new Map<string, string>([
  ...FUSED_LETS.map((e): [string, string] => [e, F.lets]),
  ...FUSED_ASK.map((e): [string, string] => [e, F.ask]),
]);
const PATTERN = new RegExp(`([\uac00-\ud7a3])(${[...CASUAL.keys()].join('|')})(?=$|[\\s,.!?~])`, 'g');
/** 입니까 is the copula's own question ("몇 도입니까"), read as it is. */
const KEEP = new Set(F.keep);

/** The turn with each fused formal ending said as the casual one ("켭시다" → "켜자", "나옵니까" → "나오나"). */
export function formalFused(text: string): string {
  if (!F.cues.some((c) => text.includes(c))) return text;
  return text.replace(PATTERN, (whole, syl: string, end: string) => {
    const casual = CASUAL.get(end) ?? '';
    // "닫읍시다": the consonant stem's own syllable, then the casual ending
    if (end.startsWith(F.consonantStem)) return `${syl}${casual}`;
    const code = syl.charCodeAt(0) - HANGUL;
    if (code % 28 !== FINAL_B || (casual === F.ask && KEEP.has(syl))) return whole;
    return `${String.fromCharCode(HANGUL + code - FINAL_B)}${casual}`;
  });
}
