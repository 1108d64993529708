/**
 * A setting's limits asked ("냉장실은 몇 도까지 낮출 수 있노?", "에어컨 최저 몇 도야?", "난방 어디까지 올라가?"):
 * a question of how far the device can be set, answered from its own limits (range-asked.ts), never a change.
 */
export const RANGE_ASKED = [
  '최저 몇 도',
  '최고 몇 도',
  '최대 몇 도',
  '최소 몇 도',
  '제일 낮게 몇 도',
  '제일 높게 몇 도',
  '가장 낮게 몇 도',
  '가장 높게 몇 도',
  '최저 온도 몇',
  '최저 온도가 몇',
  '최고 온도 몇',
  '최고 온도가 몇',
];

/**
 * How far asked ("몇 도까지", "어디까지"): a range only with a word of what can be done or reached after it
 * (RANGE_ABLE: "몇 도까지 돼?", "어디까지 내려가?"); "몇 도까지 올라왔어?" asks the reading.
 */
export const RANGE_HOW_FAR = ['몇 도까지', '몇도까지', '몇 도부터', '어디까지'];

export const RANGE_ABLE = [
  '수 있',
  '수있',
  '돼',
  '되나',
  '되니',
  '되노',
  '되는',
  '됩니까',
  '될까',
  '가능',
  '내려가',
  '올라가',
  '낮아져',
  '높아져',
  '낮아지',
  '높아지',
];

/** One cabinet's or thermostat's limits ({n}: its name; {min}, {max}: degrees said; template.ts fills it). */
export const RANGE_PART = '{n은/는} {min}도에서 {max}도까지';

/** After the parts, joined by ", ". */
export const RANGE_END = ' 맞출 수 있어요.';

/** After the range asked, a state or the past asks the reading ("몇 도까지 내려가 있어?", "최저 몇 도였어?"). */
export const RANGE_NOT_AFTER = ['있', '였', '었', '갔', '왔'];
