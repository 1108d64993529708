/**
 * Words that small rules of src/nlu/ko match on (data), one section a rule file, for the rules whose
 * words have no lexicon of their own. Regexes built from them are built once, when the rule loads.
 */

/** A turn that ends judging ("엘지 냉장고 좋아?", "삼성 티비 쓸 만해?"): with a make said, an opinion asked (opinion.ts). */
export const OPINION_ENDS = [
  '좋아',
  '좋아요',
  '좋니',
  '좋나',
  '좋노',
  '괜찮아',
  '괜찮나',
  '어때',
  '어때요',
  '쓸만해',
  '쓸만하나',
  '쓸만해요',
];

/** The vocative after a device called by name ("냉장고야", "에어컨아"; device-called.ts). */
export const CALLED = ['야', '아'];

/** -어 봐도, "even when I try" ("열어 봐도 먹을 게 없네"; tried-even.ts). */
export const TRIED_EVEN = '봐도';

/** The word of a day of the week after its syllable ("토요일"; day-told.ts). */
export const DAY_WORD = '요일';
