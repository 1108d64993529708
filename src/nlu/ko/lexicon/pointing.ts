/**
 * Pointing words (pointing.ts): a thing or a place shown by a gesture the hub cannot see
 * ("그거 꺼 줘"), and what is asked back when nothing else in the turn names it.
 */

/** A thing pointed at: 그거, 저것, 요거 … */
export const POINTING_THINGS = [
  '그거',
  '그것',
  '저거',
  '저것',
  '이거',
  '이것',
  '요거',
  '요것',
  '고거',
  '조거',
];

/** The same as a subject, only turned away ("그게 아니고"). */
export const POINTING_SUBJECTS = ['그게', '이게', '저게'];

/** A place pointed at, as the part a correction turns away from ("거기 말고"). */
export const POINTING_PLACES = ['거기', '그쪽', '저쪽', '그방', '그곳'];

/** The word that turns the pointed-at part away ("그거 말고"). */
export const TURNED_AWAY = ['말고', '말구', '아니고', '아니야', '아냐', '아니에요', '아니라고'];

/** Asked back: {verb} is an ASK_VERBS phrase ("끌까요"). */
export const POINTING_MSG = {
  what: '무엇을 {verb}?',
  whatInstead: '알겠어요. 그럼 무엇을 {verb}?',
  how: '무엇을 어떻게 할까요?',
  howInstead: '알겠어요. 그럼 무엇을 어떻게 할까요?',
  /** "작은방 그거 좀 틀어 줘": a room named, the thing in it only pointed at. */
  whatIn: '{area}에서 무엇을 {verb}?',
  howIn: '{area}에서 무엇을 어떻게 할까요?',
};

/** Endings that list one complaint after another (listed.ts): "어둡고", "깜깜하고". */
export const LISTING_ENDS = ['고', '하고', '그리고'];

/**
 * Wonder at what devices have nowadays, heard of ("요즘은 냉장고도 인공지능이 있대, 신기하지 않아"):
 * talk, even with a mode's name in it.
 */
export const MARVEL_TALK = [
  '신기하',
  '신기해',
  '신기한',
  '신기했',
  '있대',
  '있다던데',
  '있다더라',
  '나왔대',
  '나온대',
];
