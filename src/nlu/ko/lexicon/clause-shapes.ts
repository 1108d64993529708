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
