/**
 * The small grammar of media phrases a player satellite handles itself (media.ts): "음악 틀어줘",
 * "아이유 노래 틀어줘", "일시정지", "다시 틀어줘", "다음 곡", "볼륨 30으로", "소리 키워줘". Alternatives are
 * tried in the order written.
 */

/** What is played: "음악", "노래", "곡", … */
export const MEDIA_NOUNS = ['음악', '노래', '뮤직', '곡', '플레이리스트'];
/** Playing it: "틀어", "재생해", "들려줘", … */
export const PLAY_VERBS = ['틀어', '틀어줘', '재생', '재생해', '들려', '들려줘', '켜', '켜줘', '플레이'];
/** A request's ending, dropped before matching ("틀어 주세요" → 틀어). */
export const REQUEST_TAILS = ['주세요', '줘요', '줄래', '줄래요', '줘', '해줘', '해', '요'];
/** Object marks and a softener between the noun and the verb ("음악을 좀 …"). */
export const OBJECT_MARKS = ['을', '를'];
export const SOFTENER = '좀';
/** Between the noun and the play verb ("노래 하나 틀어"). */
export const PLAY_FILLERS = ['을', '를', '좀', '하나'];

/** "다음 곡", "다음 걸로 틀어", "넘겨", "스킵". */
export const NEXT = {
  word: '다음',
  which: ['걸로', '거'],
  verbs: ['틀어', '재생', '넘겨'],
  alone: ['넘겨', '스킵'],
};
/** "이전 곡", "이전 걸로 틀어". */
export const PREVIOUS = { word: '이전', which: ['걸로', '거'], verbs: ['틀어', '재생'] };
/** Without media playing, a next or previous phrase must name a song. */
export const SONG_WORDS = ['곡', '노래'];

/** Halting what plays; the first three pause, and so does any said with the media noun … */
export const HALT_WORDS = ['일시정지', '일시중지', '잠깐멈춰', '멈춰', '정지', '중지', '꺼'];
export const PAUSE_WORDS = ['일시정지', '일시중지', '잠깐멈춰'];
/** … unless it switches off (anywhere) or ends in a stop, and is no pause (일시). */
export const STOP_ANYWHERE = ['꺼'];
export const STOP_ENDS = ['중지', '정지'];
export const PAUSE_MARK = '일시';

/** "다시 틀어줘", "계속 재생", "이어서 들려줘". */
export const AGAIN = ['다시', '계속', '이어서'];

/** The volume said ("볼륨 30으로", "소리 좀 더 키워"); the first two name it outright. */
export const VOLUME_WORDS = ['볼륨', '음량', '소리'];
export const VOLUME_NAMED = ['볼륨', '음량'];
export const TO_MARKS = ['으로', '로'];
export const VOLUME_SET = ['맞춰', '바꿔', '설정', '해'];
export const MORE = '더';
export const VOLUME_UP = ['키워', '올려', '크게', '높여'];
export const VOLUME_DOWN = ['줄여', '내려', '작게', '낮춰'];

/** Words before the media noun that are no search ("신나는 노래 틀어", "아무 음악"). */
export const QUERY_DROPS = ['의', '아무', '신나는', '좋은', '조용한'];

/** A universal stop said to any satellite ("그만", "멈춰"; wake.ts), after the wake word if there was one. */
export const STOP_WORDS = [
  '그만',
  '그만해',
  '그만해줘',
  '그만해요',
  '멈춰',
  '멈춰줘',
  '멈춰요',
  '정지',
  '스톱',
  'stop',
];
