/**
 * Everyday words around a request, as data (third round of issue #13): food and where it is kept
 * (a complaint about frozen kimchi is about the kimchi refrigerator), and plans said for later
 * ("이따 돌릴 거야"), which are not requests for now.
 */
import { ARRIVALS, DEPARTURES } from './household.js';

/** Food words and where the food is kept: a compartment tag, or 'kimchi' (a kimchi refrigerator). */
export const FOODS: Array<[string[], string]> = [
  [['김치', '깍두기', '동치미', '총각김치', '묵은지', '배추김치', '열무김치', '김장'], 'kimchi'],
  [['아이스크림', '아이스크림이', '얼음', '냉동식품', '냉동 만두', '냉동만두', '하드', '아이스'], 'Freezer'],
  [
    [
      '우유',
      '반찬',
      '야채',
      '채소',
      '과일',
      '음료',
      '음료수',
      '맥주',
      '콜라',
      '사이다',
      '주스',
      '계란',
      '달걀',
      '두부',
      '요거트',
      '요구르트',
      '상추',
      '생수',
      '케이크',
      '수박',
    ],
    'Refrigerator',
  ],
];

/** Words of a plan for later: with no request ending in the clause, nothing is done now. */
export const LATER_WORDS = [
  '이따',
  '이따가',
  '이따 저녁',
  '있다가',
  '좀 있다',
  '좀있다',
  '조금 있다',
  '조금있다',
  '나중에',
  '내일',
  '모레',
  '주말에',
  '다음 주',
  // fixer fx39: a plan's time, not the next track ("다음 달에 안방 도배하려고")
  '다음 달',
  '다음 주말',
  '다음 번에',
  '내년',
  '내년에',
  '예정',
  '생각이야',
  '생각이에요',
];

/** Endings of a plan ("돌릴 거야", "내가 끌게"): they also close the clause, like a connective. */
export const LATER_ENDS = [
  '거야',
  '거예요',
  '거에요',
  '거임',
  '거다',
  '할게',
  '할께',
  '할게요',
  '릴게',
  '릴게요',
  '켤게',
  '끌게',
  '볼게',
];

/** Marks of a kimchi refrigerator in a device's name, aliases or model. */
export const KIMCHI_FRIDGE_MARKS = ['김치', 'kimchi', '김냉', '딤채'];

/** Words that put an action off ("2시간 뒤에", "10분 후에"): only with a length of time in the clause. */
export const DELAY_WORDS = ['뒤에', '후에', '이후에', '있다가', '지나서', '지나면', '뒤에는', '후에는'];

/** Words that book an action for later ("예약"): the hub does not keep such bookings. */
export const BOOKING_WORDS = [
  '예약',
  '예약해',
  '예약 걸어',
  '예약걸어',
  '예약으로',
  '예약 시작',
  '타이머 걸어',
];

/**
 * Endings of a remark (what the speaker notices or reports, not asks): exclamations ("됐네",
 * "켜져 있구나") and, after a past-tense syllable, plain statements ("청소 열심히 했다").
 */
export const REMARK_ENDS = ['네', '네요', '구나', '구만', '군', '군요', '더라', '더라고', '더라고요'];
/** Endings of a guess about what happened ("다 했나 봐", "끝났나 보네"): also told, not asked. */
REMARK_ENDS.push('나봐', '나봐요', '나보네', '나보다', '는가봐', '는가보네');
/** A guess about what has happened ("세탁기 다 돌았겠다", "애들 벌써 잤겠네"): told too. */
for (const past of ['았', '었', '였', '했', '됐', '졌', '났', '갔', '왔', '잤', '켰', '껐', '냈'])
  for (const end of ['겠다', '겠네', '겠어', '겠지']) REMARK_ENDS.push(past + end);
export const PAST_ENDS = ['다', '어', '어요', '네', '지', '지요', '죠', '구나', '군', '더라'];

/**
 * Comings and goings said to the home ("다녀왔어요", "나 간다", "굿나잇"): known words that ask for
 * nothing by themselves, so that the request beside them is found ("다녀왔어요 불 좀").
 */
export const ANNOUNCEMENTS = [...ARRIVALS, ...DEPARTURES, '안녕'];

/** A complaint asked back ("좀 덥지 않아?", "소리 너무 크지 않니"): said, not asked. */
export const RHETORICAL_ENDS = [
  '지 않아',
  '지 않니',
  '지 않나',
  '지 않냐',
  '지 않아요',
  '지 않은가',
  '지 않나요',
];

/**
 * "안방 좀 춥지 않아?": cold asked back is said, not asked (as "덥지 않아?"); 춥지 is a word of its own
 * (words.ts), so the whole is listed (fixer fx37).
 */
export const COLD_ASKED_BACK = RHETORICAL_ENDS.map((w) => `춥${w}`);

/**
 * A shrug that closes a turn ("…깜빡했네, 뭐 괜찮겠지", "별일 없겠지 뭐"): what was said before it is let
 * go, not asked for (shrug.ts). Matched at the end of the spacing-free text.
 */
export const SHRUGS = [
  '괜찮겠지',
  '괜찮겠지뭐',
  '괜찮겠지머',
  '괜찮겠지요',
  '괜찮을거야',
  '괜찮을거야뭐',
  '별일없겠지',
  '별일없겠지뭐',
  '별일없을거야',
  '상관없겠지',
  '상관없지뭐',
  '어쩔수없지',
  '어쩔수없지뭐',
  '할수없지뭐',
  '됐지뭐',
  '그러려니해야지',
  '뭐어때',
  '아무렴어때',
];

/**
 * Conditions on an event to come, said before the request ("나 나가면 불 꺼", "애 잠들면", "영화 끝나면"): the
 * request waits for it, so it is not done now (upon.ts). A state checked now ("켜져 있으면") is not one.
 */
export const EVENT_IFS = [
  '끝나면',
  '끝나고 나면',
  // "애들 학교 가고 나면 청소기 돌려 줘": once someone has gone, come or eaten (-고 나면)
  '가고 나면',
  '나가고 나면',
  '오고 나면',
  '들어오고 나면',
  '자고 나면',
  '먹고 나면',
  '씻고 나면',
  '출근하고 나면',
  '퇴근하고 나면',
  '등교하고 나면',
  '외출하고 나면',
  '샤워하고 나면',
  '다 되면',
  '되면',
  // fixer fx43: a time reached, said with 되거든 ("열 시 되거든 불 꺼 줘"; "안 되거든" is a reason, left alone)
  '시 되거든',
  '반 되거든',
  '나가면',
  '나가거든',
  '들어오면',
  '들어오거든',
  '들어가면',
  '오면',
  '오시면',
  '오거든',
  '가면',
  '가시면',
  '도착하면',
  '잠들면',
  // "애들 자면 티비 꺼 줘": when they are asleep
  '자면',
  '자거든',
  // fixer fx21: the honorific of the same events
  '주무시면',
  '잠드시면',
  '깨시면',
  '일어나시면',
  '들어오시면',
  '퇴근하시면',
  '도착하시면',
  '자러 가면',
  '일어나면',
  '깨면',
  '퇴근하면',
  '출발하면',
  '다 돌면',
  '마르면',
  '시작하면',
  // fixer fx39: the day's turns ("해 지면 커튼 쳐 줘", "날 밝으면", "어두워지면")
  '해 지면',
  '해가 지면',
  '해 뜨면',
  '해가 뜨면',
  '날 밝으면',
  '어두워지면',
  '밝아지면',
  // a cycle's end to come, said in the past ("세탁기 다 돌았으면 알려 줘")
  '다 돌았으면',
  '다 끝났으면',
];

/**
 * The switch left alone while a value or mode is set ("제습으로 해 놔, 켜지는 말고", "켜지 말고 모드만
 *바꿔"): matched in the spacing-free text (keep-off.ts).
 */
export const NOT_ON = [
  '켜지는말고',
  '켜지말고',
  '켜지는마',
  '켜지마',
  '켜지는말구',
  '켜지말구',
  '켜진말고',
  '켜지는말아',
  '켜지말아',
  '틀지는말고',
  '틀지말고',
  '틀지는마',
  '전원은그대로',
  '전원은건드리지말고',
  '끈채로',
  '꺼진채로',
  '꺼둔채로',
];

/** Switched off then on again, a power cycle ("껐다 켜 줘", "끄고 다시 켜"): the off said before the on (cycle.ts). */
export const CYCLE_OFF = [
  '껐다가',
  '껐다',
  '껏다가',
  '껏다',
  '끄고다시',
  '끈다음에다시',
  '끄고나서다시',
  '껐다가다시',
];

/**
 * Somewhere or something else to watch ("딴 데로 틀어", "티비 다른 거 틀어 줘"): the next channel, said to a TV
 * or with a place to turn to (another.ts). Spacing-free.
 */
export const ANOTHER_PLACE = ['딴데', '다른데', '딴곳', '다른곳', '딴방송', '다른방송'];
export const ANOTHER_THING = ['딴거', '다른거', '딴걸', '다른걸', '딴것', '다른것', ...ANOTHER_PLACE];

/** Inside an appliance ("세탁기 안에 빨래 있나?"): its contents, which no sensor sees (inside.ts). */
export const INSIDE = ['안에', '속에', '안엔', '속엔', '통에'];

/** The first syllable of each day of the week before 요일 ("토요일인데": the day told, day-told.ts; fixer fx45). */
export const DAY_SYLLABLES = ['월', '화', '수', '목', '금', '토', '일'];
/** The copula's first syllable after the day told (토요일인데, 금요일이니까, 일요일이라). */
export const DAY_COPULA = ['이', '인'];
