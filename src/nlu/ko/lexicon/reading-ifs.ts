/**
 * Conditions on a reading crossing a value ("습도 60% 넘으면", "25도 넘으면", "이산화탄소 높아지면"): the home cannot
 * wait for them, so the request after one is put off and asked about now (reading-if.ts, fixer fx43); said of now
 * ("지금 26도 넘으면") the reading is checked now. The routine's own words (CROSS_VERBS) come first.
 */
import { CROSS_VERBS } from './measures.js';
import type { AttrKey } from './words.js';

export const READING_IFS: string[] = [
  ...CROSS_VERBS.map(([w]) => w),
  '높아지면',
  '낮아지면',
  '올라가믄',
  '넘어가믄',
  '넘으믄',
  '넘어가거든',
  '넘거든',
  '넘어가면은',
  '넘으면은',
];

/** Said in the condition, it asks about the reading now: "지금 26도 넘으면 켜 줘". */
export const READING_NOW = ['지금', '현재', '당장'];

/** A crossing said in the past is whether it has crossed, checked now: "25도 넘었으면". */
export const READING_IFS_DONE = [
  '넘었으면',
  '넘었음',
  '넘었거든',
  '넘어갔으면',
  '올라갔으면',
  '내려갔으면',
  '떨어졌으면',
  '높아졌으면',
  '낮아졌으면',
];

/** Words naming a reading, besides the routine's MEASURES. */
export const READING_WORDS = ['배터리', '실내온도', '온도', '습도', '이산화탄소', '미세먼지', '기온', '공기'];

/** Words of a crossing downwards ("밑으로 떨어지면", "낮아지면", "미만이면"); any other crossing is upwards. */
export const READING_BELOW = ['내려', '떨어', '낮', '아래', '밑', '미만', '이하'];

/** The reading a word in the condition names; a degree with none is the temperature. */
export const READING_ATTRS: Array<[string[], AttrKey]> = [
  [['습도'], 'humidity'],
  [['이산화탄소', 'co2', '씨오투'], 'co2'],
  [['미세먼지', '공기'], 'pm25'],
  [['배터리'], 'battery'],
];

/** Said right after the crossing, it is no condition of a request: a worry or a wish ("…올라가면 안 되니까"). */
export const READING_IF_NOT_AFTER = [
  '안되',
  '안돼',
  '좋겠',
  '좋을',
  '좋아',
  '어떡',
  '어떻게',
  '큰일',
  '곤란',
  '어쩌',
];
