/**
 * A request passed on said at length is the request passed on (issue #13, fixer fx39): "엄마가 공기청정기 켜
 * 놓으라고 했어", "아빠가 환기 좀 시키라셔", "할머니가 장판 켜 주라 카더라" end as "…놓으래", "…시키래",
 * "…주래", which the lexicon reads as a request passed on. Only at the end of the turn.
 */
import { MARKS } from './lexicon/marks.js';
import { RELAYED_TAILS } from './lexicon/relayed-tails.js';

const TAIL = new RegExp(`(?:${RELAYED_TAILS.map((w) => w.replace(/ /g, '\\s*')).join('|')})([\\s.!~?]*)$`);

/** The turn with a long relayed ending said as 래. */
export function relayedAsSaid(text: string): string {
  return text.includes(MARKS.quoted) ? text.replace(TAIL, `${MARKS.quotedAs}$1`) : text;
}
