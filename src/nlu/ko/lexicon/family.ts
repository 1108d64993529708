/**
 * Words of every speaker of a family (issue #13, natural-9 R, fixer fx10; data only): a robot
 * vacuum sent home in a grandparent's or a child's words, a request asked as whether it can be done
 * in every region's ending, kinds of music, a light's tone said by its look, what a TV is showing
 * asked in dialect, and talk about what a thing cost. lex.ts adds them to the static lexicon.
 */
import type { VerbKey } from './words.js';

/** Sending the robot vacuum back to its dock ("청소기 집에 들여보내", "제트봇 충전기에 데려다 놔"). */
export const FAMILY_VERBS: Partial<Record<VerbKey, string[]>> = {
  dock: [
    '들여보내',
    '들여 보내',
    '들여보내라',
    '들여보내 줘',
    '집에 좀 보내',
    '집에다 보내',
    '충전기에',
    '충전하러 들어가',
  ],
  // loanwords a teenager or a guest says ("티비 셧다운", "에어컨 턴온")
  off: ['셧다운', '셧 다운', '턴오프', '턴 오프', '스위치 오프', '파워 다운'],
  on: ['턴온', '턴 온', '스위치 온'],
  // an elder's Gyeongsang 키워 ("볼륨 쪼매 키아라")
  up: ['키아라', '키아', '키아 도', '키아 주라', '키워 도', '키우라'],
  // a floor likened to a beach or a dump ("바닥이 모래밭이네", "바닥이 쓰레기장이다"): the robot's job
  clean: [
    '모래밭',
    '모래사장',
    '쓰레기장',
    '돼지우리',
    '먼지 구덩이',
    '먼지구덩이',
    '발바닥이 까매',
    '발바닥 새까매',
    '서걱서걱',
    '버석버석',
  ],
  // "얼매고?", "을매나": Gyeongsang 얼마
  query: [
    '우째 되노',
    '우째 됐노',
    '우째',
    '워뗘',
    '어뗘',
    '으째',
    '뭐시',
    '뭣이',
    '얼매',
    '얼매나',
    '얼마고',
    '을매',
    '을매나',
    '얼만교',
  ],
};

/** "쪼매만", "쬐끔": a little, in a region's or a child's words. */
export const LITTLE_WORDS = [
  '쪼매',
  '쪼매만',
  '쪼끔',
  '쪼끔만',
  '쬐끔',
  '쬐끔만',
  '째끔',
  '쪼깨',
  '쪼깨만',
  '요만큼',
  // 좀 said hard ("티비 소리 쫌")
  '쫌',
];

/** "와 이리 춥노": Gyeongsang 왜 이렇게, a complaint's intensifier. */
export const WHY_SO = ['와 이리', '와이리', '와 이래', '와 이렇게', '와 그리', '와 저리'];

/** Complaints of cold and heat on a one-syllable stem, in every region's ending ("춥노", "덥데이", "춥당께"). */
const FEEL_TAILS = ['노', '나', '데이', '다카이', '구먼', '구마', '구만', '당께', '제', '재', '고만', '네유'];
export const COLD_SAID = FEEL_TAILS.map((tail) => `춥${tail}`);
export const HOT_SAID = FEEL_TAILS.map((tail) => `덥${tail}`);

/**
 * What a person says of going home or in ("집에 들어가", "밥 먹으러 가", "드가라"): told to the robot
 * vacuum it is sent to its dock (family.ts), said of anyone else it asks nothing of the home.
 */
const GO_HOME_STEMS = ['집에 들어가', '집으로 들어가', '들어가 쉬어', '밥 먹으러 가'];
const GO_HOME_TAILS = ['', '라', '거라', '라고', '자', '야지', '라잉', '그라', '이소', '유', '셔'];
/** Said as one spoken word, each with its endings (a multi-word filler must end where a word does). */
export const GO_HOME_WORDS = [
  ...GO_HOME_STEMS.flatMap((stem) => GO_HOME_TAILS.map((tail) => `${stem}${tail}`)),
  '집에 드가',
  '집에 드가라',
  '들어가라',
  '드가라',
  // "청소기 그만하고 들어가": told to the robot vacuum alone (family.ts#markVacuumHome)
  '들어가',
  '들어가요',
  '귀가',
];

/**
 * "…해 줄 수 있겠나?", "…해 줄 수 있것어?", "…줄 수 있슈?": a request asked as whether it can be
 * done, with the endings of every register and region (Gyeongsang 나/노/능교, Jeolla 것/겄/당가,
 * Chungcheong 슈/유/남). Only ever read right after a verb or another ending (tokenize.ts).
 */
const ABLE_TAILS = [
  '겠나',
  '겠니',
  '겠냐',
  '겠어',
  '겠어요',
  '겠습니까',
  '겠노',
  '겠능교',
  '겠는교',
  '겠는가',
  '겠지',
  '겠제',
  '것나',
  '것냐',
  '것어',
  '것어요',
  '것소',
  '것제',
  '겄어',
  '겄어요',
  '겄냐',
  '겄나',
  '겄제',
  '겄슈',
  '겄지유',
  '능교',
  '는교',
  '는가',
  '남',
  '나요',
  '냐',
  '노',
  '슈',
  '유',
  '어유',
  '쥬',
  '당가',
  '간디',
  '소',
  '지',
  '제',
  '재',
  '으까',
  '을랑가',
  '을라나',
  '으려나',
  '을까유',
];
export const ABLE_ENDINGS = ['수 있', '수 없'].flatMap((head) => ABLE_TAILS.map((tail) => `${head}${tail}`));

/** Kinds of music ("동요 틀어 줄래?", "트로트 좀 켜 봐"): something to listen to, as 노래 is. */
export const MUSIC_WORDS = [
  '동요',
  '트로트',
  '뽕짝',
  '발라드',
  '클래식',
  '클래식 음악',
  '재즈',
  '자장가',
  '케이팝',
  '팝송',
  '힙합',
  '국악',
  '민요',
  '찬송가',
  '찬양',
  '캐롤',
  '캐럴',
  '가요',
  '옛날 노래',
  '신나는 노래',
  '잔잔한 노래',
  '플레이리스트',
  '플리',
];

/** The white between warm and cold ("뉴트럴 화이트"): 4000 K. */
export const NEUTRAL_WHITE = [
  '뉴트럴 화이트',
  '뉴트럴화이트',
  '내추럴 화이트',
  '내추럴화이트',
  '네추럴 화이트',
  '중성 백색',
  '중간 흰색',
];

/** A white light's tone said by how it looks ("누런 색으로", "허연 빛으로"), as kelvin. */
export const LOOK_TONES: Array<[string[], number]> = [
  [
    [
      '누런색',
      '누런 색',
      '누런 빛깔',
      '누런 불',
      '누런 조명',
      '누르스름한',
      '누르스름하게',
      '노르스름한',
      '누리끼리한',
      '누리끼리하게',
      '노리끼리한',
      '노리끼리하게',
      '노란 빛깔',
      '노란 조명',
      '주황빛 도는',
      '따땃한 색',
      '따땃한 빛',
      '따땃하이',
      '따뜻하이',
      '아늑하이',
      '포근하이',
      '백열등 색',
      '백열등색',
      '백열전구',
    ],
    2700,
  ],
  [
    [
      '허연 색',
      '허연색',
      '허연 빛',
      '허옇게',
      '새하얀 빛',
      '하얀 조명',
      '흰 조명',
      '파르스름한',
      '파르스름하게',
      '푸르스름한',
      '푸르스름하게',
      '퍼렇게',
      '퍼런 빛',
      '병원 조명',
    ],
    6500,
  ],
];

/**
 * "테레비 지금 뭐 하노?", "티비 뭐 하냐?", "뭐 나오노?": what a TV or a player is showing, asked in
 * every region's ending (as 뭐 나와 / 뭐 하고 있어 are).
 */
export const WHAT_PLAYING = [
  '뭐시 나오',
  '뭐시 나와',
  '뭣이 나오',
  '뭣이 나와',
  '뭐 나온디',
  '뭐 나온디야',
  '뭐 나오는겨',
  '뭐 하는겨',
  '뭐 한댜',
  '뭐 하는디야',
  '뭐시 하노',
  '뭐 틀었는겨',
  '뭐 하노',
  '뭐 하나요',
  '뭐 하냐',
  '뭐 하니',
  '뭐 해요',
  '뭐 하는교',
  '뭐 하능교',
  '뭐 하남',
  '뭐 한다냐',
  '뭐 헌다냐',
  '뭐 허냐',
  '뭐 해유',
  '뭐 하는디',
  '뭐 하는데',
  '뭐 하고 있노',
  '뭐 나오노',
  '뭐 나오나',
  '뭐 나오는교',
  '뭐 나온다냐',
  '뭐 나오냐',
  '뭐 나와유',
  '뭐 틀었노',
  '뭐 틀어 놨',
  '뭐 틀어놨',
  '뭐 보노',
  '뭐 보는 중',
];

/** The bare form of WHAT_DOING ("티비 뭐 해?"): said of a device, what goes on after it may make it what to do. */
export const WHAT_DOING_BARE = '뭐 해';

/**
 * "티비 뭐 해?", "거실 티비 뭐 하는지 알려 줘": what a named device is doing, asked plainly or as what to be
 * told — what it plays (doing-asked.ts: only of a device named; "너 뭐 해?" is small talk).
 */
export const WHAT_DOING = [
  WHAT_DOING_BARE,
  '뭐 하는지',
  '뭐 하는 지',
  '뭐 보는지',
  '뭐 틀었는지',
  '뭐 틀어 놨는지',
];

/** After the bare 뭐 해, what makes it what to do, not what a device plays ("뭐 해야 돼", "뭐 해 줄 수 있어", "뭐 해 먹지"). */
export const DOING_GOES_ON = [
  '야',
  '줘',
  '주',
  '줄',
  '드',
  '먹',
  '볼',
  '봐',
  '보',
  '놓',
  '놔',
  '두',
  '도',
  '서',
  '면',
  '볼까',
  '라',
];

/** What a thing cost and when it was bought ("얼마 주고 샀노?", "이거 언제 샀더라"): talk, not a request. */
export const PRICE_TALK = [
  '얼마 주고',
  '얼마 줬',
  '얼마짜리',
  '얼마에 샀',
  '얼마에 산',
  '샀노',
  '샀나',
  '샀니',
  '샀냐',
  '샀어',
  '샀지',
  '샀제',
  '샀다',
  '샀는',
  '샀더라',
  '샀던',
  '샀슈',
  '샀능교',
  '샀당가',
  '샀을까',
  '산 거',
  '산거',
  '만 원',
  '만원',
  '월부',
  '할부',
];

/** Words of a thing's size ("화면이 너무 작아", "덩치가 커"): small or big said of them is its size, not its sound. */
export const SIZE_WORDS = ['화면', '크기', '사이즈', '인치', '덩치', '부피', '자리 차지', '몸집'];
