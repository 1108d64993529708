/** The Frame: what one clause of an utterance says, and an empty one to fill. */

import type { ChannelRef } from './lex.js';
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
  /** Compact-index spans no lexicon word covered. */
  unknown: Array<[number, number]>;
  tokens: Token[];
}

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
    unknown: [],
    tokens: [],
  };
}
