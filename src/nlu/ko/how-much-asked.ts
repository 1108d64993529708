/**
 * "주방 불 얼마나 밝아?", "티비 소리 얼마나 커?", "냉장고 얼마나 차가워?": how much of a state, asked with 얼마나
 * right before the word for it, is a question about the reading that measures it, not a complaint to fix.
 * A question mark, or a plain ending with nothing after the word, says it is asked; "얼마나 추운지 몰라" and
 * "얼마나 추웠는데" (how cold it was!) are complaints and stay so.
 */
import type { Frame } from './clause-frame.js';
import type { Sense } from './lexicon/speech.js';
import { HOW_MUCH, HOW_MUCH_ASKED_ENDS } from './lexicon/states-said.js';
import type { AttrKey } from './lexicon/words.js';
import type { Normalized } from './text.js';

const READING: Partial<Record<Sense, AttrKey>> = {
  dark: 'brightness',
  bright: 'brightness',
  loud: 'volume',
  quiet: 'volume',
  big: 'volume',
  small: 'volume',
  cold: 'temperature',
  hot: 'temperature',
  notcold: 'temperature',
  toocold: 'temperature',
  humid: 'humidity',
  dry: 'humidity',
};

export function howMuchAsked(frames: Frame[], norm: Normalized): void {
  for (const f of frames) {
    const attr = f.complaint ? READING[f.complaint] : undefined;
    if (!attr || f.req) continue;
    const k = f.tokens.findIndex((t) => t.lex.some((l) => l.t === 'cplx'));
    const word = f.tokens[k];
    if (!word) continue;
    const before = norm.compact.slice(0, word.start);
    if (!HOW_MUCH.some((w) => before.endsWith(w))) continue;
    const rest = norm.compact.slice(word.end);
    if (!(norm.question && rest.length <= 2) && !HOW_MUCH_ASKED_ENDS.includes(rest)) continue;
    f.complaint = null;
    f.verb = 'query';
    if (!f.verbs.includes('query')) f.verbs.push('query');
    if (!f.attrs.includes(attr)) f.attrs.push(attr);
    f.attr = attr;
    f.question = true;
  }
}
