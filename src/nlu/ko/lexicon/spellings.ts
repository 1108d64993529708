import { FRIDGE_SPELLED } from './words.js';

/**
 * Spellings of one and the same device word (a clipped, misspoken or recognizer-written form of it),
 * issue #13 (fixer fx36). A device whose name or alias is one of them is named by every other, as by
 * its own name: "냉장꼬" is the refrigerator named 냉장고, never the kimchi refrigerator too.
 * (Words for a kind that are no spelling of the name, 냉방기 or 김냉, stay kind words in words.ts; the name
 * matched with its spaces dropped, "공기 청정기" is 공기청정기.)
 */
export const SAME_WORD_SPELLINGS: string[][] = [
  [...FRIDGE_SPELLED, '냉장코'],
  ['에어컨', '에어콘', '에어켠', '에어껀', '애어컨', '에컨', '에아컨'],
  ['세탁기', '새탁기', '세탁끼'],
  ['보일러', '보일라', '뽀일러'],
  ['공기청정기', '공기청청기'],
  ['로봇청소기', '로보청소기'],
  ['김치냉장고', '김치냉장꼬', '김치냉장구'],
];
