/**
 * Spellings of one and the same device word (a clipped, misspoken or recognizer-written form of it),
 * issue #13 (fixer fx36). A device whose name or alias is one of them is named by every other, as by
 * its own name: "냉장꼬" is the refrigerator named 냉장고, never the kimchi refrigerator too.
 * (Words for a kind that are no spelling of the name, 냉방기 or 김냉, stay kind words in words.ts.)
 */
export const SAME_WORD_SPELLINGS: string[][] = [
  ['냉장고', '냉장구', '냉장꼬', '냉장코'],
  ['에어컨', '에어콘', '에어켠', '에어껀', '애어컨', '에컨', '에아컨'],
  ['세탁기', '새탁기', '세탁끼', '세탁긔'],
  ['보일러', '보일라', '뽀일러'],
  ['공기청정기', '공기 청정기', '공기청청기', '공기정청기'],
  ['로봇청소기', '로봇 청소기', '로보청소기', '로봇청서기'],
  ['김치냉장고', '김치 냉장고', '김치냉장꼬', '김치냉장구'],
  ['전기장판', '전기 장판', '전기쟝판'],
];
