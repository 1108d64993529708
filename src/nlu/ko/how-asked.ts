/**
 * "작은방 장판 좀 어떻게", "김치냉장고 좀 어떻게 해 주라": a device named and "좀 어떻게", clipped or with a
 * request ending, asks something done about it; what is not said is how, so how is asked back ("전기장판을 어떻게
 * 할까요?"), never its state told nor the turn taken for talk.
 */
import type { Understanding } from '../types.js';
import { endingsBy } from './ends.js';
import type { HomeIndex } from './home.js';
import { MARKS } from './lexicon/marks.js';
import { HOW_ASKED_TAILS } from './lexicon/partly-said.js';
import type { Parsed } from './parse.js';
import { howToTarget } from './partly.js';

const POLITE_END = new RegExp(`${MARKS.polite}$`);

const HOW_TAILS = endingsBy(HOW_ASKED_TAILS);

export function howAsked(p: Parsed, idx: HomeIndex): Understanding | null {
  if (p.norm.question) return null;
  const compact = p.norm.compact.replace(POLITE_END, '');
  if (!HOW_TAILS(compact).some((t) => compact.endsWith(t))) return null;
  const named = p.frames.filter((f) => f.targets.length > 0);
  const f = named[0];
  if (named.length !== 1 || !f || f.targets.length !== 1 || f.reason || f.complaint !== null) return null;
  return howToTarget(f, idx);
}
