/**
 * Complaints told as what someone at home says (fixer fx32, issue #13's indirect requests said of a person;
 * data only, lex.ts adds them to the static lexicon): the hearsay ending -대 contracted onto the word
 * ("애가 춥대", "할머니가 안방 어둡대요", "애가 눈부시대") is the complaint, with its remedy, as "춥다고 해"
 * already was. What is heard of outdoors ("밖에 춥대") stays talk (outdoors-in.ts). Also: the air of a room
 * said to be cold ("안방 공기가 차네") is the room's cold, not its air quality.
 */

import type { Sense } from './speech.js';

/** Word stems that take the hearsay ending directly, by what they say is wrong. */
const TOLD_STEMS: Array<[string[], Sense]> = [
  [['춥', '쌀쌀하', '서늘하', '으슬으슬하', '썰렁하', '추워한', '떨린'], 'cold'],
  [['덥', '후텁지근하', '후덥지근하', '더워한', '찜통이'], 'hot'],
  [['어둡', '깜깜하', '캄캄하', '컴컴하', '침침하', '껌껌하', '어두컴컴하'], 'dark'],
  [['눈부시', '눈이 부시', '눈부셔한', '너무 밝'], 'bright'],
  [['시끄럽', '시끄러워한'], 'loud'],
  [['안 들린', '잘 안 들린', '안들린', '들리지 않는'], 'quiet'],
  [['크', '너무 크'], 'big'],
  [['작', '너무 작'], 'small'],
  [['안 시원하', '덜 시원하', '미지근하'], 'notcold'],
  [['답답하', '탁하'], 'stuffy'],
];

/** The hearsay ending: "-대", its polite "-대요", its present "-댄다" and the spoken "-대여". */
const TOLD_ENDS = ['대', '대요', '댄다', '대여'];

/** "공기가 차네": cold air said of a room. */
const COLD_AIR = [
  '공기가 차',
  '공기 차',
  '공기가 싸늘',
  '공기 싸늘',
  '공기가 차갑',
  '공기 차갑',
  '공기가 쌀쌀',
];

export const TOLD_COMPLAINTS: Array<[string[], Sense]> = [
  ...TOLD_STEMS.map(([stems, sense]): [string[], Sense] => [
    stems.flatMap((s) => TOLD_ENDS.map((e) => s + e)),
    sense,
  ]),
  [COLD_AIR, 'cold'],
];

/**
 * The people of a home who may be told of as feeling something ("애가 춥대"): with none of them, no room
 * and no device, a complaint heard of is news or a forecast ("오늘 밤에 많이 덥대"), talk.
 */
export const TOLD_BY = [
  '애',
  '애기',
  '아기',
  '애들',
  '아이',
  '아이들',
  '얘',
  '쟤',
  '엄마',
  '아빠',
  '어머니',
  '아버지',
  '어머님',
  '아버님',
  '여보',
  '와이프',
  '아내',
  '남편',
  '신랑',
  '할머니',
  '할아버지',
  '할매',
  '할배',
  '누나',
  '언니',
  '오빠',
  '형',
  '동생',
  '아들',
  '딸',
  '막내',
  '큰애',
  '작은애',
  '손님',
  '손주',
  '우리 애',
];

/** What may follow the person's word in the same spoken word (a subject or topic particle). */
export const TOLD_BY_AFTER = ['', '가', '이', '이가', '는', '은', '도', '께서', '들이', '들도', '네'];
