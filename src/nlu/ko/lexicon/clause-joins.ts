/** Words that join or close clauses of a long turn (value-and.ts and the rules beside it). */

/** "그리고" and its spoken forms, said between two requests. */
export const AND_THEN_WORDS = ['그리고', '그리구', '그리고또', '그리고 또', '그 다음', '그 다음에', '그러고'];

/** Particles that say a value is the one to reach ("3500K로", "약풍으로"). */
export const TO_PARTICLES = ['로', '으로'];

/** The syllables of 주다 a verb takes when it is asked for (해 줘, 해 주세요). */
export const GIVE_SYLLABLES = ['주', '줘'];

/** Something said to be left alone ("상칸은 건들지 마", "안방 불은 손대지 마"): a never-mind of what it names. */
export const LEAVE_ALONE = [
  '건들지 마',
  '건들지 말고',
  '건들지 마세요',
  '건드리지 마',
  '건드리지 말고',
  '건드리지 마세요',
  '건들면 안 돼',
  '건드리면 안 돼',
  '손대지 마',
  '손대지 말고',
  '손대지 마세요',
  '만지지 마',
  '만지지 말고',
  '만지지 마세요',
];

/** Verb words that are also adverbs of how long ("광고만 계속 나오네": "keeps"), not a resume, before talk. */
export const ADVERB_VERBS = ['계속', '이어서'];

/** Someone doing it again and again ("누가 자꾸 티비 계속 켜 놔"): a complaint about a person (adverb-verb.ts). */
export const SOMEONE_AGAIN = ['누가', '자꾸', '맨날'];

/** Hearsay said as a connective ("좋다던데", "춥다더니"): what was heard, before what is asked. */
export const HEARSAY_BEFORE = ['다던데', '다던데요', '다더니', '다길래', '대서', '다고 해서', '다고 하던데'];

/** A taste asked or told ("무슨 노래 좋아해?"): talk, when no device is named. */
export const LIKING_WORDS = ['좋아해', '좋아하', '좋아하니', '좋아하세요', '좋아하는'];

/** "근데" and its spoken forms: what follows turns to something else. */
export const BUT_WORDS = ['근데', '그런데', '근대'];

/**
 * A question said without its question mark beside a request ("지금 몇 도야 거실 불 켜 줘", "불 꺼 줘 습도
 * 알려 줘"): a turn is cut after a word ending like a question or a request when one side holds
 * one of the asking words (asked-and-request.ts).
 */
export const QUESTION_ENDS = [
  '야',
  '어',
  '아',
  '니',
  '냐',
  '나',
  '까',
  '때',
  '지',
  '요',
  '죠',
  '래',
  '임',
  '노',
  '겨',
  '교',
];
/** The last syllables of a request said without a mark ("켜 줘", "꺼", "올려 봐", "켜 주고"). */
export const REQUEST_ENDS = [
  '줘',
  '해',
  '켜',
  '꺼',
  '봐',
  '가',
  '고',
  '라',
  '와',
  '요',
  '래',
  '려',
  '어',
  '아',
];
export const ASKING_WORDS = [
  '몇',
  '뭐',
  '어때',
  '얼마',
  '언제',
  '어디',
  '무슨',
  '어떤',
  '어떻게',
  '있나',
  '있냐',
  '있어',
  '됐어',
  '됐나',
  '했어',
  '했나',
  '놨나',
  '놨어',
  '알려',
  '남았',
];
