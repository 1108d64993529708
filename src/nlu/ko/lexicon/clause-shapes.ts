/**
 * Endings and short words that clause rules look for around a verb, moved out of their code (fx47): each file
 * named builds its set or pattern from these once, at load.
 */

/** A verb said in the form that orders on its own (돌려, 켜, 꺼, 틀어, 열어, 닫아, 잠가, 줘): its last syllable (order-then-plan.ts). */
export const BARE_ORDER_ENDS = ['려', '켜', '꺼', '어', '아', '가', '줘', '라', '춰'];

/** How the verbs that help an order's own begin (켜 놓을, 켜 둘, 켜 볼, 꺼 줄): the plan is the order itself (order-then-plan.ts). */
export const ORDER_HELPERS = [
  '놓',
  '놔',
  '놨',
  '둘',
  '둬',
  '두',
  '뒀',
  '볼',
  '봐',
  '보',
  '줄',
  '드릴',
  '버릴',
  '있',
];

/**
 * The order's verb taken into the talk: what makes it a noun or a condition within three syllables after it
 * (자는 거, 두면, 하기; order-then-talk.ts).
 */
export const ABOUT_ORDER_TAILS = [
  '는거',
  '는게',
  '는건',
  '는것',
  '은거',
  '던거',
  '면',
  '기가',
  '기는',
  '기도',
  '기엔',
];

/**
 * The order's verb going on past a space (꺼 졌다, 꺼 버렸대, 켜 달래, 켜 줬대, 켜 놨대, 켜 봤자, 켜 있대, 꺼 야 돼):
 * how the next word begins (order-then-talk.ts).
 */
export const ORDER_GOES_ON = [
  '져',
  '졌',
  '진',
  '지',
  '버',
  '줬',
  '준',
  '줄',
  '주',
  '드',
  '달',
  '놓',
  '놔',
  '놨',
  '논',
  '둘',
  '둬',
  '두',
  '뒀',
  '둔',
  '봐',
  '봤',
  '보',
  '본',
  '볼',
  '있',
  '야',
  '서',
  '도',
  '고',
  '면',
  '니',
  '라',
  '래',
  '란',
];

/** "한 칸", "한 단계": one step, read as a modifier (count-over-blast.ts). */
export const ONE_STEP = { one: '한', units: ['칸', '단계'] };

/** The turn's end "…지 말고": a verb's 지, then 는 or 도, then 말고, a closing 요 allowed (not-after.ts). */
export const NOT_AFTER_END = { verb: '지', particles: ['는', '도'], not: '말고', polite: '요' };

/** An opinion asked of what is named ("워시타워 괜찮아?", opinion.ts). */
export const OPINION_ASKED = ['괜찮아', '괜찮니', '괜찮나', '어때', '어때요', '좋아', '좋아요'];

/** The plain ending of a remark ("도어락 소리 진짜 크다": opinion.ts#soundRemark). */
export const PLAIN_REMARK_END = '다';

/** Questioning endings after a past-tense syllable ("다 돌았나", "다 됐니", "끝났는교": asked-ending.ts). */
export const PAST_ASKING_ENDS = [
  '나',
  '니',
  '냐',
  '노',
  '는교',
  '나요',
  '니껴',
  '는가',
  '는지',
  '습니까',
  '슴까',
];

/** Said with a keeping ending, "just as it is" (그냥 둬, 그대로 놔 둬: kept-as-is.ts). */
export const JUST_AS_IS = ['그냥', '그대로'];

/** Words of looking itself ("확인", "해줘"), no action of the home (joined.ts). */
export const LOOK_VERBS = ['확인', '해줘', '봐줘', '봐줄래'];

/** Endings that ask the listener to look ("잠겼는지 봐 줘", "껐는지 확인해 줘": joined.ts). */
export const LOOK_ASKED = ['봐줘', '봐줄래', '봐주세요', '확인해줘', '확인해줄래', '확인해주세요', '알려줘'];

/** The option an answer names by its place ("첫 번째", "두 번째 거", "셋째": choice.ts). */
export const ORDINAL_WORDS: Array<[number, string[]]> = [
  [1, ['첫']],
  [2, ['둘째', '두번째', '두 번째']],
  [3, ['셋째', '세번째', '세 번째']],
];

/** Sentence-final endings that close a complaint said to its end ("춥겠네", "덥네": clause-ends.ts). */
export const COMPLAINT_FINAL_ENDS = ['겠다', '겠네', '겠어', '다', '네'];

/** Particles of a subject or an object said before the verb (clause-ends.ts). */
export const SUBJECT_PARTICLES = ['이', '가', '을', '를'];

/** What follows 야 when something must be done ("해야 돼", "켜야 해": clause-ends.ts). */
export const MUST_AFTER = ['돼', '되', '해', '하', '됨'];

/** How words that ask how much or which begin ("몇 도야", "무슨 채널이야", "뭐로 돼 있어": around.ts). */
export const HOW_MUCH_ASKED = ['몇', '무슨', '뭐', '얼마', '어느'];

/** Syllables that end a sentence of talk ("본다", "있어", "시험이야", "바빠요", "다녀올게": around.ts). */
export const TALK_FINAL = ['다', '요', '어', '야', '네', '지', '게', '대', '래'];

/** Connectives of the speaker's own plan ("돌려 놓을 테니까", "할 거니까": around.ts). */
export const OWN_PLAN_CONNECTIVES = ['테니까', '테니', '거니까'];

/** What a state is said to be, after the adnominal ("깜깜한 거야", "시끄러운 거예요": felt-is.ts). */
export const IS_ENDS = ['거야', '거예요', '거에요', '거임', '거다', '거냐', '거니'];

/** Plain correction markers before a promise of the speaker's own (own-instead.ts): "…켜 줘 아 아니다, 그냥 창문 열게". */
export const PROMISE_MARKS = ['아니', '아냐', '말고', '그게아니라'];

/** Promises of the speaker's own going, sleeping or washing: no act instead of a request (own-instead.ts). */
export const GOING_PROMISES = ['잘게', '올게', '갈게', '씻을게', '나갈게', '다녀올게', '쉴게', '누울게'];

/** Particles of the place a thing is put in ("멀티탭에 충전기 넣어"): that device is no thing switched on (frame.ts). */
export const PUT_IN_PLACE = ['에', '에다', '에다가'];
