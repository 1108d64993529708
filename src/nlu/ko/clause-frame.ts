/** The Frame: what one clause of an utterance says, and an empty one to fill. */

import type { ChannelRef } from './lex.js';
import type { Sense } from './lexicon/speech.js';
import type { AttrKey, KindWord, ModKey, VerbKey } from './lexicon/words.js';
import type { Token } from './tokenize.js';

export interface NumberMention {
  value: number;
  unit: string | null;
  /** "3도로": a target value. */
  to: boolean;
  /** "2도 더": an amount of change. */
  by: boolean;
  hangul: boolean;
}

export interface TargetRef {
  devs: string[];
  kind: KindWord | null;
  areas: string[];
  comp: string | null;
  text: string;
  all: boolean;
  /** Brands (BRANDS indices) and product lines (PRODUCT_LINES indices) said with the target. */
  brands: number[];
  lines: number[];
  /** "냉장고 문": the appliance's door, not the front door. */
  door: boolean;
  /** "안방 불 켜, 아니 작은방": a correction moved the target to these areas (same kind there). */
  moved?: boolean;
  /** "현관 불 빼고": left out of the group the clause names (except.ts). */
  except?: boolean;
  /** "켜져 있는 티비": picked by its state among the devices of its kind (lit.ts). */
  lit?: boolean;
  /** "거실 불이랑 현관 불 켜, 아 현관 말고 안방": the room the correction moved away from; a device not in it stays. */
  movedFrom?: string;
}

/** A target built by a rule rather than read from a word: nothing said of it but what is given. */
export function targetRef(given: Partial<TargetRef>): TargetRef {
  return {
    devs: [],
    kind: null,
    areas: [],
    comp: null,
    text: '',
    all: false,
    brands: [],
    lines: [],
    door: false,
    ...given,
  };
}

export interface Frame {
  verb: VerbKey | null;
  verbs: VerbKey[];
  attr: AttrKey | null;
  attrs: AttrKey[];
  targets: TargetRef[];
  areas: string[];
  mods: Set<ModKey>;
  numbers: NumberMention[];
  /** "할머니 방": a room said that the home does not name (person-room.ts); the satellite's room is no guess. */
  roomUnknown?: boolean;
  /** "세 배로": the factor of 'double' when a number said it (else two). */
  times?: number;
  color: string | null;
  ctemp: number | null;
  mode: string | null;
  fan: number | null;
  state: string | null;
  channel: ChannelRef | null;
  nev: boolean;
  question: boolean;
  /** The frame inherited its targets from the clause before. */
  inherited: boolean;
  /** The clause was ended as a sentence of its own (by 그리고, or a device after a corrected value). */
  ended?: boolean;
  /** The clause gives a reason or context ("손님 오니까"); the request is elsewhere. */
  reason: boolean;
  /** Its room was lent by a clause of reason ("안방에서 애기 자니까"): a hint, dropped when it finds nothing. */
  lent?: boolean;
  /** The targets each correction replaced, in order ("에어컨 켜, 아니 공기청정기": [air conditioner]); both.ts. */
  replaced?: TargetRef[][];
  /** A question asked mid-turn, closed at its question mark (asked-mid.ts). */
  askedMid?: boolean;
  /** "뉴스 보게 안방 TV 켜 줘": the genre was said as what to watch, the purpose of switching on (genre-why-on.ts). */
  genreWhy?: boolean;
  /** Made a reason by a complaint joined after it ("불 켜고, 더우니까"): a request if one is asked after. */
  story?: boolean;
  /** "제습으로 해 놔, 켜지는 말고": the value is set and the switch left as it is (keep-off.ts). */
  keepOff?: boolean;
  /** A condition ("켜고 자면"): never a request. */
  cond: boolean;
  /** The clause was closed by "고", "서": joined to the next one. */
  joined: boolean;
  /** The clause corrects the one before ("아니 20도로", "거실 말고 주방"). */
  corrects: boolean;
  /** A complaint ("어두워") and what it says is wrong. */
  complaint: Sense | null;
  /** Talk about devices (buying, opinions), not a request. */
  chat: boolean;
  /** Food said ("김치", "아이스크림"): where it is kept, a compartment tag or 'kimchi'. */
  food: string | null;
  /** A plan said for later ("이따 돌릴 거야"): not a request for now. */
  later: boolean;
  /**
   * The action is asked for later: 'book' ("예약"), 'after' ("2시간 뒤에"), 'later' ("이따 켜 줘"), 'upon' an
   * event to come ("나 나가면 불 꺼 줘"; upon.ts).
   */
  delay: 'book' | 'after' | 'later' | 'upon' | null;
  /** A condition on a reading said to hold now ("지금 26도 넘으면"), checked now (reading-if.ts). */
  reading?: { attr: AttrKey; value: number; above: boolean };
  /** An imperative ending closed the clause's verb ("켜 줘"). */
  asked: boolean;
  /** A request ending ("줄래", "주시겠어요"): a request even when it ends like a question. */
  req: boolean;
  /** Compact-index spans no lexicon word covered. */
  unknown: Array<[number, number]>;
  /** "안방 빼고": rooms left out of the group the clause names (except.ts). */
  exceptAreas?: string[];
  tokens: Token[];
}

/** The frame says a value to set: an attribute, a number, a mode, a fan speed, a channel, a colour or a colour temperature. */
export const carriesValue = (f: Frame): boolean =>
  f.attrs.length > 0 ||
  f.numbers.length > 0 ||
  f.mode !== null ||
  f.fan !== null ||
  f.channel !== null ||
  f.color !== null ||
  f.ctemp !== null;

/** "거실 보일러 최저로", "안방 불 반만": a target with a value said as a size of its range. */
export const carriesSize = (f: Frame): boolean =>
  f.targets.length > 0 && (f.mods.has('max') || f.mods.has('min') || f.mods.has('half'));

export function emptyFrame(): Frame {
  return {
    verb: null,
    verbs: [],
    attr: null,
    attrs: [],
    targets: [],
    areas: [],
    mods: new Set(),
    numbers: [],
    color: null,
    ctemp: null,
    mode: null,
    fan: null,
    state: null,
    channel: null,
    nev: false,
    question: false,
    inherited: false,
    reason: false,
    corrects: false,
    cond: false,
    joined: false,
    complaint: null,
    chat: false,
    food: null,
    later: false,
    delay: null,
    asked: false,
    req: false,
    unknown: [],
    tokens: [],
  };
}
