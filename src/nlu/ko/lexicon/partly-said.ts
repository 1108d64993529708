/**
 * Data of the partly understood turns (issue #13, "say what was understood"): a follow-up said with
 * nothing before it (follow-up-alone.ts), a turn cut off after its object (cut-off.ts), a value said
 * with no device (partly-verb.ts).
 */

/** Words that lean on a turn before ("그것도", "아까처럼", "한 번 더"): the hub keeps no turn before. */
export const FOLLOW_UP_WORDS = [
  '그것도',
  '그거도',
  '저것도',
  '저거도',
  '이것도',
  '이거도',
  '요것도',
  '나머지도',
  '저쪽도',
  '그쪽도',
  '이쪽도',
  '거기도',
  '나머지',
  '아까거',
  '아까그거',
  '아까처럼',
  '아까대로',
  '방금거',
  '방금그거',
  '방금처럼',
  '방금대로',
  '하던거',
  '하던대로',
  '똑같이',
  '같은걸로',
  '같은거',
  '그대로',
  '하나더',
  '한번더',
  '한번만더',
  '또',
  '다시',
  '다시한번',
];

/** What may stand around the follow-up words: fillers and the plain verb of doing with its endings. */
export const FOLLOW_UP_AROUND = [
  '음',
  '어',
  '아',
  '그',
  '저기',
  '좀',
  '이번엔',
  '이번에는',
  '해',
  '해줘',
  '해줘요',
  '해줄래',
  '해줄래요',
  '해주세요',
  '해주라',
  '해봐',
  '해라',
  '부탁해',
  '부탁해요',
  '요',
];

/** Hesitations that may trail a turn cut off after its object ("에어컨을 그…", "공기청정기를 음 그러니까…"). */
export const CUT_OFF_TRAIL = [
  '음',
  '어',
  '아',
  '그',
  '저',
  '저기',
  '그러니까',
  '뭐냐',
  '뭐더라',
  '그거',
  '있잖아',
  '좀',
];

/**
 * How asked of a device with 좀, clipped or with a request ending ("장판 좀 어떻게", "김치냉장고 좀 어떻게 해
 * 주라"): a request to do something about it (how-asked.ts), never a question about its state. Spacing removed.
 */
export const HOW_ASKED_TAILS = [
  '좀어떻게',
  '좀어떻게좀',
  '좀어떻게해주라',
  '좀어떻게해줘라',
  '좀어떻게해주이소',
  '좀어떻게해줘유',
  '좀어떻게해도',
  '좀어떻게해바',
  '좀어떻게해보자',
  '좀어떻게해주면안돼',
];

/**
 * The speaker searching for a word and not finding it, said last ("에어컨을 그… 뭐라 하지", "…아니 그거 말고…
 * 뭐였더라"): what to do is left unsaid (unsaid-action.ts, fixer fx45). Spacing removed.
 */
export const FORGOT_TAILS = [
  '뭐였더라',
  '뭐더라',
  '뭐라하지',
  '뭐라고하지',
  '뭐라해야하지',
  '뭐라더라',
  '뭐라카노',
  '뭐라카지',
  '뭐였지',
  '생각이안나네',
  '생각이안나',
  '생각안나',
  '까먹었다',
  '까먹었네',
  '기억이안나네',
];

/** A placeholder said for the action itself ("세탁기 그거 좀 해 줘", "테레비 거시기 좀 해 불어"; unsaid-action.ts). */
export const ACTION_PLACEHOLDERS = ['거시기', '뭐시기', '머시기', '그거', '그것', '그걸', '그거를', '고거'];

export const PARTLY_MSG = {
  /** A follow-up with nothing before it. */
  followUp: '앞에서 하던 일을 알 수 없어요. 무엇을 어떻게 할까요?',
  /** "3단계로 해 줘": a value said of no device. {value} with its particle. */
  valueWhat: '무엇을 {value으로/로} 할까요?',
};
