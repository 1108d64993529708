/**
 * Korean reply phrases (data). `{n}` is a device name with its particle already attached by the caller;
 * `{n은/는}` is a placeholder whose particle the template chooses (template.ts fills it).
 */
import { byNumber, FanMode, SystemMode } from '../../../model/tables.js';

export const MSG = {
  notUnderstood: '죄송해요, 잘 못 알아들었어요. 다시 말씀해 주시겠어요?',
  nevermind: '알겠어요.',
  noDevice: '말씀하신 기기를 찾지 못했어요.',
  // a make said against the device named ("삼성 세탁기" where the washer is an LG)
  brandOther: '{said은/는} 없어요. 집에 있는 {name은/는} {maker} 제품이에요. {ask}',
  /** brandOther's {ask}: the switch asked as it was said, else the device itself. */
  brandAskVerb: '{name을/를} {verb}?',
  brandAskName: '{name} 말씀이세요?',
  // a room named with no device and no action ("거실 좀 어떻게 해 봐")
  noMake: '집에 {said은/는} 없어요.',
  howToRoom: '{area}에서 무엇을 어떻게 할까요?',
  noKind: '집에서 {kind을/를} 찾지 못했어요.',
  alreadyOff: '{n은/는} 이미 꺼져 있어요.',
  /** More of a change asked of a device already at its end (plan/at-limit.ts). */
  atEndOpen: '{n은/는} 이미 끝까지 열려 있어요.',
  atEndClosed: '{n은/는} 이미 끝까지 닫혀 있어요.',
  atBrightest: '{n은/는} 이미 가장 밝아요.',
  atDimmest: '{n은/는} 이미 가장 어두워요.',
  atLoudest: '{d} 소리는 이미 가장 커요.',
  atQuietest: '{d} 소리는 이미 가장 작아요.',
  atStrongest: '{d} 바람은 이미 가장 세요.',
  atWeakest: '{d} 바람은 이미 가장 약해요.',
  noDeviceIn: '{area}에는 {kind이/가} 없어요.',
  /** A room named for a reading or setting ("욕실 온도 낮춰") where no device does it. */
  noneDoesIn: '{area}에는 그렇게 할 수 있는 기기가 없어요.',
  cannot: '{n은/는} 그렇게 할 수 없어요.',
  noChannel: '{ch} 채널을 찾지 못했어요.',
  /** A genre the tuner's lineup lacks: "안방 TV에는 뉴스 채널이 없어요." */
  noGenreOn: '{tv}에는 {genre} 채널이 없어요.',
  askWhich: '{options} 중 어느 것을 {verb}?',
  /** Two options of a choice: "거실 TV와 안방 TV". */
  optionsPair: '{a와/과} {b}',
  askWhichPlain: '{options} 중 어느 것이요?',
  /** An action asked for later: the hub keeps no bookings. */
  delayed: '{n은/는} 예약해 둘 수 없어요. 지금 {verb}?',
  delayedPlain: '예약은 아직 할 수 없어요. 지금 {verb}?',
  /** An action asked upon an event to come ("나 나가면 불 꺼 줘"): the engine cannot wait for it. */
  upon: '그때를 기다렸다가 하는 건 아직 못 해요. {n은/는} 지금 {verb}?',
  uponPlain: '그때를 기다렸다가 하는 건 아직 못 해요. 지금 {verb}?',
  /** "세탁 끝나면 알려 줘": the engine cannot wait to tell; it offers the state now. */
  uponNotify: '끝나기를 기다렸다가 알려 드리는 건 아직 못 해요. 지금 {n} 상태를 알려 드릴까요?',
  unsupportedTimer: '타이머는 아직 지원하지 않아요.',
  unsupportedList: '쇼핑 목록은 아직 지원하지 않아요.',
  unsupportedWeather: '날씨 정보는 아직 알 수 없어요.',
  unsupportedColor: '{n은/는} 색상을 바꿀 수 없어요.',
  /** A colour change with no colour said (fx20): "거실 조명을 어떤 색으로 바꿀까요?" */
  askColor: '{n을/를} 어떤 색으로 바꿀까요?',
  // "조명 색온도 좀 바꿔 줘": the colour temperature to change to, asked (plan/lights.ts)
  askTone: '{n} 색온도를 따뜻하게 할까요, 하얗게 할까요?',
  noDimming: '{n은/는} 밝기를 조절할 수 없어요.',
  stepOnly: '{n은/는} {step}도 단위로만 맞출 수 있어요.',
  time: '지금은 {time이에요/예요}.',
  /** The time zone could not be read (clock.ts tells no time): said as the engine always has. */
  timeUnknown: '지금 시각을 알 수 없어요.',
  date: '오늘은 {date}이에요.',
  offline: '{n이/가} 지금 연결되어 있지 않아요.',
  outOfRange: '{n은/는} 그 값으로 맞출 수 없어요.',
  outOfRangeTemp: '{n은/는} {min}도에서 {max}도 사이로만 맞출 수 있어요.',
  notAllowed: '{n은/는} 제어할 권한이 없어요.',
  forbidden: '{n은/는} 음성으로는 {verb} 수 없어요.',
  pin: '비밀번호를 말씀해 주세요.',
  failed: '{n}에 명령을 보내지 못했어요.',
  /** A complaint whose remedy the room lacks: "{area}에는 난방 기기가 없어요." */
  noRemedy: '{area}에는 {what이/가} 없어요.',
  noRemedyHere: '{what을/를} 찾지 못했어요.',
  /** A partly understood turn: what was understood, and what is missing. */
  howTo: '{n을/를} 어떻게 할까요?',
  /** A course the appliance lacks: "세탁기에는 헹굼 코스가 없어요. 표준, 쾌속 … 중 어느 코스로 할까요?" */
  noCourse: '{n}에는 {mode} 코스가 없어요. {list} 중 어느 코스로 할까요?',
  /** A complaint about an appliance of several cabinets, none named. */
  whichPart: '{n} {first와/과} {rest} 중 어느 칸 온도를 {verb}?',
  noSensor: '{area}에는 {what을/를} 잴 수 있는 기기가 없어요.',
  /** Talk about devices, not a request. */
  chitchat: '그건 제가 도와드릴 수 없는 이야기예요.',
};

/** Verb phrases of "which one shall I …?" questions. */
export const ASK_VERBS: Record<string, string> = {
  on: '켤까요',
  off: '끌까요',
  open: '열까요',
  close: '닫을까요',
  lock: '잠글까요',
  unlock: '열까요',
  set: '바꿀까요',
  up: '올릴까요',
  down: '낮출까요',
  start: '시작할까요',
  stop: '멈출까요',
  pause: '멈출까요',
  resume: '다시 시작할까요',
  play: '틀까요',
  query: '알려 드릴까요',
};

/** Past-tense phrases of what was done. */
export const DONE = {
  on: '켰어요',
  off: '껐어요',
  open: '열었어요',
  close: '닫았어요',
  lock: '잠갔어요',
  unlock: '열었어요',
  mute: '소리를 껐어요',
  unmute: '소리를 다시 켰어요',
  start: '시작했어요',
  pause: '일시정지했어요',
  resume: '다시 시작했어요',
  stop: '멈췄어요',
  clean: '청소를 시작했어요',
  cleanStop: '청소를 멈췄어요',
  dock: '충전대로 보냈어요',
  play: '재생할게요',
  next: '다음 곡으로 넘겼어요',
  prev: '이전 곡으로 돌렸어요',
  half: '반만 열었어요',
  halfClosed: '반만 닫았어요',
  channelUp: '채널을 올렸어요',
  channelDown: '채널을 내렸어요',
  other: '처리했어요',
};

/**
 * What was done, said of one action (reply.ts), filled by template.ts. Actions that did the same are
 * told together: `{who}` is one name or several joined ("거실 조명과 주방 조명").
 */
export const DONE_SAID = {
  /** "{who} {done}." when the device is not the object, "{who을/를} {done}." when it is. */
  sentence: '{who} {done}.',
  sentenceObject: '{who을/를} {done}.',
  /** Names joined: "A, B와 C". */
  listItem: '{n},',
  listBeforeLast: '{n와/과}',
  temperature: '온도를 {t으로/로} 맞췄어요',
  /** A climate device's mode, or an appliance's (RapidCool, Delicate, …) by its name or label. */
  mode: '{mode} 모드로 바꿨어요',
  fanMode: '바람 세기를 {fan으로/로} 바꿨어요',
  channel: '채널을 {ch으로/로} 바꿨어요',
  volume: '볼륨을 {v으로/로} 맞췄어요',
  brightness: '밝기를 {level으로/로} 맞췄어요',
  colorTemperature: '색온도를 {k}K로 맞췄어요',
  openPercent: '{pct}% 열었어요',
  music: '음악을 {done}',
};

/** A device of a kind with no word of its own ("욕실에는 기기가 없어요"). */
export const DEVICE_WORD = '기기';

/** What a room without a sensor cannot measure (MSG.noSensor). */
export const SENSED = { humidity: '습도', temperature: '온도', air: '공기' };

/** The verb of MSG.forbidden: a door asked open, or anything else. */
export const FORBIDDEN_VERBS = { open: '열', other: '제어할' };

/** Korean names of modes, for replies. */
export const MODE_NAMES: Record<string, string> = {
  RapidCool: '급속 냉각',
  RapidFreeze: '급속 냉동',
  Cool: '냉방',
  Heat: '난방',
  Dry: '제습',
  FanOnly: '송풍',
  Auto: '자동',
  Normal: '표준',
  Delicate: '섬세',
  Heavy: '강력',
  Whites: '흰빨래',
  Quick: '쾌속',
  Rinse: '헹굼',
  Spin: '탈수',
  Quiet: '저소음',
};

/** Korean names of Thermostat SystemMode values, by the specification's name; by number below. */
export const SYSTEM_MODE_NAMES = byNumber(SystemMode, {
  Off: '꺼짐',
  Auto: '자동',
  Cool: '냉방',
  Heat: '난방',
  FanOnly: '송풍',
  Dry: '제습',
});
/** Korean names of FanControl FanMode values, by the specification's name; by number below. */
export const FAN_MODE_NAMES = byNumber(FanMode, {
  Off: '꺼짐',
  Low: '약풍',
  Medium: '중풍',
  High: '강풍',
  On: '켜짐',
  Auto: '자동',
  Smart: '스마트',
});

/** State words in answers. */
export const STATE_WORDS = {
  on: '켜져 있어요',
  off: '꺼져 있어요',
  open: '열려 있어요',
  closed: '닫혀 있어요',
  locked: '잠겨 있어요',
  unlocked: '열려 있어요',
  running: '작동 중이에요',
  paused: '일시정지 상태예요',
  stopped: '멈춰 있어요',
  playing: '재생 중이에요',
  muted: '음소거돼 있어요',
  unmuted: '소리가 나오고 있어요',
  cleaning: '청소 중이에요',
  resting: '쉬고 있어요',
};

/**
 * Sentences of state answers (state.ts), filled by template.ts: `{n}` is the device's name, `{n은/는}`
 * the name with its particle; values come already said ("24.5도", "약풍", a STATE_WORDS phrase).
 */
export const STATE_SAID = {
  /** "안방 TV는 꺼져 있어요" (the caller ends it with a period). */
  topicState: '{n은/는} {state}',
  topicStateEnd: '{n은/는} {state}.',
  nameState: '{n} {state}',
  /** A switched-on device and what it is on at: "에어컨은 켜져 있어요. 냉방 24도, 바람 자동이에요." */
  withDetails: '{said} {details이에요/예요}.',
  doorUnknown: '{n} 문 상태는 알 수 없어요.',
  door: '{n} 문은 {state}',
  setpointAndNowGap: '{n} 설정 온도는 {sp}, 현재 온도는 {now}로 {gap} 차이예요.',
  modePart: '{mode} 모드',
  windPart: '바람 {fan}',
  modeOn: '{n은/는} {said이에요/예요}.',
  modeOff: '{n은/는} {said으로/로} 맞춰져 있고 지금은 꺼져 있어요.',
  channelPlaying: '{n}에서는 {ch} 채널이 나오고 있어요.',
  cabinet: '{label은/는} {t}',
  cabinetUnknown: '{label은/는} 알 수 없어요',
  cabinets: '{n} {segs}예요.',
  humidity: '{n} 습도는 {v}%예요.',
  pm25: '{n} 미세먼지는 {v}µg/m³예요.',
  co2: '{n} 이산화탄소 농도는 {v}ppm이에요.',
  battery: '{n} 배터리는 {v}% 남았어요.',
  setpoint: '{n} 설정 온도는 {sp}예요.',
  tempNow: '{n} 현재 온도는 {now}예요.',
  tempNowAndSetpoint: '{n} 현재 온도는 {now}, 설정 온도는 {sp}예요.',
  minutesLeft: '{n} {min}분 남았어요.',
  channelNumberName: '{n} 채널은 {num}번 {name이에요/예요}.',
  channel: '{n} 채널은 {ch이에요/예요}.',
  volume: '{n} 볼륨은 {v이에요/예요}.',
  openPercent: '{n은/는} {pct}% 열려 있어요.',
  vacuumBattery: '{n은/는} {state}. 배터리는 {v}% 남았어요.',
  sensor: '{n} 온도는 {t}예요.',
  sensorHumidity: '{n} 온도는 {t}, 습도는 {h}%예요.',
  sensorUnknownHumidity: '{n} 온도는 알 수 없고, 습도는 {h}%예요.',
  /** Neither reading known (as the engine has always said it). */
  sensorUnknown: '{n} 온도는 알 수 없어요.',
  unknown: '{n} 상태를 알 수 없어요.',
};

/** The word asking a number ("몇 번이야?"): a channel is then told by its number and its name. */
export const NUMBER_ASKED = '몇';

/** Amounts said in replies: "24.5도", "11번" (a channel by its number). */
export const UNITS = {
  degrees: '{v}도',
  channelNumber: '{v}번',
};

/** Words of a state answer's details ("밝기 79%", "바람 자동", "설정 온도 22도"). */
export const STATE_PARTS = {
  brightness: '밝기',
  wind: '바람',
  setpoint: '설정 온도',
};

/** Lights asked of as a group ("불 다 꺼져 있어?"); {names} are the lights that are on. */
export const GROUP_STATE = {
  allOn: '조명은 모두 켜져 있어요.',
  allOff: '조명은 모두 꺼져 있어요.',
  someOn: '{names은/는} 켜져 있어요. 나머지는 꺼져 있어요.',
};

/** The time and the date told (clock.ts): "오후 3시 5분", "2026년 11월 27일 금요일". */
export const CLOCK = {
  am: '오전',
  pm: '오후',
  hour: '{ampm} {h}시',
  hourMinute: '{ampm} {h}시 {m}분',
  date: '{y}년 {mo}월 {d}일 {weekday}',
};

export const WEEKDAYS = ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'];

/** A light's colour temperature told ("거실 불 색온도 몇 켈빈이야?"; tone-state.ts, fixer fx45). {n} name, {k} kelvin. */
export const TONE_STATE = {
  on: '{n} 색온도는 {k}K예요.',
  off: '{n} 색온도는 {k}K로 맞춰져 있고 지금은 꺼져 있어요.',
};
