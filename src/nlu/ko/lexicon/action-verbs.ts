/**
 * More everyday verbs for the actions of VERBS (words.ts spreads them in): clipped, regional, Konglish and
 * recognizer forms of the verbs people use for switching, turning up and down, playing and docking.
 * Helper lxv's breadth round of issue #13 (test/nlu/cases/breadth/actions.yaml).
 */
import { MISSING_RELAYED } from './missing-someone.js';
import type { AttrKey, VerbKey } from './words.js';

/** Colloquial and regional words for warm said as the change asked ("난방 쪼끔 더 뜨시게"); fixer fx44. */
const WARM_UP = ['뜨시게', '뜨시기', '뜨숩게', '뜨뜻하게', '따땃하게', '따습게', '뜨습게', '따시하게'];

const SOUND_UP = ['소리 늘려', '소리 좀 늘려', '볼륨 늘려', '볼륨 좀 늘려', '음량 늘려', '음량 좀 늘려'];

/** 죽여 of a light's brightness (alone, 죽여 is mute): "주방 불 밝기 좀 죽여". */
const DIM_DOWN = ['밝기 죽여', '밝기 좀 죽여', '불빛 죽여', '불빛 좀 죽여'];

export const MORE_VERBS: Partial<Record<VerbKey, string[]>> = {
  on: [
    // recognizer 껴 for 켜 (only before a request ending: bare 껴 is 끼다)
    '껴 줘',
    '껴줘',
    '껴 주세요',
    '껴 봐',
    // Chungcheong 켜유 (the 유 of 해유 on the verb itself)
    '켜유',
  ],
  off: ['꺼유', '끄셔유'],
  play: [
    // Gyeongsang 틀다 + 이소 with its ㄹ dropped ("에어컨 좀 트이소"), and the 하오체 트소
    '트이소',
    '트이소예',
    '트소',
    // a person's wish to watch passed on, longer than missing them (missing-someone.ts)
    ...MISSING_RELAYED,
  ],
  // 늘려 only of the sound: alone it is a time or a size made longer ("시간 좀 늘려 줘" is talk)
  up: [...SOUND_UP, ...WARM_UP],
  unmute: [
    '뮤트 해제',
    '뮤트해제',
    '뮤트 풀어',
    '뮤트풀어',
    '뮤트 꺼',
    '뮤트 취소',
    '언뮤트',
    '음소거 풀',
    '음소거 끄',
    '음소거 꺼',
    // 무음 (silent) taken back
    '무음 해제',
    '무음해제',
    '무음 풀어',
    '무음풀어',
    '무음 풀',
    '무음 꺼',
    '무음 취소',
  ],
  // the unlock said in English ("현관문 언락")
  unlock: ['언락', '언락해'],
  // nouns of 치다 and 걷다 said of a curtain ("커튼 치기"), 제치다 for pulling it aside
  // a request passed on ("엄마가 커튼 치래")
  close: ['치기', '치래'],
  open: ['걷자', '걷을래', '걷기', '제쳐', '제쳐 줘', '걷고'],
  // (업 and 다운 alone are left out: they begin 업그레이드 and "다운됐어", a machine that crashed)
  down: DIM_DOWN,
  // 구동 (driving a machine), said of an appliance ("세탁기 구동해")
  start: ['구동'],
  prev: ['앞 노래', '앞노래', '전 노래', '이전 노래', '지난 곡', '지난 노래'],
  lock: ['장가 줘', '장가줘', '장가 주세요'],
  dock: [
    '충전기로 돌아가',
    '충전대로 돌아가',
    '집으로 돌아가',
    '제자리로 돌아가',
    '충전하러 돌아가',
    '돌아가서 충전',
  ],
};

/** More fan-speed words: 살살 (gently) is the low speed (솔솔 is left out: a draught, "바람이 솔솔 들어와"). */
/** remedies.ts spreads these into ROOM_WARMER ("작은방 좀 뜨시게 해 줘"). */
export const MORE_ROOM_WARMER = WARM_UP;

export const MORE_LOW_FAN = ['살살'];

/** Words that are an attribute and its verb at once (as "소리 업" is): ATTRS spreads them in. */
export const MORE_ATTRS: Partial<Record<AttrKey, string[]>> = { volume: SOUND_UP, brightness: DIM_DOWN };
