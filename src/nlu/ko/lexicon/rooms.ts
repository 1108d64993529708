import { ROOM_HEARD } from './recognizer.js';

/**
 * Everyday words for rooms, as data: a home's area whose name (or alias) is one of the names on
 * the left is also reached by the words on the right ("큰방" for 안방, "애기방" for 아이방).
 */
export const ROOM_WORDS: Array<[string[], string[]]> = [
  [
    ['안방'],
    [
      '안빵',
      '큰방',
      '큰 방',
      '부부방',
      '안방쪽',
      '마스터룸',
      '침실',
      '안방 침실',
      // the parents' room, named by who sleeps there
      '엄마 방',
      '아빠 방',
      '엄마 아빠 방',
      '부모님 방',
      '부부 침실',
      '마스터 베드룸',
    ],
  ],
  [
    ['아이방', '애들방', '아기방'],
    [
      '애기방',
      '아기방',
      '애들방',
      '애들 방',
      // a grandparent's words for it ("손주 방")
      '손주 방',
      '손주방',
      '손자 방',
      '손녀 방',
      // "애 방": the child's room, said short
      '애 방',
      '애방',
      '아이 방',
      '아이들방',
      '아이들 방',
      '키즈룸',
      '딸 방',
      '아들 방',
      '아가방',
      '키즈방',
    ],
  ],
  [['거실'], ['거씰', '리빙룸', '거실쪽', '마루', '응접실']],
  [
    ['주방', '부엌'],
    ['부엌', '주방', '키친', '부엌쪽', '부억', '식탁', '식탁 쪽', '다이닝룸'],
  ],
  [
    ['작은방', '서재'],
    ['작은 방', '공부방', '서재', '컴퓨터방', '작업실', '서재방', '작업방'],
  ],
  [['현관'], ['현관쪽', '현관 앞', '입구', '신발장', '현관 입구', '현관문 앞', '형관', '현간']],
  [['베란다'], ['발코니', '베란다쪽', '앞베란다', '뒷베란다', '배란다']],
  [
    ['욕실', '화장실'],
    ['욕실', '화장실', '욕조'],
  ],
  // as a recognizer writes them (lexicon/recognizer.ts)
  ...ROOM_HEARD,
];

/**
 * Rooms people name whether or not the home has them: a room the home lacks is still a room
 * ("욕실 불 켜" → "욕실에는 불이 없어요"), never the satellite's room.
 */
export const COMMON_ROOMS = [
  '욕실',
  '화장실',
  '드레스룸',
  '옷방',
  '다용도실',
  '세탁실',
  '창고',
  '팬트리',
  '서재',
  '작은방',
  '거실',
  '주방',
  '부엌',
  '안방',
  '아이방',
  '현관',
  '베란다',
  '발코니',
  '침실',
  '손님방',
  '게스트룸',
  '공부방',
  '다락방',
  '지하실',
  '마당',
  '정원',
  '테라스',
  '옥상',
  '복도',
  '식당',
  '거실 화장실',
  '안방 화장실',
  '1층',
  '2층',
  // the building's shared entrance, never the home's own door
  '공동현관',
  '로비',
];

/**
 * People whose room a home seldom names ("할머니 방", "삼촌 방"): which room it is differs from home to
 * home, so the room is not known (person-room.ts). 엄마/아빠 방 and 딸/아들 방 are ROOM_WORDS above.
 */
export const ROOM_OWNERS = [
  '할머니',
  '할아버지',
  '외할머니',
  '외할아버지',
  '할매',
  '할배',
  '삼촌',
  '이모',
  '고모',
  '누나',
  '언니',
  '오빠',
  '형',
  '동생',
  '막내',
  '첫째',
  '둘째',
];
/**
 * A room pointed at, not named ("저쪽 방 불", "저 안쪽 방 불", "건넛방 보일러"): which room it is, the words do not say,
 * so the device said right after it is asked about (pointed-room.ts). "이 방" is the satellite's room; "그 방" and "저
 * 방" point back at a room already said, and are left out. Fixer fx44.
 */
export const POINTED_ROOMS = [
  '저쪽',
  '안쪽',
  '그쪽',
  '건넛',
  '건너',
  '건너편',
  '맞은편',
  '옆',
  '옆쪽',
  '끝',
  '끝쪽',
];
/** The word for a room after its owner, and what may follow it at once (a particle). */
export const OWNER_ROOM = '방';
export const OWNER_ROOM_AFTER = ['에', '은', '는', '이', '의', '도', '에서', '쪽'];
