/**
 * A family's everyday speech to the speakers over a day (fourth round of issue #13), as data:
 * what was left on when leaving, tag questions before an imperative, hearsay of
 * what someone will watch, comings and goings that give a clipped request its direction, purpose
 * clauses, and the assistant called by name in the middle of a turn.
 */

/** More verbs of everyday speech: "냉장실 좀 차게 해 줘" (colder); 문단속 is in LOCK_UP_WORDS. */
export const HOUSEHOLD_VERBS: Array<[string[], 'down' | 'on' | 'off']> = [
  [['차게', '더 차게', '차갑게 좀'], 'down'],
  // "냉동실 꽝꽝하게": frozen hard is colder
  [['꽝꽝하게', '꽁꽁하게', '꽝꽝 얼려', '꽁꽁 얼려', '꽝꽝 얼게', '꽁꽁 얼게'], 'down'],
  // "불 좀 키봐라", "켜바": spoken forms of 켜 봐 and 꺼 봐
  [['키봐', '키 봐', '키바', '켜바'], 'on'],
  [['꺼바', '끄봐', '끄 봐'], 'off'],
];

/** Verbs that lower rather than silence when softened ("소리 좀 죽여" = turn it down). */
export const SOFT_LOWER = ['죽여', '죽이고'];

/** A call said in the turn ("전화 왔다", "통화해야 돼서"): 소리 좀 죽여 then silences, as said. */
export const ON_A_CALL = ['전화', '통화'];

/**
 * What was left as it was on leaving or going to sleep ("장판 켜 놓고 나왔다", "불 켜 놓고 나왔나?"):
 * the state the device was left in.
 */
export const LEFT_AS: Array<[string[], string]> = [
  [
    [
      '켜 놓고 나왔',
      '켜 놓고 나온',
      '켜 놓고 왔',
      '켜 놓고 나갔',
      '켜 두고 나왔',
      '켜 두고 왔',
      '켜 놓고 잤',
      '켜 놓은 채',
      '켜 둔 채',
      '틀어 놓고 나왔',
      '틀어 놓고 왔',
      '틀어 두고 나왔',
      // "왜 켜 놨어": left on by someone
      '켜 놨',
      '켜 놓았',
      '켜 뒀',
      '켜 두었',
      '틀어 뒀',
      // "티비 켜 놓고 어디 갔어, 꺼": having left it on, whatever comes next
      '켜 놓고',
      '켜 두고',
      '틀어 놓고',
      '틀어 두고',
      '안 끄고 나왔',
      '안 끄고 왔',
      '안 끄고 잤',
      '안 껐',
    ],
    'on',
  ],
  // "문 잠그고 나왔나?": what was done before leaving
  [['끄고 나왔', '끄고 왔', '끄고 나갔'], 'off'],
  [['잠그고 나왔', '잠그고 왔', '잠그고 나갔'], 'locked'],
  [['닫고 나왔', '닫고 왔', '닫고 나갔'], 'closed'],
  // "티비 누가 켰어?", "가스 잠근 거 맞지?": asking or checking what was done
  [['켰니', '켰나', '켰냐', '켰지', '누가 켰', '켜 놓은 거', '켠 거'], 'on'],
  [['껐니', '껐나', '껐냐', '껐지', '끈 거', '꺼 놓은 거'], 'off'],
  [['잠근 거', '잠갔지', '잠갔나', '잠갔니'], 'locked'],
  [['닫은 거', '닫았나', '닫았지', '닫았니'], 'closed'],
  [['열어 놓고 나왔', '열어 놓고 왔', '열어 두고 나왔', '안 닫고 나왔', '안 닫고 왔'], 'open'],
  [['안 잠그고 나왔', '안 잠그고 왔', '안 잠갔'], 'unlocked'],
];

/** A question asked back about a state ("켜져 있는 거 아냐?"): said before a request, not asked. */
export const TAG_QUESTIONS = [
  '는 거 아냐',
  '는 거 아니야',
  '는 거 아니니',
  '는 거 아닌가',
  '는 거 아녀',
  '은 거 아냐',
  '은 거 아니야',
  '거 아냐',
  '거 아니야',
];

/** Hearsay of someone who will watch ("아버님이 TV조선 보신대"): asks for that programme. */
export const WATCH_HEARSAY = [
  '보신대',
  '보신대요',
  '보신답니다',
  '보신다네',
  '보셔야 된대',
  '보셔야 한대',
  '보실 거래',
  '보실 거예요',
  '보실 거야',
  '보시겠대',
  '보실 거래',
  '본대',
  '본대요',
  '볼 거래',
  '보고 싶대',
  '보고 싶으시대',
];

/**
 * What the speaker meant to do, said in the past ("거실 불 켜려 했는데", "끄려고 했다가"): the verb was said in a
 * form the lexicon does not read, so the clause is no clipped request (meant-to.ts, fixer fx50).
 */
export const MEANT_TO = ['려 했', '려고 했', '려다가', '려다 말', '려고 하다가', '려던'];

/** Someone coming ("시어머니 오신다 카더라, 현관 불 좀", "배달 올 때 됐다"): a clipped request greets them. */
export const COMINGS = [
  '오신대',
  '오신다',
  '오신단다',
  '온대',
  '온단다',
  '올 때 됐다',
  '올 때 됐어',
  '올 때 됐네',
  '올 때가 됐',
  '오실 때 됐다',
  '오실 때 됐어',
  '오실 때 됐네',
  '도착한대',
  '도착하신대',
];

/**
 * Comings and goings (together, with greetings, ANNOUNCEMENTS in everyday.ts) that give a clipped request its
 * direction: coming home or getting up, a device switched on ("다녀왔어~ 거실 불 좀"); leaving or
 * going to bed, switched off ("나 잘게, 불 좀").
 */
export const ARRIVALS = [
  '나 왔어',
  '나왔어',
  '나 왔다',
  '나 왔어요',
  '다녀왔어',
  '다녀왔어요',
  '다녀왔습니다',
  '다녀왔다',
  '갔다 왔어',
  '퇴근했어',
  '퇴근했다',
  '도착했어',
  '집에 왔어',
  '집에 왔다',
  '일어났어',
  '일어났다',
  '굿모닝',
  '좋은 아침',
  ...COMINGS,
];
export const DEPARTURES = [
  '다녀올게',
  '다녀올게요',
  '다녀오겠습니다',
  '갔다 올게',
  '나 간다',
  '나 나간다',
  '나갈게',
  '나 잘게',
  '잘게',
  '잘 자',
  '굿나잇',
];

/** Endings of a purpose clause ("햇빛 좀 들어오게 커튼 열자"): what the request is for, not a request. */
export const PURPOSE_ENDS = ['게', '도록'];

/** Opinions of what is playing ("이 노래 싫어"): a reason for the request beside them, not talk. */
export const OPINIONS = ['싫어', '별로', '지겨워', '지겹', '질려', '질렸'];

/** Words for something to listen to ("뽀로로 노래"): a programme's name with them is not a channel. */
export const LISTEN_WORDS = ['노래', '음악', '동요', '곡'];

/** Something going on, said as context ("고기 굽는 중이야, 환기 좀 돌려"): a clause of reason. */
export const IN_PROGRESS = ['는 중이야', '는 중이에요', '는 중이거든', '는 중인데', '는 중이니까', '는 중'];

/** Conditions after a verb the lexicon does not know ("빨래 끝나면"): not asked for now. */
export const CONDITION_VERBS = ['끝나면', '나면', '되면', '오면', '가면', '들어오면', '들어가면'];

/**
 * The assistant called by name in the middle of a turn ("숙제해. 지니야 티비 꺼"): what came before
 * was said to someone else.
 */
export const CALLS = [
  '지니야',
  '헤이 카카오',
  '하이 엘지',
  '하이 빅스비',
  '빅스비야',
  '헤이 클로바',
  '클로바야',
  '아리아야',
  '오케이 구글',
  '헤이 구글',
  '시리야',
];

/** Words that deny the complaint after them ("하나도 안 추워", "별로 안 더워"). */
export const NEGATED = ['안', '하나도 안', '별로 안', '전혀 안', '안 그렇게'];

/** Asking how to do something ("에어컨 어떻게 켜?"): talk, not a request. */
export const HOW_WORDS = ['어떻게', '어케'];

/** Remarks on how easy life has become ("로봇이 청소도 해 주고 좋은 세상이다"): small talk. */
export const PRAISE = [
  '좋은 세상',
  '세상 좋',
  '세상이 좋',
  '세상 참 좋',
  '좋아졌',
  '편한 세상',
  '편해졌',
  '신기하네',
  '신기하다',
];

/** Wondering aloud ("거실 불 켜져 있나 모르겠네"): a question about the state said before it. */
export const WONDER = [
  '나 모르겠',
  '는지 모르겠',
  '지 모르겠',
  '나 몰라',
  '는지 몰라',
  '모르겠',
  '기억이 안 나',
  '기억 안 나',
];

/** Complaints in the honorific, of an elder at home ("어머님 추우시겠다", "아버님 더우신가 봐"). */
export const HONORIFIC_COMPLAINTS: Array<[string[], 'cold' | 'hot']> = [
  [['추우시', '추우신', '추우실', '추워하시', '추워하셔', '쌀쌀하시'], 'cold'],
  [['더우시', '더우신', '더우실', '더워하시', '더워하셔'], 'hot'],
];

/** Correction markers that hold the request ("아 잠깐만"): with nothing said instead, it is called off. */
export const HOLD_WORDS = ['잠깐만', '아 잠깐', '잠깐', '잠깐 잠깐', '아 잠깐만'];

/** Its time come ("SBS 뉴스 할 때 됐다"): said of a channel, that channel. */
export const TIME_COME = ['할 때 됐', '할 때가 됐', '할 때 다 됐', '할 때다', '할 때야', '할 때네'];
