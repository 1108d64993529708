/**
 * "그것도", "하나 더", "아까처럼 해 줘", "다시 해 줘": a follow-up said with nothing before it. The hub keeps
 * no earlier turn to lean on (only a pending choice, answered before this), so what is meant is asked back
 * instead of "잘 못 알아들었어요". Only a turn made of follow-up words, fillers and the plain verb of doing.
 */
import type { Understanding } from '../types.js';
import { FOLLOW_UP_AROUND, FOLLOW_UP_WORDS, PARTLY_MSG } from './lexicon/partly-said.js';

const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const WORD = new RegExp(`(?:${byLength(FOLLOW_UP_WORDS)})`, 'g');
const WHOLE = new RegExp(`^(?:${byLength([...FOLLOW_UP_WORDS, ...FOLLOW_UP_AROUND])})+$`);

export function followUpAlone(compact: string, question: boolean): Understanding | null {
  if (question || !WHOLE.test(compact)) return null;
  // at least one word that leans on a turn before, not fillers and 해 줘 alone
  if (!(compact.match(WORD) ?? []).length) return null;
  return { understood: true, intents: [], actions: [], answer: PARTLY_MSG.followUp };
}
