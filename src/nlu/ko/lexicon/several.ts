/**
 * Words of fixer fx22's classes (issue #13, natural-19 K: several things at once): what 잠깐 is before a
 * verb of the speaker's own, and how a feared consequence of a complaint ends.
 */

/**
 * "나 잠깐 나갔다 올게", "잠깐 누울게", "잠깐 씻고 올게": 잠깐 right before these is "for a moment" (what the
 * speaker will do), not "wait" taking the request back.
 */
export const MOMENT_ACTS = [
  '나갔',
  '나가',
  '나갈',
  '다녀',
  '갔다',
  '갔다 올',
  '쉬',
  '쉴',
  '누워',
  '누울',
  '누웠',
  '눕',
  '씻',
  '샤워',
  '자고',
  '잘게',
  '눈 붙',
  '외출',
  '들어갔',
  '들렀',
  '들를',
  '볼일',
  '화장실',
  '산책',
  '편의점',
  '마트',
  '장 보',
  '내려갔',
  '올라갔',
  '자리 비',
  '밖에',
  '자야',
  '자려',
  '잘래',
  '다녀올',
];

/** "잠깐 기다려", "잠깐 있어 봐": 잠깐 before these is "wait" however the turn ends. */
export const WAIT_AFTER = ['기다려', '기다리', '있어', '있어 봐', '멈춰', '스톱', '만', '요'];

/**
 * How a turn ends when what follows 잠깐 is the speaker's own doing ("…잠깐 씻고 올게", "…잠깐 쉬어야겠다"):
 * said of the speaker, with nothing of the home after it.
 */
export const OWN_DOING_ENDS = [
  '올게',
  '갈게',
  '할게',
  '볼게',
  '을게',
  'ㄹ게',
  '겠다',
  '겠어',
  '야지',
  '래',
  '려고',
];

/**
 * "안방이 너무 추운데, 이러다가 애들 감기 걸리겠다": a complaint said now, then what it will lead to. The
 * words that lead into the feared consequence, and how it ends.
 */
export const WORRY_LEADS = [
  '이러다가',
  '이러다간',
  '이러다',
  '그러다가',
  '그러다간',
  '이대로면',
  '이대로 가면',
];
export const WORRY_ENDS = [
  '겠다',
  '겠어',
  '겠네',
  '겠어요',
  '겠네요',
  '겠다야',
  '겠는데',
  '것 같아',
  '것 같은데',
  '까 봐',
  '까 걱정이야',
];

/** "엄마가 불 끄래": endings that pass on someone's request (a request, though not said as one's own). */
export const RELAYED_ENDS = ['래', '래요', '랬어', '랬어요', '라셔', '라셔요', '라신다', '라시네'];
