/**
 * Wishes said as wishes, which ask for the action wished (issue #13, fixer fx39; wish-said.ts reads them):
 * "티비 좀 껐으면 좋겠다", "커튼 닫혔으면 좋겠어", "현관 불 켜져 있으면 좋을 텐데", "커튼 좀 닫아야겠네",
 * "불 좀 끄고 싶은데". Matched at the end of the turn.
 */

/** How a wish ends after 으면 (or the clipped 음): "…껐으면 좋겠다", "…켜 놨음 좋겄어", "…쳤으면 하는데". */
export const WISH_AFTER_IF = [
  '좋겠',
  '좋겄',
  '좋것',
  '좋을 텐데',
  '좋을텐데',
  '하는데',
  '하는디',
  '해',
  '해요',
  '싶',
  '고맙겠',
  '감사하겠',
];

/** "…면 좋을 텐데": the same wish as "…면 좋겠다" (read by the wishes of a state in wished.ts). */
export const WOULD_BE_NICE = ['좋을 텐데', '좋을텐데', '좋을 텐데요', '좋을텐데요', '좋을 건데', '좋을 낀데'];
/** Words that may close such a wish ("…좋을 텐데 말이야"). */
export const WISH_CLOSERS = ['말이야', '말이지', '말여', '말이다'];

/** "…하고 싶은데": a wish to do, ended like a reason; read as "…하고 싶어". */
export const WANT_TAILS = [
  '싶은데',
  '싶은데요',
  '싶네',
  '싶네요',
  '싶다',
  '싶어요',
  '싶습니다',
  '싶구먼',
  '싶은디',
];

/** "…닫아야겠네": what must be done now, after the verb's 아/어 form. */
export const MUST_TAILS = [
  '야겠다',
  '야겠네',
  '야겠어',
  '야겠어요',
  '야겠습니다',
  '야겠구나',
  '야겠구먼',
  '야것다',
  '야겄다',
  '야것네',
  '야겄네',
  '야겠다요',
];

/**
 * Conduct of people, said with a tail of resolve or suggestion ("조용히 해야겠다", "조용히 하자"): what the
 * speaker and those around them must do, not the home (fixer fx50, own-conduct.ts).
 */
export const OWN_CONDUCT = ['조용히'];
export const OWN_CONDUCT_TAILS = [
  ...MUST_TAILS,
  '야지',
  '야죠',
  '야 돼',
  '야 해',
  '야 된다',
  '야 한다',
  '하자',
  '합시다',
];

/** A device's state wished, said with the passive verb, and the action that brings it ("켜졌으면" → 켜). */
export const PASSIVE_TO_ACTIVE: Record<string, string> = {
  켜져: '켜',
  꺼져: '꺼',
  열려: '열어',
  닫혀: '닫아',
  잠겨: '잠가',
  쳐져: '쳐',
  걷혀: '걷어',
  올라가: '올려',
  내려가: '내려',
};

/** States that are no action of a device ("조용했으면", "시원했으면": wished.ts reads them as complaints). */
export const WISHED_NOT_ACTIONS = [
  // "티비 좀 바꿨으면 좋겠다": a new one wished, not a setting
  '바꿔',
  '따뜻해',
  '따듯해',
  '시원해',
  '조용해',
  '선선해',
  '서늘해',
  '환해',
];

/** A unit a value wished ends in ("25도였으면"): set to it. */
export const VALUE_UNITS = ['도', '번', '칸', '단계', '프로', '%'];

/** A wish left unfinished at the end of the turn ("음악 소리 좀 작았으면"): its tail, understood. */
export const WISH_UNSAID_TAIL = ' 좋겠어';

/** Said after the wish that ends the turn: a filler ("에어컨 켜야겠다 음"). */
export const WISH_AFTER_FILLERS = ['음', '어', '흠'];

/**
 * The joints of the wishes above as wish-said.ts matches and rewrites them: the if (으면, or the clipped 음; 면
 * before WOULD_BE_NICE) and what "…면 좋을 텐데" is read as; 있 of a state wished; 고 before WANT_TAILS and what it
 * is read as; the request's 줘 and the past forms that take it as they are (줘, 놔, 둬: "켜줬음", "켜 놨으면"); 여
 * of a value wished ("25도였으면") and what it is set with (로 해); 해, the weak verb, an action only as a word of
 * its own; and the syllables that must be in the turn before the wants, musts and nice-ifs are looked for.
 */
export const WISH_JOINTS = {
  ifs: ['으면', '음'],
  niceIf: '면',
  niceAs: '면 좋겠다',
  stateIf: '있',
  wantIf: '고',
  wantAs: '고 싶어',
  ask: '줘',
  askedAsIs: ['줘', '놔', '둬'],
  valueWas: '여',
  valueSet: '로 해',
  weak: '해',
  wantGuard: '싶',
  mustGuard: '야',
  niceGuard: '좋을',
};
