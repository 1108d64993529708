/**
 * Words for fixer fx19's classes (issue #13, natural-13 Y/Z and natural-15 C/D dev halves).
 */

/** "출근 준비 중인데", "샤워 중이라": 중 with a copula after it is "in the middle of", not the medium fan speed. */
export const MIDST_TAILS = [
  '인데',
  '인대',
  '이라',
  '이니까',
  '이니깐',
  '이야',
  '이거든',
  '이에요',
  '입니다',
  '이었',
  '일때',
  '일 때',
  '에',
];

/** Words that wipe a sound out completely ("소리 싹 죽여"): said after the sound, a degree, not every device. */
export const WIPE_WORDS = ['싹', '완전히', '깨끗이', '아예'];

/** "한 곡 뽑아 봐": a song pulled out is a song played (only with a word for music in the clause). */
export const PULL_SONG_VERBS = ['뽑아', '뽑아봐', '뽑아 봐', '뽑아줘', '뽑아 줘', '뽑아주라', '뽑아 주라'];

/** "완전 새하얗게", "아주 완전히 노랗게": said right before a tone word, the tone to the end of the light's range. */
export const TONE_END_WORDS = ['완전히', '완전', '완죤'];

/** "에어컨 바꿀까?", "티비 바꿔야 하나": changing a device with nothing to change it to is replacing it (buying). */
export const REPLACE_VERB_STEMS = ['바꿀', '바꿔', '바꾸', '교체'];
