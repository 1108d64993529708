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
export const REASON_DOE = [
  '돼서',
  '되서',
  '돼가지고',
  '되가지고',
  '돼 갖고',
  '되니까',
  '되니깐',
  '돼니까',
];

/**
 * What is left of a regional request ending when 주 was read with the verb before it ("해주" + 이소, "켜주" +
 * 세유): Gyeongsang 주이소, Chungcheong 주세유, Jeolla 주랑께.
 */
export const AFTER_JU = ['이소', '이소예', '세유', '세유우', '랑께', '랑께요', '랑게'];
