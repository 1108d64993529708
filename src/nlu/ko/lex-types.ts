/** What a word of the lexicon means (Lex) and the home's own words (DynamicLexicon); lex.ts builds them. */

import type { Sense } from './lexicon/speech.js';
import type { AttrKey, KindWord, ModKey, VerbKey } from './lexicon/words.js';
import type { Trie } from './text.js';

export interface ChannelRef {
  device: string;
  major: number;
  minor: number;
  name: string;
  /** Named by a genre ("뉴스"), not by the channel's own name: a name said with it wins. */
  genre?: boolean;
}

export type Lex =
  | { t: 'verb'; v: VerbKey }
  | { t: 'attr'; v: AttrKey }
  | { t: 'kind'; v: KindWord }
  | { t: 'comp'; v: string }
  | { t: 'mod'; v: ModKey }
  | { t: 'state'; v: string }
  | { t: 'color'; v: string }
  | { t: 'ctemp'; v: number }
  | { t: 'mode'; v: string }
  | { t: 'fan'; v: number }
  | { t: 'clause' }
  | { t: 'and' }
  | { t: 'part' }
  | { t: 'end' }
  | { t: 'filler' }
  | { t: 'nev' }
  | { t: 'neg' }
  | { t: 'unit'; v: string }
  | { t: 'area'; v: string }
  | { t: 'dev'; v: string }
  | { t: 'chan'; v: ChannelRef }
  /** "니까", "는데": the clause is a reason or context. */
  | { t: 'conn' }
  /** "아니", "말고": what follows corrects what came before. */
  | { t: 'corr' }
  /** "였다", "말한 거야": the part just said corrects the clause before. */
  | { t: 'corrAfter' }
  /** A complaint ("어두워") and what it says is wrong. */
  | { t: 'cplx'; v: Sense }
  /** Talk about devices (buying, opinions), not a request. */
  | { t: 'chat' }
  /** Food, and where it is kept (a compartment tag, or 'kimchi' for a kimchi refrigerator). */
  | { t: 'food'; v: string }
  /** "이따", "나중에", "할 거야": a plan for later, not a request for now. */
  | { t: 'later' }
  /** "지 않아?": a complaint asked back is said, not asked. */
  | { t: 'rhet' }
  /** "못 열겠네", "하나도 안": what cannot be done is said, not asked (lexicon/talk.ts). */
  | { t: 'cannot' }
  /** A known word that asks nothing of the home ("강아지" is no 강 fan speed). */
  | { t: 'word' }
  /** "예약" (v: true), "2시간 뒤에": the action is asked for later. */
  | { t: 'delay'; v: boolean }
  /** A request ending ("줄래", "주시겠어요", "주이소"). */
  | { t: 'req' }
  /** "빼고", "제외하고": the target or room before it is left out. */
  | { t: 'except' }
  /** A brand (index into BRANDS) or a product line (index into PRODUCT_LINES). */
  | { t: 'brand'; v: number }
  | { t: 'line'; v: number };

/** The home's own words: names and aliases, areas, channels. */
export interface DynamicLexicon {
  trie: Trie<Lex>;
  /** Genre words no tuner of the home carries (compact form), as a channel of major -1 (genre-none.ts). */
  lacking?: Array<[string, ChannelRef]>;
}
