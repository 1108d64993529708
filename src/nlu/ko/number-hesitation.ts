/**
 * "에어컨 이십 어 육 도", "볼륨 스물 음 다섯": a hesitation said inside a number, between its tens and its ones, is
 * read past, so the number is the one meant (26, 25), not its tens alone. Only a word that is tens alone
 * (이십, 삼십, 스물, 서른 …) before the hesitation, and a ones word after it that ends the number (a unit, a
 * particle or the end of the word follows), are joined. Words: the numerals of lexicon/numerals.ts and
 * MID_HESITATIONS of lexicon/context.ts; the unit syllables in lexicon/recognizer.ts.
 */
import { MID_HESITATIONS } from './lexicon/context.js';
import { NATIVE_ONES, NATIVE_TENS, SINO_DIGITS } from './lexicon/numerals.js';
import { NUMBER_FOLLOWERS } from './lexicon/recognizer.js';
import { anyWord } from './text.js';

const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const SINO_ONES = Object.entries(SINO_DIGITS)
  .filter(([, v]) => v > 0)
  .map(([k]) => k);
const SINO_TENS = ['', ...SINO_ONES.filter((d) => d !== '일')].map((d) => `${d}십`);
const HES = alt(MID_HESITATIONS);
/** A hesitation said as a word of its own: the cheap test before the patterns run. */
const HES_SAID = anyWord(MID_HESITATIONS.map((h) => ` ${h} `));
const AFTER = `(?=\\s|$|${alt(NUMBER_FOLLOWERS)})`;
const SINO = new RegExp(
  `(^|\\s)(${alt(SINO_TENS)})((?:\\s+(?:${HES}))+)\\s+(${alt(SINO_ONES)})${AFTER}`,
  'g',
);
const NATIVE = new RegExp(
  `(^|\\s)(${alt(NATIVE_TENS.map(([w]) => w))})((?:\\s+(?:${HES}))+)\\s+(${alt(NATIVE_ONES.map(([w]) => w))})${AFTER}`,
  'g',
);

/** The turn with hesitations inside a number dropped ("이십 어 육 도" → "이십 육 도"). */
export function numberHesitation(text: string): string {
  if (!HES_SAID.test(text) || !/[십물무른흔순든열쉰]/.test(text)) return text;
  return text.replace(SINO, '$1$2 $4').replace(NATIVE, '$1$2 $4');
}
