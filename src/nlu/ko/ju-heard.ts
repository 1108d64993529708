/**
 * A recognizer writes the request ending 줘 as 져 or 저 when it is said lazily, as a word of its own after the
 * verb: "거실 불 켜 져", "현관문 잠가 져", "에어컨 22도로 맞춰 져 요". Glued to the verb ("켜져", "잠가져") it is the
 * state or the passive, and the lexicon reads it so; written apart after a verb that acts, at the end of the turn
 * or of its clause, it is the request, and is read back as 줘 before the turn is parsed. A question mark after it,
 * or a word that goes on with the state ("꺼 져 있어", "켜 져 버렸어", "꺼 져 서"), leaves it as it is. 저 (also
 * "that", "I") is read so only last in the turn. Words: JU_HEARD, JU_HEARD_NOT_BEFORE in lexicon/recognizer.ts.
 */
import { type Lex, STATIC } from './lex.js';
import { MARKS } from './lexicon/marks.js';
import { JU_HEARD, JU_HEARD_NOT_BEFORE } from './lexicon/recognizer.js';
import { JU_SAID } from './lexicon/rule-words.js';
import { WEAK_VERB_KEYS } from './lexicon/words.js';

const WEAK = new Set<string>(WEAK_VERB_KEYS);
const PATTERN = new RegExp(`([\uac00-\ud7a3]+)\\s+(${JU_HEARD.join('|')})(?=$|[\\s,.!~?])`, 'g');

/** The word ends in a verb that acts ("켜", "불꺼", "잠가", "맞춰"). */
function endsInVerb(word: string): boolean {
  const found: Array<[number, Lex[]]> = [];
  for (let i = 0; i < word.length; i++) {
    found.length = 0;
    STATIC.matchesAt(word, i, found);
    for (const [end, items] of found)
      if (end === word.length && items.some((x) => x.t === 'verb' && !WEAK.has(String(x.v)))) return true;
  }
  return false;
}

/** The turn with 져/저 written apart after a verb read as 줘 ("불 켜 져" → "불 켜 줘"). */
export function juHeard(text: string): string {
  if (!JU_SAID.heard.some((h) => text.includes(` ${h}`))) return text;
  return text.replace(PATTERN, (whole, verb: string, ju: string, at: number) => {
    const rest = text.slice(at + whole.length);
    if (/^\s*\?/.test(rest)) return whole;
    const next = rest.replace(/^[\s,.!~]+/, '');
    if (ju.startsWith(JU_SAID.endOnly) && next.length) return whole;
    if (next && JU_HEARD_NOT_BEFORE.some((w) => next.startsWith(w))) return whole;
    if (!endsInVerb(verb)) return whole;
    return `${verb} ${JU_SAID.ju}${ju.endsWith(MARKS.polite) ? MARKS.polite : ''}`;
  });
}
