/**
 * Missing someone ("우리 손주 보고 싶다", "엄마가 너무 보고 싶어"): 보고 싶다 said of a person is longing, not a
 * wish to watch: talk (speech.ts spreads these into CHAT). Each is a person word, its particle and 보고 싶 with an ending of
 * the speaker's own (a wish passed on, "애들이 보고 싶다고 해서", is
 * MISSING_RELAYED: the play verb, longer, so it wins); longest match reads it before
 * 보고 싶 can be the play verb. Fixer fx44 (issue #13, chit-chat).
 */
const PEOPLE = [
  '손주',
  '손자',
  '손녀',
  '엄마',
  '아빠',
  '어머니',
  '아버지',
  '할머니',
  '할아버지',
  '할매',
  '할배',
  '아들',
  '딸',
  '딸내미',
  '아들내미',
  '남편',
  '아내',
  '와이프',
  '여보',
  '누나',
  '언니',
  '오빠',
  '형',
  '동생',
  '친구',
  '애인',
  '여친',
  '남친',
  '부모님',
  '가족',
  '식구',
  '애들',
  '아이들',
  '사위',
  '며느리',
];
const PARTICLES = ['', '가', '이', '도', '들', '들이', '들도', '는', '은'];
const LONGING = ['보고 싶', '보고싶', '보구 싶'].flatMap((l) =>
  ['다', '네', '어', '어요', '구나', '구먼', '고', '당', '습니다', '은데', '었어', '었다', '노', '데이'].map(
    (e) => l + e,
  ),
);
LONGING.push('보고 잡다', '보고 잡네', '보고 프다', '보고 프네');

/** How much, said between ("엄마가 너무 보고 싶네"). */
const HOW_MUCH = ['너무', '정말', '진짜', '많이', '넘', '참', '엄청', '되게'];

export const MISSING_SOMEONE = PEOPLE.flatMap((p) => [
  ...PARTICLES.flatMap((j) => LONGING.map((l) => `${p}${j} ${l}`)),
  ...['', '가', '이', '도'].flatMap((j) => HOW_MUCH.flatMap((m) => LONGING.map((l) => `${p}${j} ${m} ${l}`))),
]);

/** A person's wish to watch passed on ("애들이 보고 싶다고 난리야", "할머니가 보고 싶어 하셔"): the play verb. */
export const MISSING_RELAYED = PEOPLE.flatMap((p) =>
  ['', '가', '이', '도', '들이', '들도'].flatMap((j) =>
    ['싶다고', '싶다는', '싶어 해', '싶어해', '싶어 하', '싶어하', '싶다네', '싶다던'].map(
      (e) => `${p}${j} 보고 ${e}`,
    ),
  ),
);
