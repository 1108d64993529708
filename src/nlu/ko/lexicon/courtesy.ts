/**
 * Courtesies said around a request (issue #13): "에어컨 24도 고마워", "고마워 이제 티비 꺼 줘". Said with a
 * request they ask for nothing; said alone they stay small talk.
 */

/** Letters trailing a courtesy at the end (laughter ㅎ ㅋ, a polite 요), dropped with it. */
export const COURTESY_TRAIL = 'ㅎㅋ요';
/** The ending of thanks for what was done ("열어 줘서 고마워"): small talk, nothing to do again. */
export const THANKS_FOR_DONE = '서';
/** The word a please begins with ("부탁해"), its reason kept. */
export const PLEASE_WORD = '부탁';

/** Thanks and well-wishes that close (or open) a turn. */
export const COURTESIES = [
  '고마워요',
  '고마워용',
  '고마워',
  '고맙습니다',
  '고맙다',
  '고맙네',
  '감사합니다',
  '감사해요',
  '감사',
  '땡큐',
  '땡스',
  'thank you',
  'thanks',
  '수고했어요',
  '수고했어',
  '수고해요',
  '수고해',
  // thanks for what was done before ("아까 커튼 쳐 줘서 고마웠어")
  '고마웠어요',
  '고마웠어',
  '고마웠다',
  '고마웠습니다',
  '감사했어요',
  '감사했습니다',
];

/** Words that may go before a courtesy ("정말 고마워", "늘 고마워"). */
export const COURTESY_LEADS = ['정말', '진짜', '너무', '항상', '늘', '완전', '아주', '넘'];

/**
 * A please said last, after the request and its reason ("소리 두 칸 줄여, 동생 공부하니까 부탁해"): the
 * request's own please. (Said right after what to do, "문단속 부탁해", it is the request itself.)
 */
export const PLEASES = [
  '부탁해요',
  '부탁해',
  '부탁합니다',
  '부탁드려요',
  '부탁드립니다',
  '부탁할게요',
  '부탁할게',
];

/** Endings of a reason a please may follow. */
export const REASON_BEFORE_PLEASE = [
  '니까',
  '니깐',
  '라서',
  '거라서',
  '어서',
  '아서',
  '해서',
  '는데',
  '거든',
  '거든요',
];
