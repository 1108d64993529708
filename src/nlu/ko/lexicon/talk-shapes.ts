/**
 * Marks after which a past event is told (past-told.ts), in compact text: -었더니, -었는데도, -어서 그런지,
 * -었는데 그래도; all but 서그런지 follow a past-tense syllable.
 */
export const PAST_TOLD_MARKS = ['더니', '는데도', '서그런지', '는데그래도'];

/** Retrospective endings: the outcome told as seen then (past-told.ts, talk-turn.ts). */
export const RETRO_ENDS = [
  '더라',
  '더라고',
  '더라구',
  '더라고요',
  '더라구요',
  '던데',
  '던데요',
  '더군',
  '더라니까',
];

/**
 * Marks, in compact text, of talk that holds a request's words (talk-turn.ts): a line or a story from a show, a
 * title, a request verb nominalised into a riddle about people, a dislike of doing it, counting, a child's play.
 * The turn is talk when no request ending is said in it and it does not end in a verb.
 */
export const TALK_TURN_MARKS = [
  // a dislike of doing it oneself, or doing it thought a waste, beside DISLIKE_DOING
  '기는좀그렇',
  // a request verb nominalised into a riddle or a question about people ("…켜는 사람 누구게")
  '는사람',
  '는걸제일',
  '는걸왜',
  // an opinion of a setting ("24도는 좀 애매하지", "지금 온도가 제일 쾌적해")
  '애매',
  '과한',
  '쾌적해',
  '쾌적하네',
  '쾌적하다',
  // a device's noise or looks told as a story ("소리 커서 웃겼어", "노래 나오는 거 귀엽지")
  '웃겼',
  '웃기더',
  '웃기다',
  '귀엽지',
  '귀여웠',
  // a plan of one's own to try ("안 켜고 자 볼까 해")
  '볼까해',
  // counting, sums and spelling practice
  '더하기',
  '곱하기',
  '나누기',
  '철자',
  '스펠링',
  '받침',
  '영어로',
  '다음은뭐',
  // an action nominalised as the subject of a judgement with a noun ("장판 틀고 귤 까먹는 게 겨울의 맛이지",
  // "에어컨 켜고 낮잠 자는 게 최고야"): talk of a pleasure, not a request (fixer fx46)
  '는게최고',
  '는게낙이',
  '낙이야',
  '낙이지',
  '는게제맛',
  '맛이지',
  '는게행복',
  '는게진리',
  '는게국룰',
  '는게로망',
  '는게인생',
  // a child's play talk
  '놀이하자',
  '놀이할때',
  '인형',
  '아저씨안녕',
  '괴물',
  '부웅',
];

/**
 * Marks of a line or a story from a show, or of a title (talk-turn.ts): the words quoted may hold a request
 * ending ("그 예능에서 '에어컨 켜 줘' 하는 거", "'티비를 꺼라'라는 책"), so the turn is talk when it does not end in
 * a request ending or a verb.
 */
export const QUOTE_MARKS = [
  '드라마에서',
  '예능에서',
  '광고에서',
  '만화에서',
  '시트콤에서',
  '영화에서',
  '라는노래',
  '라는책',
  '라는영화',
  '라는제목',
  '노래제목',
];

/**
 * A request verb nominalised with -기 or -는 거 and disliked, found a bother or a waste (talk-turn.ts): "커튼 치기
 * 싫다", "불 끄기 귀찮아", "돌리기 진짜 싫어", "돌리는 거 귀찮아", "끄기 아까운데". A dislike of a state ("어두운
 * 거 싫어") is not this, nor what is unpleasant to see or hear ("소리 듣기 싫어", "눈부셔서 보기 싫다"): that is a
 * complaint about the device.
 */
export const DISLIKE_DOING =
  /(?:[^운은한보듣]기|는거|는것)(?:는|가|도)?(?:진짜|정말|너무|넘|좀|참|완전|되게)?(?:싫|귀찮|귀찬|번거|아까[운워])/;

/**
 * A plan of the speaker's own for a time to come (own-plan-later.ts): the time words that open it and the endings
 * of will it closes with ("내일 아침엔 … 빨래 돌려야지", "오늘 밤엔 에어컨 안 켜고 자 볼까 해").
 */
export const PLAN_TIMES = [
  '내일',
  '나중에',
  '이따',
  '다음에',
  '모레',
  '주말에',
  '다음주',
  '오늘밤',
  '저녁에',
  '퇴근하고',
];
export const PLAN_ENDS = [
  '야지',
  '야지요',
  '야겠다',
  '야겠어',
  '야겠네',
  '볼까해',
  '볼까싶어',
  '려고',
  '려구',
  '할거야',
];

/** A setting's value made the topic and judged, seeking agreement (value-judged.ts): "18도는 너무 춥지". */
export const VALUE_TOPIC = /(?<=[\d일이삼사오육칠팔구십])(?:도|단계|칸)는/;
export const JUDGED_ENDS = ['지', '지요', '잖아', '않나', '않아', '아니야', '아닌가', '같아'];

/** Endings that tell, closing a turn that quotes a show or a title (talk-turn.ts): "…재밌더라", "…였잖아", "…웃겼어". */
export const TOLD_ENDS = [
  ...RETRO_ENDS,
  '잖아',
  '잖아요',
  '었어',
  '았어',
  '였어',
  '겼어',
  '봤어',
  '알아',
  '몰라',
];

/**
 * Musing whether it is all right to do something, after a question that decides it ("…어때? 빨래 널어도 되나",
 * "…남았어? 돌려도 되려나"): asked-then-may.ts (fixer fx46). Not 돼/될까요: leave asked outright is a request.
 */
export const MAY_MUSED = [
  '도 되나',
  '도 되려나',
  '도 될라나',
  '도 되겠나',
  '도 되겠지',
  '도 괜찮나',
  '도 괜찮으려나',
  '도 괜찮겠지',
  '도 되나요',
  '도 되겠네',
];

/** After -어 봐도, what makes it leave asked, not a concession ("켜 봐도 돼?", "틀어 봐도 괜찮아?"; tried-even.ts). */
export const TRIED_LEAVE = ['돼', '되', '될', '됩', '괜찮', '상관'];
