/**
 * Words that small rules of src/nlu/ko match on (data), one section a rule file, for the rules whose
 * words have no lexicon of their own. Regexes built from them are built once, when the rule loads.
 */

/** A turn that ends judging ("엘지 냉장고 좋아?", "삼성 티비 쓸 만해?"): with a make said, an opinion asked (opinion.ts). */
export const OPINION_ENDS = [
  '좋아',
  '좋아요',
  '좋니',
  '좋나',
  '좋노',
  '괜찮아',
  '괜찮나',
  '어때',
  '어때요',
  '쓸만해',
  '쓸만하나',
  '쓸만해요',
];

/** The vocative after a device called by name ("냉장고야", "에어컨아"; device-called.ts). */
export const CALLED = ['야', '아'];

/** -어 봐도, "even when I try" ("열어 봐도 먹을 게 없네"; tried-even.ts). */
export const TRIED_EVEN = '봐도';

/** The word of a day of the week after its syllable ("토요일"; day-told.ts). */
export const DAY_WORD = '요일';

/**
 * The casual endings the fused formal ones are read as (formal-fused.ts; the fused endings are in
 * registers.ts): let's as 자, the question as 나. 입니까 is the copula's own question, read as it is. A
 * turn holding neither cue has none; 읍 begins the ending after a consonant stem ("닫읍시다").
 */
export const FORMAL_FUSED = {
  lets: '자',
  ask: '나',
  keep: ['입'],
  cues: ['시다', '니'],
  consonantStem: '읍',
};

/** Endings around.ts reads between tokens. */
export const AROUND = {
  /** …ㄹ까, weighed aloud ("켤까"), and 까 말까 ("켤까 말까"). */
  weighed: '까',
  weighedOrNot: '까말까',
  /** 놓고 / 두고 after a state left so ("켜 놓고", "꺼 두고"). */
  leftSo: ['놓고', '두고'],
  /** 거니까, "since I will" ("끌 거니까"). */
  since: '니까',
  thing: '거',
};

/** resolve.ts: words of music in a turn ("노래 소리 줄여": the player, not the TV), and the verbs that say lights by themselves ("전체 소등"). */
export const MUSIC_WORDS = ['노래', '음악', '곡'];
export const LIGHT_VERBS = ['소등', '점등'];

/** partly.ts: a room asked for with how or please ("서재 좀 알아서 해 줘", "안방 좀 부탁해"). */
export const ROOM_HOW = ['어떻게', '알아서', '부탁'];

/** extract.ts: a number said with 채널 is a channel. */
export const CHANNEL_WORD = '채널';

/** The words that find the light kind in KINDS: 전등 (lex.ts, old light words), 불 (usage.ts). */
export const LIGHT_KIND_WORD = '전등';
export const LIGHT_SAID = '불';

/** ju-heard.ts (its words are in recognizer.ts's JU_HEARD): 져 / 저 written apart after a verb, heard for 줘 (저 only at the end). */
export const JU_SAID = { heard: ['져', '저'], endOnly: '저', ju: '줘' };
