/** Korean numerals as data (see numbers.ts). Longer native forms come first. */

export const SINO_DIGITS: Record<string, number> = {
  영: 0,
  공: 0,
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  륙: 6,
  칠: 7,
  팔: 8,
  구: 9,
};

/** The decimal point said aloud ("이십이 점 오", colloquially "쩜"). */
export const DECIMAL_POINTS = ['점', '쩜'];

export const SINO_UNITS: Record<string, number> = { 십: 10, 백: 100, 천: 1000, 만: 10000 };

export const NATIVE_ONES: Array<[string, number]> = [
  ['하나', 1],
  ['다섯', 5],
  ['여섯', 6],
  ['일곱', 7],
  ['여덟', 8],
  ['여덜', 8],
  ['아홉', 9],
  // about so many ("두어 칸", "서너 번", "두세 개"): the smaller number
  ['두어', 2],
  ['두세', 2],
  ['서너', 3],
  ['너덧', 4],
  ['네댓', 4],
  ['한', 1],
  ['둘', 2],
  ['두', 2],
  ['셋', 3],
  ['세', 3],
  ['석', 3],
  ['넷', 4],
  ['네', 4],
  ['넉', 4],
];

/**
 * English numerals said in Hangul, read as a count only right before a loanword direction ("볼륨 투 업",
 * "온도 원 다운"; fixer fx45): elsewhere 원, 투, 포 are other words.
 */
export const ENGLISH_COUNTS: Array<[string, number]> = [
  ['원', 1],
  ['투', 2],
  ['쓰리', 3],
  ['포', 4],
  ['파이브', 5],
];
/** The loanword directions an English count may come before. */
export const ENGLISH_COUNT_AFTER = ['업', '다운'];

export const NATIVE_TENS: Array<[string, number]> = [
  ['스물', 20],
  ['스무', 20],
  ['서른', 30],
  ['마흔', 40],
  ['예순', 60],
  ['일흔', 70],
  ['여든', 80],
  ['아흔', 90],
  ['열', 10],
  ['쉰', 50],
];

/** Words said before a PIN ("비밀번호는 …"). */
export const PIN_PREFIXES = [
  '비밀번호는',
  '비밀번호',
  '비번은',
  '비번',
  '핀번호는',
  '핀번호',
  '핀은',
  '핀',
  '번호는',
  '번호',
];
/** Endings said after a PIN ("… 이요"). */
export const PIN_SUFFIXES = ['입니다', '예요', '요', '야', '이에요', '이요', '이야'];

/** Negative-number words (영아: 영하 as a speech recognizer hears it). */
export const NEGATIVE_WORDS = ['영하', '마이너스', '-', '영아'];

/**
 * Syllables that begin the word after a lone 사 when 사 is "buy", not four: "사 와서", "사 왔어", "사 갈게",
 * "사 놨어", "사 둔", "사 줘" (tokenize.ts; after a setting word, "채널 사", it stays a number; not 올,
 * "사 올려" raises by four).
 */
export const BUY_NEXT = ['와', '왔', '가', '갈', '갔', '놨', '놓', '둔', '뒀', '줘', '줄', '주', '오'];

/** "영 안 시원하네", "영 시원찮아": 영 before these is an adverb ("not at all"), no zero (fixer fx40). */
export const YEONG_ADVERB_NEXT = [
  '안',
  '못',
  '별로',
  '시원찮',
  '신통',
  '아니',
  '맘에',
  '덜',
  '이상',
  '별루',
  '그렇',
  '시원치',
];
