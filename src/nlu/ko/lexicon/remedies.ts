/** What the remedies of complaints need to know, as data (see remedy.ts). */
import {
  WISHED_BRIGHTER,
  WISHED_BRIGHTER_NOW,
  WISHED_COOLER,
  WISHED_COOLER_NOW,
  WISHED_DIMMER,
  WISHED_DIMMER_NOW,
  WISHED_WARMER,
  WISHED_WARMER_NOW,
} from './asked-state.js';
import type { Sense } from './speech.js';
import { WARM_SAID } from './states-said.js';

/** Words in a plug's name that make it a heater ("전기장판", "온풍기"): a remedy for the cold. */
export const HEATER_WORDS = ['장판', '히터', '난로', '온풍기', '매트', '라디에이터', '보일러'];

/** The kind of device a room lacks when a complaint has no remedy there. */
export const REMEDY_DEVICE: Record<Sense, string> = {
  dark: '켤 수 있는 조명',
  bright: '켜져 있는 조명',
  loud: '소리를 줄일 기기',
  quiet: '소리를 키울 기기',
  big: '소리를 줄일 기기',
  small: '소리를 키울 기기',
  cold: '난방 기기',
  hot: '냉방 기기',
  notcold: '냉방 기기',
  toocold: '난방 기기',
  smell: '환기 장치',
  stuffy: '공기청정기나 환기 장치',
  dust: '공기청정기',
  weird: '기기',
  sun: '커튼이나 블라인드',
  humid: '제습할 기기',
  dry: '가습기',
  strong: '바람을 줄일 기기',
  weak: '바람을 키울 기기',
  yellow: '색온도를 바꿀 수 있는 조명',
  white: '색온도를 바꿀 수 있는 조명',
};

/** Words that ask for a room made warmer ("아이방 좀 따뜻하게", "바닥 좀 데워 줘"). */
export const ROOM_WARMER = [
  '따뜻하게',
  '따듯하게',
  '뜨겁게',
  '덥게',
  '데워',
  '뎁혀',
  '덥혀',
  '데펴',
  '따숩게',
  '따시게',
  '뜨끈하게',
  '뜨듯하게',
  '따땃하게',
  '뜨뜻하게',
  ...WISHED_WARMER,
  ...WISHED_WARMER_NOW.map((w) => `${w}면`),
];

/** Words that ask for a room made cooler. */
export const ROOM_COOLER = [
  '시원하게',
  '차갑게',
  '춥게',
  '선선하게',
  '식혀',
  '식게',
  ...WISHED_COOLER,
  ...WISHED_COOLER_NOW.map((w) => `${w}면`),
];

/** How a room feels, asked as a question ("안방 따뜻해?"): a question about its temperature. */
export const ROOM_FEEL = [
  '따뜻해',
  '따뜻하',
  '따듯해',
  '시원해',
  '시원하',
  '추워',
  '춥',
  '더워',
  '덥',
  '쌀쌀',
  // helper lxs (states-said.ts)
  ...WARM_SAID,
];

/** Comfort said as a remark ("아 시원해", "따뜻하다"): small talk unless asked as a question. */
export const COMFORT_WORDS = [
  '따뜻해',
  '시원해',
  '따뜻하니',
  '시원하니',
  '따뜻하다',
  '시원하다',
  '따뜻하네',
  '시원하네',
  '따뜻한데',
  '따듯한데',
  '따뜻한것같',
  '따뜻한거같',
  ...WARM_SAID,
];

/** Words that ask for a room made brighter ("거실 좀 밝혀 줘") or darker. */
export const ROOM_BRIGHTER = [
  '밝게',
  '밝혀',
  '환하게',
  '훤하게',
  '환히',
  ...WISHED_BRIGHTER,
  ...WISHED_BRIGHTER_NOW.map((w) => `${w}면`),
];
export const ROOM_DIMMER = [
  '어둡게',
  '은은하게',
  '컴컴하게',
  '어둑하게',
  '침침하게',
  ...WISHED_DIMMER,
  ...WISHED_DIMMER_NOW.map((w) => `${w}면`),
];

/** Complaint words said of food (frozen, melted, lukewarm): a refrigerator's matter, not the room's. */
export const FOOD_STATE_WORDS = [
  '녹아',
  '녹았',
  '녹네',
  '녹는',
  '물러',
  '미지근',
  '안 얼어',
  '안얼어',
  '덜 얼',
];

/** Warmth said of a refrigerator or its cabinet ("냉장고 안이 따뜻해"): it is not cold enough (cabinet-warm.ts). */
export const CABINET_WARM = ['따뜻', '따듯', '뜨뜻', '뜨끈', '따땃', '훈훈', '미지근', '데워', '더워', '덥'];

/** An appliance's inside said with its particle ("냉장고 안이", "냉동실 속이"): the appliance itself (a particle). */
export const INSIDE_SAID = ['안이', '속이', '안은', '속은', '안쪽이', '안쪽은', '내부가', '내부는'];
