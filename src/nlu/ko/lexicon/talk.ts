import { OTHER_HOMES } from './others.js';
import { STATES_ASKED } from './states-said.js';

/**
 * Talk and the small words around a request (fourth round of #13, data only): advice asked and
 * brands compared, states asked through what was done, numbers said roughly, what cannot be done,
 * plain words that begin like home words. lex.ts adds them to the static lexicon.
 */

/**
 * Talk, not a request: advice asked ("환기는 하루에 몇 번 하는 게 좋아?", "얼마나 자주 갈아야
 * 돼?") and brands compared ("LG랑 삼성 중에 어디 게 더 튼튼해?").
 */
export const ADVICE_CHAT = [
  // "에어컨은 몇 도가 제일 좋아?": the best setting asked, not a setting
  '몇 도가 좋',
  '몇 도가 제일',
  '몇 도가 적당',
  '몇 도가 딱',
  '몇 도가 좋을',
  '몇 도가 나아',
  '몇 도로 하는 게',
  '몇 도로 해야',
  '몇 도에 맞춰야',
  // how other homes do it (fixer fx24): no request of this home's
  ...OTHER_HOMES,
  // the device itself asked about: its looks, size, weight, power, maker ("에어컨 몇 평형이야")
  '어떻게 생겼',
  '평형',
  '무게',
  '와트',
  '소비전력',
  '소비 전력',
  '사이즈',
  '크기가',
  '모델명',
  '제조사',
  '누가 만들',
  '어디서 만들',
  '만든 회사',
  // a song asked about ("이 노래 누구 노래야?")
  '누구 노래',
  '노래 제목',
  '제목이 뭐',
  '무슨 노래야',
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
  // two makes weighed against each other ("휘센이 나아 아니면 삼성이 나아?", "뭐가 나아?")
  '나아 아니면',
  '좋아 아니면',
  '낫나 아니면',
  '뭐가 나아',
  // the best of a kind asked ("로봇청소기 뭐가 제일 좋아?", "에어컨 어떤 게 젤 좋노"): buying advice (fixer fx46)
  '뭐가 제일 좋',
  '뭐가 젤 좋',
  '뭐가 좋노',
  '어떤 게 젤 좋',
  '어느 게 제일 좋',
  '어느 게 젤 좋',
  '뭐가 제일 낫',
  '뭐가 제일 괜찮',
  '뭐가 낫',
  '어느 게 나아',
  '어느 게 낫',
  '어떤 게 나아',
  '어떤 게 낫',
  '어떤 게 좋',
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
  // 될까/될지: 되 with its ending in one syllable
  '나가도 될',
  '자도 될',
  '놔도 될',
  '둬도 될',
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
  // helper lxs (states-said.ts)
  ...STATES_ASKED,
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
export const LOCK_UP_WORDS = ['문단속', '문 단속'];

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
  // letting a matter drop, or swallowing, holds no 넘기 (next): "그냥 넘기자", "밥 넘기기 힘들어" (review rv13)
  '넘기자',
  '넘기기',
  // understanding holds no 듣 (listen, play): "말 좀 알아듣자", "못 알아들었어"
  '알아듣',
  '알아 듣',
  '알아들',
  '알아 들',
  // walking about holds no 걸어 (lock): "폰 불빛으로 걸어다니는 중" (said in two words: context.ts ASIDE_FILLERS)
  '걸어다니',
  '걸어왔',
  '걸어갔',
  // a public hearing, no 공청 (the purifier said short)
  '공청회',
  // "이불을 걷어차셨어" (kicked off) holds no 걷어 (open)
  '걷어차',
  '걷어찼',
  // a fever ("애가 열이 나서", "열나는데"): no door or window opened
  '열이',
  '열나',
  '열난',
  '열날',
  '미열',
  '고열',
  // "애기 방금 잠들었어": 방금 (just now) is no 애기방 (the kids' room)
  '방금',
  '방학',
  // "공기청정기 좀 챙겨 줘" (look after it): 챙겨 holds no 겨 (켜 as a recognizer writes it)
  '챙겨',
  '챙기',
  '챙긴',
  // a plan called off, told as news ("약속 취소됐대", "취소됐어"): no 취소 (cancel) said to a device (fixer fx50)
  '취소됐',
  '취소됬',
  '취소되었',
  '취소된대',
  '취소래',
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
  // the people of the home, called or spoken of ("엄마 저 시험공부": no 마저 across the words)
  '엄마',
  '아빠',
  '여보',
  '할머니',
  '할아버지',
  '누나',
  '언니',
  '오빠',
  '동생',
  '아들',
];

/** Adverbs that only qualify the request or question ("문 제대로 잠갔어?", "확실히 꺼 줘"). */
export const ADVERB_FILLERS = [
  '제대로',
  '확실히',
  '깔끔하게',
  // "온도는 지금 설정에서 2도 내려": from the setting now, a step from it (설정 is no verb here)
  '설정에서',
  '설정보다',
  '설정 온도에서',
  '설정 온도보다',
  '설정된 거에서',
  '설정된 것보다',
];

/**
 * The season or the day in general ("요즘 너무 덥지 않아?", "오늘 너무 춥더라", "올여름 진짜 덥다"): a
 * complaint said with these and no room or device is weather talk, not the home's.
 */
export const SEASON_TALK = [
  '요즘',
  '요새',
  '올해',
  '올여름',
  '올겨울',
  '이번 여름',
  '이번 겨울',
  '여름엔',
  '겨울엔',
  '여름에는',
  '겨울에는',
  '오늘따라',
  '출근길',
  '퇴근길',
  '더라',
  '더라고',
  '더라구',
  '던데',
];
