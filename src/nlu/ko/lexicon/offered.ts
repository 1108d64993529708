/**
 * What a device offers, asked (offered-asked.ts, fixer fx43): the channels of a lineup ("채널 뭐 뭐 나와?", "무슨
 * 채널 있어?"), the next channel in it ("다음 채널 뭐야"), the courses or modes of an appliance ("세탁 코스 뭐 있어",
 * "에어컨 무슨 모드 되나?"). Words are matched with their spaces removed.
 */

/** The thing offered, by the word said. */
export const OFFERED_NOUNS: Array<[string, 'channel' | 'course' | 'mode']> = [
  ['채널', 'channel'],
  ['코스', 'course'],
  ['모드', 'mode'],
];

/** A list asked anywhere in the turn: "채널 뭐 뭐 나와", "코스 종류 알려 줘". */
export const OFFERED_LIST = ['뭐뭐', '종류', '목록', '리스트'];

/** Right after the noun, what is there asked: "코스 뭐 있어", "모드 어떤 거 돼". */
export const OFFERED_AFTER = [
  '뭐있',
  '뭐가있',
  '뭐가있',
  '어떤거있',
  '어떤게있',
  '어떤거되',
  '어떤게되',
  '는뭐있',
  '은뭐있',
  '는뭐가있',
  '은뭐가있',
  '는어떤게있',
  '은어떤게있',
];

/** Before the noun, with 있/되 right after it: "무슨 채널 있어?", "무슨 모드 되나?". */
export const OFFERED_WHICH = ['무슨', '어떤'];
export const OFFERED_THERE = ['있', '이있', '가있', '되', '돼', '이되', '가되'];

/** The next channel asked: "다음 채널 뭐야", "채널 하나 올리면 뭐 나와?". */
export const NEXT_CHANNEL = ['다음채널', '채널하나올리면', '채널올리면', '한채널올리면'];
export const NEXT_ASKS = ['뭐', '어디', '무슨', '몇번'];

/** What it is set at, asked: "모드 뭐 돼 있어?", "무슨 모드로 돼 있어?" (the setting, not the list). */
export const OFFERED_SET = [
  '되어있',
  '돼있',
  '되있',
  '로되',
  '로돼',
  '로해',
  '로맞',
  '설정',
  '지금',
  '현재',
  '하고있',
  '보고있',
  '돌고있',
  '나오고',
];

/** A request said with it asks for an action, not what is offered: "다음 채널 뭐든 틀어". */
export const OFFERED_NOT = ['틀어', '바꿔', '돌려', '켜', '넘겨', '맞춰', '해줘', '해봐'];

export const OFFERED_REPLY = {
  channels: '{name}에서 볼 수 있는 채널은 {list이에요/예요}.',
  next: '{name} 다음 채널은 {channel이에요/예요}.',
  courses: '{name} 코스는 {list이/가} 있어요.',
  modes: '{name} 모드는 {list이/가} 있어요.',
};
