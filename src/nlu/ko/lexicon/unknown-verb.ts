/**
 * Request endings that still show after a verb the lexicon does not know ("티비 좀 손봐 줘", "커튼 좀
 * 여며 줄래?"): the turn asks something of the device it names, so how is asked back (unknown-verb.ts).
 * Matched at the very end of the turn, spacing removed.
 */
export const UNKNOWN_VERB_REQUEST_ENDS = [
  '줘',
  '줘요',
  '줘라',
  '줘봐',
  '줘유',
  '주세요',
  '주세용',
  '주셔요',
  '주십시오',
  '주시오',
  '주라',
  '주이소',
  '주소',
  '줄래',
  '줄래요',
  '줄래예',
  '주실래요',
  '주시겠어요',
  '주시겠습니까',
  '줄수있어',
  '줄수있어요',
  '줄수있나요',
  '줄수있을까',
  '줄수있을까요',
  '주면좋겠어',
  '주면좋겠어요',
  '줬으면좋겠어',
  '줬으면좋겠어요',
  '주시면고맙겠어요',
  '주시면감사하겠습니다',
];

/**
 * "에어컨 좀 건드려 봐": trying it, asked (-어 봐). Only after a verb of two syllables or more in its -아/어
 * form (its last syllable open: "건드려", "만져"), so "티비만 봐" (watching) is no such request.
 */
export const UNKNOWN_VERB_TRY_ENDS = ['봐', '봐요', '봐라', '보세요', '봐줘', '봐줄래'];

/** What may stand between the device and the verb the lexicon does not know: an object or topic particle, 좀. */
export const UNKNOWN_VERB_BEFORE = [
  '을',
  '를',
  '은',
  '는',
  '좀',
  '좀만',
  '한번',
  '한 번',
  '빨리',
  '얼른',
].map((w) => w.replace(/ /g, ''));

/** Being told ("세탁 끝나면 알려 줘", "다 되면 얘기해 줘", "끝나면 알림 보내 줘"): notify-upon.ts. */
export const NOTIFY_WORDS = ['알려', '말해', '얘기해', '이야기해', '알림', '알람', '귀띔해', '불러'];
