/**
 * Degree words ("너무", "진짜", "엄청"): adverbs the home does not need, said before a complaint or a
 * value. With every space dropped ("티비소리는너무커") the word after one still begins a word of its
 * own (degree.ts). Fixer fx17.
 */
export const DEGREE_WORDS = [
  '너무너무',
  '너무',
  '진짜',
  '엄청',
  '되게',
  '디게',
  '겁나',
  '정말',
  '완전',
  '아주',
  '억수로',
  '허벌나게',
  '참말로',
];

/** What may follow a degree word inside one word of its own ("진짜로", "엄청난", "겁나는", "너무해"). */
export const DEGREE_WORD_TAILS = [
  '로',
  '루',
  '난',
  '나',
  '는',
  '히',
  '해',
  '하',
  '한',
  '스러',
  '게',
  '요',
  '도',
  '야',
  '머',
  '이',
];

/** Degree words that say "a lot" right before a change ("소리 엄청 키워", "보일러 억수로 올리라"): two steps (much-said.ts). */
export const MUCH_DEGREE_WORDS = [
  '엄청',
  '엄청나게',
  '겁나',
  '억수로',
  '허벌나게',
  '되게',
  '디게',
  '무지',
  '무지하게',
  '대따',
];
