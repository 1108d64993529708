/**
 * Courtesies said around a request (issue #13): "에어컨 24도 고마워", "고마워 이제 티비 꺼 줘". Said with a
 * request they ask for nothing; said alone they stay small talk.
 */

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
];

/** Words that may go before a courtesy ("정말 고마워", "늘 고마워"). */
export const COURTESY_LEADS = ['정말', '진짜', '너무', '항상', '늘', '완전', '아주', '넘'];
