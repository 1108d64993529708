/**
 * Words around a request (fifth round of #13): asides, plans told, things done, opposites, what is
 * on; data only; lex.ts adds them to the lexicon. Interjections a correction may carry ("아 시간
 * 없다 쾌속으로"), everyday verbs.
 */
import type { Sense } from './speech.js';
import type { VerbKey } from './words.js';

/** Said between a request and its correction, asking nothing: "아 시간 없다", "급하다". */
export const ASIDE_FILLERS = [
  '시간 없다',
  '시간 없어',
  '시간이 없다',
  '시간이 없어',
  '시간 없네',
  '시간이 없네',
  '급하다',
  '급해',
  '바쁘다',
  // "아 맞다 거실 불 반으로 해 줘": remembering something, said before the request
  '아 맞다',
  '아 맞아',
  '아 참 맞다',
  // walking about said in two words ("걸어 다니고 있어"): no 걸어 (lock); a plain word never spans two
  '걸어 다니는 중',
  '걸어다니는 중',
  '걸어 다니고',
  '걸어 다니는',
  '걸어 다니면서',
];

/** Hesitations that may open a turn, read past before its first clause (hesitation.ts). */
export const HESITATIONS = [
  '음',
  '어',
  '아',
  // (not 그 or 저: "그것 좀 꺼 줘" points)
  '저기',
  '에',
  '흠',
  '아 맞다',
  '아 맞아',
  '아 참 맞다',
];

/**
 * Sounds of hesitation a recognizer writes as words of their own in the middle of a turn ("음 티비 어 꺼
 * 줘"): read past between a device and its verb (mid-hesitation.ts). Not 아 ("아 참", "아니"), 그 or 저
 * (they point), 에 (a particle a recognizer split off).
 */
export const MID_HESITATIONS = ['어', '어어', '음', '음음', '으음', '엄', '흠', '어음'];

/** Everyday verbs: "재즈 좀 깔아 줘" (put music on in the background). */
export const CONTEXT_VERBS: Partial<Record<VerbKey, string[]>> = {
  play: ['깔아', '깔아줘', '깔아 봐', '깔아 놔', '깔아 주세요'],
  // "세탁기 빨래 좀 빨아 줘": washing is starting the washer
  start: ['빨아', '빨아 줘', '빨아줘', '빨아 주세요'],
  // said to the device like a spell, as a child does ("불 꺼져라", "티비야 켜져라")
  open: ['열려라'],
  close: ['닫혀라'],
  // texting-style nominal endings said aloud ("거실 불 켬", "티비 끔")
  on: ['켬', '켜기', '켜져라', '켜져랏'],
  off: ['끔', '끄기', '꺼져라', '꺼져랏'],
};

/** A plan of one's own said politely ("청소는 다음 주에 해 드릴게요"): told, not asked; closes the clause. */
export const PLAN_ENDS = [
  '드릴게',
  '드릴게요',
  '드릴께요',
  '해 드릴게',
  '해 드릴게요',
  '해드릴게요',
  '해 드릴께요',
];

/** "냉장고에 넣어 둔 물": what was put somewhere, said of the food; no action asked. */
export const PUT_THERE = [
  '넣어 둔',
  '넣어둔',
  '넣어 놓은',
  '넣어놓은',
  '넣어 놨던',
  '넣어놨던',
  '넣어 뒀던',
  '넣어뒀던',
];

/** The sun on the screen said whole, so that 비쳐 is no 쳐 ("해가 비쳐서 화면이 안 보여"). */
export const SUN_WORDS = [
  '해가 비쳐',
  '해가 비춰',
  '해 비쳐',
  '햇빛이 비쳐서',
  '해가 비쳐서',
  '빛이 비쳐',
  '빛이 비춰',
];

/**
 * "알람 껐어… 이제 불 켜도 돼": something done, said in the past tense before a request, is its
 * context; these close the clause like a connective of reason (asked, "껐어?", it stays a question).
 */
export const DONE_ENDS = [
  '껐어',
  '껐다',
  '껐어요',
  '켰어',
  '켰다',
  '켰어요',
  '맞췄어',
  '맞췄다',
  '끝냈어',
  '끝냈다',
];

/** The other way, said after a verb ("볼륨 올려, 아 반대로"): flip.ts takes the opposite action. */
export const FLIP_WORDS = ['반대로', '반대', '반대 반대', '반대루', '거꾸로', '그 반대', '그 반대로'];

/** A noise from outside the home ("옆집 소리 때문에 잠을 못 자겠어"): no device of the home's to turn down. */
export const OUTSIDE_NOISE = [
  '옆집',
  '윗집',
  '위층',
  '아랫집',
  '아래층',
  '층간소음',
  '층간 소음',
  '공사 소리',
  '공사장',
  '공사하는',
  '차 소리',
  '오토바이',
];

/** Those outside the home who pass on a complaint about its noise ("크다고 옆집에서 연락 왔어"): quoted-complaint.ts. */
/**
 * A complaint passed on that is settled since or to be ignored ("…했었는데 지금은 괜찮대", "…뭐라 했는데 무시해"):
 * quoted-complaint.ts leaves it.
 */
export const SETTLED_WORDS = [
  '괜찮',
  '해결',
  '했었는데',
  '였었는데',
  '조용해졌',
  '무시',
  '신경 쓰지 마',
  '신경 꺼',
];

export const COMPLAINERS = [
  '옆집',
  '윗집',
  '위층',
  '아랫집',
  '아래층',
  '경비실',
  '관리실',
  '관리사무소',
  '이웃',
];

/** A device that flickers or crackles is acting up ("거실 불이 깜빡거려"): ask what to do. */
export const ACTING_UP = [
  '깜빡거려',
  '깜빡여',
  '깜박거려',
  '깜박여',
  '깜빡깜빡',
  '지직거려',
  '지지직',
  '끊겨',
  '끊기네',
  '버벅거려',
  '버벅여',
];

/** More of what a speech recognizer writes for common verbs ("내여 줘" for 내려 줘), by verb. */
export const N4_SOUNDALIKES: Partial<Record<VerbKey, string[]>> = {
  down: ['내여', '내여 줘', '내여줘', '주여 줘', '주여줘', '주여 주세요'],
  up: ['발게', '발게 해', '발께'],
  start: ['돌여', '돌여 줘', '돌여줘'],
  lock: ['자가 줘', '자가줘', '자가 주세요'],
};

/** What a speech recognizer writes for 채널. */
export const CHANNEL_SOUNDALIKES = ['채날', '체날', '채눌'];

/** A request put as a suggestion ("보일러 좀 올려 주면 어때?"): a request, whatever the question mark. */
export const SUGGEST_ENDINGS = [
  '주면 어때',
  '주면 어때요',
  '주면 어떨까',
  '주면 어떨까요',
  '주는 게 어때',
  '주는 건 어때',
  '주면 어떻겠어',
  '주시면 어때요',
  '주시면 어떨까요',
  // after a verb that took the 주 ("켜주" + "면 어떨까"); tokenize.ts takes 면 only after a verb
  '면 어때',
  '면 어때요',
  '면 어떨까',
  '면 어떨까요',
  '면 어떻겠어',
];

/** Replies of whats-on.ts: what is on, of the whole home or the room said. */
export const WHATS_ON = {
  some: '{where}켜져 있는 건 {names이에요/예요}.',
  none: '{where}켜져 있는 기기가 없어요.',
  /** {where} of a room named. */
  where: '{area}에 ',
};

/** More words for a white light's tone, as kelvin ("거실 불 아늑하게", "오렌지빛으로"). */
export const N4_COLOR_TEMPS: Array<[string[], number]> = [
  [['아늑하게', '포근하게', '오렌지빛', '오렌지 빛', '노을빛', '노을 빛', '호박색', '앰버'], 2700],
  [['쨍하게', '새하얗게', '새하얀', '백색', '순백색'], 6500],
];

/** Complaints conjugated before a connective ("더우니까", "추우면", "어두우니까"). */
export const N4_COMPLAINTS: Array<[string[], Sense]> = [
  [['더우'], 'hot'],
  [['추우'], 'cold'],
  [['어두우'], 'dark'],
];

/** Reasons of sleep: a clipped light request after one switches the light off ("애들 자니까 불 좀"). */
export const SLEEP_REASONS = [
  '자니까',
  '자는데',
  '자고 있',
  '잔다',
  '재우',
  '재워',
  '주무시',
  '주무셔',
  '잘 거',
  '잘거',
  // 주무시 + ㄴ (주무신다): the syllable changes
  '주무신',
];

/** Reasons that ask for quiet ("아기 자니까 티비 소리 좀"): a clipped volume request after one turns it down. */
export const QUIET_REASONS = [...SLEEP_REASONS, '통화', '전화', '공부', '시험', '회의', '수업'];

/** Older words for a light ("전깃불 좀 켜라", "다마 좀 꺼"): the light kind. */
export const OLD_LIGHT_WORDS = ['전깃불', '전기불', '다마', '알전구', '백열등', '등불'];

/**
 * "택배 가지러 나가게": a person going out or coming in, said after a purpose (…러, …려고), is
 * no light going out or coming on (purpose-move.ts).
 */
export const PERSON_MOVES = ['나가게', '들어오게', '들어오도록'];
/** The last syllable of a purpose before PERSON_MOVES ("가지러", "받으러", "보려"). */
export const PURPOSE_TAILS = ['러', '려'];

/** The setting, said as a noun before an asking word ("에어컨 설정 몇이야"): setting-asked.ts. */
export const SETTING_NOUN = '설정';
