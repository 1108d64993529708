/**
 * A courtesy around a request (issue #13): "스피커 소리 두 칸 키워 고마워", "고마워 그리고 불 꺼 줘". The
 * thanks at either end of a turn that asks for something else is dropped before the turn is read; a
 * turn that is only thanks ("정말 고마워") is left as it is, small talk.
 */

import { COURTESIES, COURTESY_LEADS } from './lexicon/courtesy.js';

const WORDS = `(?:(?:${COURTESY_LEADS.join('|')})\\s*)?(?:${COURTESIES.map((w) => w.replace(/ /g, '\\s*')).join('|')})`;
const AT_END = new RegExp(`[\\s,.!~]*${WORDS}[\\s,.!~^ㅎㅋ요]*$`, 'i');
const AT_START = new RegExp(`^\\s*${WORDS}(?:[\\s,.!~^ㅎㅋ]+|$)`, 'i');
/** What is left must say something: two letters at least. */
const CONTENT = /[가-힣a-z0-9].*[가-힣a-z0-9]/i;

/** The turn without a courtesy at its start or end, when something else is said. */
export function withoutCourtesy(text: string): string {
  // cheap guard: nearly every turn has none of these
  if (!/[고감땡수t]/i.test(text)) return text;
  let s = text;
  const end = AT_END.exec(s);
  if (end && CONTENT.test(s.slice(0, end.index))) s = s.slice(0, end.index);
  const start = AT_START.exec(s);
  if (start && CONTENT.test(s.slice(start[0].length))) s = s.slice(start[0].length);
  return s;
}
