/**
 * Words of fixer fx23's round (issue #13: the dev and class tables' turns re-said in other shapes).
 */

/**
 * reason-after.ts: words that, right after a verb, keep the clause the speaker's own doing rather than a
 * reason said after a request ("켜 놓을 거니까", "꺼 둘 거라서", "켜 있으니까", "틀어 줄 거니까").
 */
export const AUX_STARTS = [
  '놓',
  '놔',
  '놨',
  '둘',
  '둔',
  '둬',
  '뒀',
  '두',
  '있',
  '줄',
  '준',
  '줬',
  '볼',
  '봤',
  '버릴',
  '버렸',
];

/** A wish passed on from someone else, in the endings the request lexicon lacked ("아빠가 … 해 달라는데"). */
export const RELAYED_REQUESTS = [
  '달라는데',
  '달라는데요',
  '달라던데',
  '달라던데요',
  '달라시는데',
  '달라시던데',
  '달라고 하는데',
  '달라고 하네',
  '달라고 하셔',
  '달라고 하셔서',
  '주라는데',
  '주라던데',
  '주래요',
];

/** Connectives of reason after 되다 ("곧 나가야 돼서", "늦어서 안 되니까"). */
export const REASON_DOE = ['돼서', '되서', '돼가지고', '되가지고', '돼 갖고', '되니까', '되니깐', '돼니까'];

/**
 * What is left of a regional request ending when 주 was read with the verb before it ("해주" + 이소, "켜주" +
 * 세유): Gyeongsang 주이소, Chungcheong 주세유, Jeolla 주랑께.
 */
export const AFTER_JU = ['이소', '이소예', '세유', '세유우', '랑께', '랑께요', '랑게'];

/**
 * Recognizer sound-alikes of a verb, said before a request ending of any register ("참가 주시겠어요",
 * "처 줄래", "케 주이소"); the bare stems are other words (참가, 자가), so each is known only with a request
 * ending after it that begins with 주, 줄 or 줘.
 */
const SOUNDALIKE_STEMS: Record<string, string[]> = {
  close: ['다다', '처'],
  down: ['주려', '줄려'],
  on: ['커', '케', '캐', '겨'],
  off: ['거'],
  lock: ['참가', '자가'],
};
const SOUNDALIKE_ENDS = [
  ' 주시겠',
  ' 주실래',
  ' 주십',
  ' 주세',
  ' 주이소',
  ' 주랑께',
  ' 주라',
  ' 주소',
  ' 줄래',
  ' 줄 수',
  ' 줘유',
  ' 줘잉',
  ' 달래',
  ' 달라는데',
  ' 주래',
  // (asked as a wish or a question: "처 주면 안 될까", "거 줬으면 좋겠는데", "케 주겠니")
  ' 주면 안',
  ' 주면 좋',
  ' 줬으면',
  ' 주셨으면',
  ' 주겠',
  ' 주셔',
];
export const SOUNDALIKE_REQUESTS: Array<[string, string[]]> = Object.entries(SOUNDALIKE_STEMS).map(
  ([k, stems]) => [k, stems.flatMap((w) => SOUNDALIKE_ENDS.map((e) => w + e))],
);

/** lex.ts: the request endings and connectives above, as one list each. */
export const RESAID_REQ = [...RELAYED_REQUESTS, ...AFTER_JU];
export const RESAID_CONN = REASON_DOE;
