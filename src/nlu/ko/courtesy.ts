/**
 * A courtesy around a request (issue #13): "스피커 소리 두 칸 키워 고마워", "고마워 그리고 불 꺼 줘". The
 * thanks at either end of a turn that asks for something else is dropped before the turn is read; a
 * turn that is only thanks ("정말 고마워") is left as it is, small talk.
 */

import {
  COURTESIES,
  COURTESY_LEADS,
  COURTESY_TRAIL,
  PLEASE_WORD,
  PLEASES,
  REASON_BEFORE_PLEASE,
  THANKS_FOR_DONE,
} from './lexicon/courtesy.js';
import { relayedAsSaid } from './relayed-tail.js';
import { wishAsRequest } from './wish-said.js';

const WORDS = `(?:(?:${COURTESY_LEADS.join('|')})\\s*)?(?:${COURTESIES.map((w) => w.replace(/ /g, '\\s*')).join('|')})`;
const AT_END = new RegExp(`[\\s,.!~]*${WORDS}[\\s,.!~^${COURTESY_TRAIL}]*$`, 'i');
const AT_START = new RegExp(`^\\s*${WORDS}(?:[\\s,.!~^ㅎㅋ]+|$)`, 'i');
/** The first letters of the courtesies (a cheap guard). */
const FIRST = new RegExp(`[${[...new Set(COURTESIES.map((w) => w[0]))].join('')}]`, 'i');
/** Thanks for what was done (…줘서, …해서): the reason of the thanks. */
const DONE = new RegExp(`${THANKS_FOR_DONE}\\s*$`);
/** A please after a reason, at the end of the turn. */
const PLEASE_AFTER_REASON = new RegExp(
  `(?:${REASON_BEFORE_PLEASE.join('|')})[\\s,.!~]*(?:${PLEASES.map((w) => w.replace(/ /g, '\\s*')).join('|')})[\\s,.!~^]*$`,
);
/** Where the please begins in what it matched. */
const PLEASE_AT = new RegExp(`[\\s,.!~]*${PLEASE_WORD}`);
/** What is left must say something: two letters at least. */
const CONTENT = /[\uac00-\ud7a3a-z0-9].*[\uac00-\ud7a3a-z0-9]/i;

/** The turn without a courtesy at its start or end, when something else is said; a wish, or a request passed on at length, said as the request it asks. */
export const withoutCourtesy = (text: string): string => relayedAsSaid(wishAsRequest(courtesyStripped(text)));

function courtesyStripped(text: string): string {
  let s = text;
  // "…동생 공부하니까 부탁해": the please goes, the reason stays
  if (s.includes(PLEASE_WORD)) {
    const please = PLEASE_AFTER_REASON.exec(s);
    if (please) s = s.slice(0, please.index + please[0].search(PLEASE_AT));
  }
  // cheap guard: nearly every turn has none of these
  if (!FIRST.test(s)) return s;
  const end = AT_END.exec(s);
  // "열어 줘서 고마워": thanks for what was done is small talk, nothing to do again
  const before = end ? s.slice(0, end.index) : '';
  if (end && CONTENT.test(before) && !DONE.test(before)) s = before;
  const start = AT_START.exec(s);
  if (start && CONTENT.test(s.slice(start[0].length))) s = s.slice(start[0].length);
  return s;
}
