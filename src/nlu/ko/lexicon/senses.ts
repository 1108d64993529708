/**
 * More of what people say when something is wrong (fourth round of #13, data only): how the body
 * feels, food gone off, a light too strong, steps said as a direction, full power, and talk that
 * asks for advice or compares brands. lex.ts adds them to the static lexicon.
 */
import type { Sense } from './speech.js';
import type { ModKey, VerbKey } from './words.js';

/**
 * The body says what is wrong: cold hands and feet are the room's cold ("발이 시리네"), eyes that
 * sting or hurt are a light too bright ("눈이 시려", "눈이 부셔서 아파").
 */
export const BODY_COMPLAINTS: Array<[string[], Sense]> = [
  [
    [
      '시리네',
      '시리다',
      '시린데',
      '시린 거',
      '시려워',
      '시렵',
      '시리고',
      '발이 차',
      '발이 차가',
      '발 차가',
      '손이 차',
      '손이 차가',
      '손 차가',
      '손발이 차',
      '손발이 얼',
      '발이 얼',
      '손이 얼',
      '오들오들',
      '덜덜 떨',
      '덜덜떨',
      '몸이 떨',
      '이가 딱딱',
      '코가 시',
      '코끝이 시',
      '오한이',
      '오한 들',
      '입김이 나',
      '입김 나',
      '한기',
      '으스스',
      '손이 곱',
      '얼음장',
      '냉골',
      '바닥이 차',
      '외풍',
      '웃풍',
      '바닥이 미지근',
      '방바닥이 미지근',
      '바닥이 안 따뜻',
      '바닥이 식었',
      '바닥이 차가',
    ],
    'cold',
  ],
  [['너무 차', '바람이 차', '바람 차'], 'toocold'],
  /** A room likened to something ("방이 냉장고 같아", "거실이 동굴 같아", "집이 찜질방이야"). */
  [['냉장고 같', '냉동고 같', '냉동실 같', '얼음장 같', '시베리아', '북극 같', '냉동 창고'], 'cold'],
  [
    [
      '찜질방 같',
      '찜질방이야',
      '사우나 같',
      '사우나야',
      '한증막 같',
      '한증막이야',
      '용광로 같',
      '불가마 같',
      '열대야',
    ],
    'hot',
  ],
  [['동굴 같', '암흑', '굴 속 같', '밤인 줄'], 'dark'],
  [['잘 안 보여', '잘 안 보이', '앞이 안 보', '하나도 안 보', '아무것도 안 보'], 'dark'],
  [['이불 차고', '이불을 차고', '이불 걷어차', '이불을 걷어차', '이불 다 차'], 'hot'],
  [['쩌렁쩌렁'], 'loud'],
  [['축축', '습기', '물기가 안 말'], 'humid'],
  [['따가워', '따갑', '코가 막혀', '코 막혀', '입술이 터', '피부가 땅겨', '피부가 당겨'], 'dry'],
  [['안 따뜻', '안 따듯', '따뜻하지 않', '따뜻하지가 않', '안 뜨뜻', '안 데워'], 'cold'],
  [['냄새 빼', '냄새 좀 빼', '연기 빼', '연기 좀 빼', '냄새 좀 없애', '냄새 없애'], 'smell'],
  [
    ['이산화탄소 높', '이산화탄소가 높', '이산화탄소 수치 높', '이산화탄소 수치가 높', '이산화탄소가 많'],
    'stuffy',
  ],
  [['안 말라', '안 마르', '잘 안 말', '안 말라요', '덜 말랐', '안 말랐'], 'humid'],
  [['약한 것 같', '약한 거 같', '약한 듯', '약한데', '약해서', '약하다', '약해'], 'weak'],
  [['세게 돌아가는 것 같', '너무 세게 돌아', '너무 세게 나와', '너무 세게 틀'], 'strong'],
  [
    ['안 움직', '꼼짝 안', '꼼짝도 안', '말을 안 들어', '반응이 없', '반응 없', '작동을 안 해', '작동 안 해'],
    'weird',
  ],
  [['공기 좀 바꾸', '공기 바꾸', '공기 좀 갈', '바람 좀 통하게', '환기시키고 싶', '환기하고 싶'], 'stuffy'],
  /** A sound that keeps from something ("TV 소리 때문에 통화를 못 하겠어"), or that grates. */
  [
    ['소리 때문', '소음 때문', '소리가 거슬', '소리 거슬', '귀에 거슬', '귀가 따가', '귀 따가', '귀청'],
    'loud',
  ],
  [
    ['미세먼지 때문', '먼지 때문', '황사', '꽃가루', '미세먼지 최악', '미세먼지가 최악', '초미세먼지'],
    'dust',
  ],
  /** Seen from outside: the room's curtains, as for the sun. */
  [
    [
      '밖에서 다 보',
      '밖에서 안이 다 보',
      '밖에서 보이',
      '밖에서 들여다',
      '안이 다 보이',
      '훤히 보이',
      '다 보이겠',
      '옆집에서 다 보',
      '들여다보이',
    ],
    'sun',
  ],
  [
    [
      '후끈',
      '땀이 줄줄',
      '땀이 흘',
      '땀 흘',
      '땀범벅',
      '땀이 뻘뻘',
      '땀 뻘뻘',
      '땀띠',
      '한증막',
      '사우나 같',
      '찜질방 같',
      '쪄 죽',
      '절절 끓',
      '펄펄 끓',
      '등이 뜨거',
      '바닥이 뜨거',
    ],
    'hot',
  ],
  [
    [
      '눈이 시려',
      '눈 시려',
      '눈이 시리',
      '눈 시리',
      '눈이 시린',
      '눈이 아파',
      '눈 아파',
      '눈이 따가',
      '눈 따가',
      '눈이 피곤',
      '눈부심',
      '눈이 침침해지',
    ],
    'bright',
  ],
  [['불빛이 너무 세', '불빛이 세', '빛이 너무 세', '빛이 세', '불빛이 강해', '불빛이 너무 강'], 'bright'],
];

/**
 * Food gone off: kept too warm, so the refrigerator it is in one step colder ("김치가 벌써 시어
 * 버렸어", "우유가 상했네"). Only a complaint when food or a refrigerator is named; "기분 상했어" is not.
 */
export const FOOD_SPOIL_WORDS = [
  '시어 버렸',
  '시어버렸',
  '시었',
  '시어졌',
  '셔졌',
  '셔 버렸',
  '셔버렸',
  '시큼',
  '쉬었',
  '쉬어 버렸',
  '쉬어버렸',
  '쉰내',
  '상했',
  '상해 버렸',
  '상해버렸',
  '상한 것 같',
  '상한거 같',
  '상한 거 같',
  '너무 익었',
  '벌써 익었',
  '빨리 익',
  '금방 익',
  '빨리 상',
  '금방 상',
  '맛이 변했',
  '물렁',
  '흐물',
  '물컹',
];

/**
 * A step said as a direction ("한 채널 아래로 가 줘", "볼륨 밑으로 한 칸"): down or up the lineup
 * or the range. "위로" alone is comfort ("위로가 필요해"), so only with a move ("위로 가 줘").
 */
export const DIRECTION_VERBS: Partial<Record<VerbKey, string[]>> = {
  down: ['아래로', '밑으로', '아랫 채널', '아랫채널', '아래 채널', '덜 따뜻하게', '덜 뜨겁게', '덜 덥게'],
  up: [
    '위로 가 줘',
    '위로 가 봐',
    '위로 가자',
    '위로 넘겨',
    '위로 한 칸',
    '위로 올',
    '위로 하나',
    '윗 채널',
    '윗채널',
    '위 채널',
    '위쪽으로',
    '덜 시원하게',
    '덜 차갑게',
    '덜 춥게',
  ],
};

/**
 * Something left undone, said as a worry ("현관문 안 잠근 것 같아", "에어컨 켜 놓고 나온 것 같아"):
 * a request to do it. A plain question ("안 잠갔어?") stays a question.
 */
export const LEFT_UNDONE: Partial<Record<VerbKey, string[]>> = {
  lock: [
    '문단속 해',
    '문단속 좀 해',
    '문단속 부탁',
    '안 잠근 것 같',
    '안 잠근 거 같',
    '안 잠근 듯',
    '안 잠갔나 봐',
    '안 잠갔나 보',
    '안 잠근 것 같',
    '안 잠군 것 같',
    '안 잠궜나 봐',
    '깜빡하고 안 잠',
  ],
  off: [
    '안 끈 것 같',
    '안 끈 거 같',
    '안 끈 듯',
    '안 껐나 봐',
    '안 껐나 보',
    '깜빡하고 안 껐',
    '깜빡하고 안 끄',
    '켜 놓고 나온 것 같',
    '켜놓고 나온 것 같',
    '켜 두고 나온 것 같',
    '켜두고 나온 것 같',
    '켜 놓고 나왔',
    '켜놓고 나왔',
    '켜 놓고 나왔나 봐',
    '켜놓고 나왔나 봐',
    '켜 놓고 나왔나 보',
    '틀어 놓고 나왔',
    '틀어놓고 나왔',
  ],
  close: [
    '안 닫은 것 같',
    '안 닫은 거 같',
    '안 닫은 듯',
    '안 닫았나 봐',
    '깜빡하고 안 닫',
    '열어 놓고 나왔',
    '열어놓고 나왔',
  ],
};

/** Everyday verbs of heating and stopping ("난방 좀 때 줘", "보일러 가동 중지"). */
export const MORE_VERBS: Partial<Record<VerbKey, string[]>> = {
  /** A dirty floor asks for the robot ("바닥에 먼지가 너무 많아", "머리카락이 굴러다녀"). */
  clean: [
    '바닥에 먼지',
    '바닥 먼지',
    '바닥이 지저분',
    '지저분',
    '바닥이 더러',
    '바닥이 너무 더러',
    '머리카락이 굴러',
    '머리카락이 너무',
    '부스러기',
    '털이 날려',
    '털이 너무 많',
    '먼지가 굴러',
    '먼지가 뭉쳐',
  ],
  on: ['때 줘', '때 줄래', '때 주세요', '떼 줘'],
  off: [
    '가동 중지',
    '가동 정지',
    '작동 중지',
    '작동 정지',
    '운전 중지',
    '운전 정지',
    '가동 멈춰',
    '작동 멈춰',
  ],
};

/** "풀파워로", "볼륨 만땅": as much as the device gives. */
export const MORE_MODS: Partial<Record<ModKey, string[]>> = {
  max: ['풀파워', '풀 파워', '풀가동', '풀 가동', '풀로', '맥스', '만땅'],
};

/**
 * Talk, not a request: advice asked ("환기는 하루에 몇 번 하는 게 좋아?", "얼마나 자주 갈아야
 * 돼?") and brands compared ("LG랑 삼성 중에 어디 게 더 튼튼해?").
 */
export const ADVICE_CHAT = [
  '하루에 몇 번',
  '하루 몇 번',
  '일주일에 몇 번',
  '몇 번 하는 게',
  '몇 번 해야',
  '는 게 좋아',
  '는게 좋아',
  '는 게 좋은',
  '는 게 좋을',
  '는 게 나아',
  '는 게 낫',
  '는게 낫',
  '얼마나 자주',
  '자주 해야',
  '자주 하는 게',
  '튼튼',
  '내구성',
  '오래 가',
  '오래가',
  '잔고장',
  '어디 게 더',
  '어디께 더',
  '어디 꺼',
  '어디꺼',
  '어느 회사',
  '어느 브랜드',
  '어디 제품',
  '더 좋아',
  '더 나아',
  '더 낫',
  '먹을 거',
  '먹을 게',
  '먹을 만한',
  // habits and nagging ("불 끄는 거 맨날 까먹어", "엄마는 맨날 불 끄라고 잔소리해")
  '맨날',
  '잔소리',
  // asking leave ("켜 놓고 나가도 돼?"), as "자도 돼" is
  '나가도 돼',
  '나가도 되',
  '나가도 괜찮',
  '외출해도',
  '놔도 돼',
  '놔도 되',
  '둬도 돼',
  '둬도 되',
  '놓아도 돼',
];

/**
 * A state asked through what was done ("불 다 껐는지 봐 줘", "잠근 거 맞지?") or through a cover's
 * position ("블라인드 내려져 있어?"): a state question, not the action.
 */
export const MORE_STATES: Array<[string[], string]> = [
  [
    [
      '껐는지',
      '끈 거 맞',
      '끈 것 맞',
      '껐는지 봐',
      '꺼 놨는지',
      '꺼놨는지',
      '꺼 놨나',
      '꺼놨나',
      '꺼 놨지',
      '꺼놨지',
      '꺼 놨던가',
      '꺼 뒀나',
      '꺼뒀나',
      '꺼 둔 거',
      '꺼 놓은 거',
      '꺼놓은 거',
      '끄고 나왔나',
      '끄고 나왔지',
    ],
    'off',
  ],
  [
    [
      '켰는지',
      '켠 거 맞',
      '켜 놨는지',
      '켜놨는지',
      '켜 놨나',
      '켜놨나',
      '켜 놨지',
      '켜놨지',
      '켜 놨던가',
      '켜놨던가',
      '켜 뒀나',
      '켜뒀나',
      '켜 둔 거',
      '켜 놓은 거',
      '켜놓은 거',
      '켜 놓고 나왔나',
      '켜놓고 나왔나',
      '켜 두고 나왔나',
      '틀어 놓고 나왔나',
    ],
    'on',
  ],
  [['잠갔는지', '잠근 거 맞', '잠근 것 맞', '잠가 놨는지'], 'locked'],
  [['닫았는지', '닫은 거 맞', '닫아 놨는지', '내려져 있', '내려져있', '내려져'], 'closed'],
  [['열었는지', '열어 놨는지', '올라가 있', '올려져 있', '올려져'], 'open'],
  [['보고 있었지', '보고 있었나', '보고 있던 거'], 'set'],
];

/** About so much ("15쯤으로", "3도 정도", "열 정도로"): said after a number, the number as it is. */
export const APPROX_WORDS = ['쯤', '정도', '가량', '즈음', '남짓'];

/** Locking up the home ("문단속 해 줘", "문단속 잘 돼 있어?"): the locks. */
export const LOCK_UP_WORDS = ['문단속'];

/**
 * What cannot be done ("미세먼지 때문에 창문도 못 열겠네", "하나도 안 시원해"): said, not asked; the
 * verb in it is no request, and 하나도 ("at all") is no number.
 */
export const CANNOT_WORDS = [
  '못 열겠',
  '못 열어',
  '못 켜겠',
  '못 끄겠',
  '못 닫겠',
  '못 틀겠',
  '못 하겠',
  '못하겠',
  '못 자겠',
  '못 읽겠',
  '하나도',
];

/** Words that ask nothing of the home but begin like one that does ("강아지" is no 강 fan speed). */
export const PLAIN_WORDS = [
  '강아지',
  '고양이',
  '반려견',
  '반려묘',
  '강원도',
  '강남',
  '약속',
  '약국',
  '중간고사',
  '기말고사',
  '중학교',
  '중학생',
  '중국',
  '불만',
  '불안',
  '불편',
  '불량',
  '불쌍',
  '문제',
  '문자',
  '문의',
  '문서',
  '문화',
  '따가운',
];

/** Adverbs that only qualify the request or question ("문 제대로 잠갔어?", "확실히 꺼 줘"). */
export const ADVERB_FILLERS = ['제대로', '확실히', '깔끔하게'];
