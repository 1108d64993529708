/**
 * Long everyday turns (issue #13, natural-9 Q, fixer fx9; data only). lex.ts adds these words to the
 * static lexicon.
 */

/** The endings long-turn.ts reads between a clause's tokens (its rules name what each is for). */
export const LONG_TURN_MARKS = {
  /** 고 joining a clause ("켜 주고", "해 주고"), said after 주 of a request. */
  join: '고',
  give: '주',
  /** …ㄹ까, a verb weighed aloud ("켤까 끌까"). */
  weighed: '까',
  /** 도 after a verb ("켜도 돼?"): leave asked. */
  even: '도',
  /** A negation right before that verb ("안 켜도", "끄지 않아도"): no leave asked. */
  negations: ['안', '않'],
  /** 모르 of …는지 모르겠네: wondering. */
  wonder: '모르',
  /** …지 / …는지: whether. */
  whether: '지',
  whetherEnd: '는지',
};
/** A time or habit word after a person said as the subject ("아빠가 자꾸", "동생이 아까"). */
export const PERSON_THEN = ['자꾸', '또', '계속', '맨날', '아까', '방금', '어제'];

/** A verb said with the 고 that joins it to the next clause, where its stem alone is too short to be
 * read safely ("커튼 치고 현관문도 잠가 줘": 치 alone begins 치킨, 치과, 김치). */
export const VERB_THEN: Array<[string[], 'close']> = [[['치고', '쳐 놓고', '쳐놓고', '쳐 두고'], 'close']];

/** What belongs to a device and is not the device ("에어컨 리모컨은 어디 갔지"): said right after it,
 * the device is only its owner, never the target. */
export const ACCESSORIES = [
  '리모컨',
  '리모콘',
  '설명서',
  '사용설명서',
  '충전기',
  '충전선',
  '전원선',
  '플러그 선',
  '보증서',
  '영수증',
  '박스',
  '상자',
];

/** Connectives after a value that lead on to the action that takes it ("세게 해서 켜 줘"). */
export const VALUE_THEN = ['해서', '해 가지고', '해가지고', '해 갖고', '해갖고'];

/** How a device left as it is ends before the rest is switched ("켜 두고", "켜 놓고", "놔두고"): kept-rest.ts. */
export const KEPT_ENDS = ['두고', '놓고', '놔두고'];

/** The topic particles a device declined is said with ("티비는 그냥 둬", "에어컨은 됐고": declined-again.ts). */
export const TOPIC_PARTICLES = ['은', '는'];

/**
 * What follows a device asked and then said again with 은/는 and declined ("…티비도 꺼, 아니 티비는 그냥 둬"),
 * after an optional 아니 (declined-again.ts#declinedAgain; matched at the start of the rest, spaces dropped).
 */
export const DECLINED_AGAIN = {
  before: '아니',
  words: [
    '말고',
    '그냥 둬',
    '그냥 놔둬',
    '그냥 두고',
    '그냥 놔두고',
    '그냥 냅둬',
    '그냥 둬라',
    '놔둬',
    '냅둬',
    '됐어',
    '됐다',
    '됐고',
    '이따',
    '이따가',
    '나중에',
    '하지 마',
    '안 해도 돼',
    '빼',
  ],
};

/** What follows a device declined beside another ("에어컨은 됐고", "티비는 필요 없고": declined-again.ts#declined). */
export const DECLINED_BESIDE = ['됐고', '됐어', '괜찮고', '필요 없고', '안 해도 되고', '말고'];

/** Said right after something put off, before doing another thing first ("그건 나중에 하고 일단 …": set-aside.ts). */
export const PUT_OFF_THEN = ['하고', '하구', '해두고', '미루고'];

/** Words of now after something put off ("일단", "먼저", "…부터"); the first may be said glued to what follows. */
export const NOW_FIRST = ['일단', '먼저', '우선', '부터'];

/** A room said last with only this after it takes that room out ("…, 아 안방 말고": room-not-last.ts). */
export const NOT_LAST = { word: '말고', tails: ['요', '용'] };
