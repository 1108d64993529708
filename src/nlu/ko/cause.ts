/**
 * "추운 바람에", "애가 우는 통에": a noun of cause after a verb's adnominal ending (…ㄴ/는) says
 * because, and closes a clause of reason; after a noun ("에어컨 바람에", "선풍기 바람에") it is the
 * wind itself. (Also: an English word inside a longer one is none of the lexicon's.)
 */
import { CAUSE_NOUNS } from './lexicon/usage.js';

const CAUSE = new Set(CAUSE_NOUNS);

/** The syllable has the final ㄴ of an adnominal ending (운, 는, 진, 둔, 한). */
const finalN = (ch: string | undefined): boolean => {
  const c = ch ? ch.charCodeAt(0) - 0xac00 : -1;
  return c >= 0 && c < 11172 && c % 28 === 4;
};

/**
 * The word s[i, end) is a noun of cause; `known` is true when a word of the lexicon ends right
 * before it (a device or room: "에어컨 바람에" is its wind). True when it may be read as because.
 */
export function causeOk(s: string, i: number, end: number, known: boolean): boolean {
  if (!CAUSE.has(s.slice(i, end))) return true;
  return !known && finalN(s[i - 1]);
}

/** s[k] is a lower-case Latin letter (NaN past either end is none). */
const latin = (s: string, k: number): boolean => {
  const c = s.charCodeAt(k);
  return c >= 0x61 && c <= 0x7a;
};

/** The word s[i, end) begins or ends in Latin letters that run on into more of them ("on" of "online"). */
export function latinInside(s: string, i: number, end: number): boolean {
  return (latin(s, end - 1) && latin(s, end)) || (latin(s, i) && latin(s, i - 1));
}
