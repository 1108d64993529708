/**
 * "손님 온대서 거실 불 켜려 했는데, 아 취소됐대 그냥 둬": a clause that tells what the speaker meant to do
 * (-려 했는데, -려고 했다가) holds its verb in a form the lexicon does not read; it is no clipped request
 * for a coming or going to complete (household.ts), and "그냥 둬" after it asks nothing (fixer fx50).
 */
import type { Frame } from './clause-frame.js';
import { MEANT_TO } from './lexicon/household.js';
import { anyWord, compactForm } from './text.js';

const MEANT = anyWord(MEANT_TO.map(compactForm));

/** The frame's unread stretch tells what was meant to be done. */
export function meantTo(f: Frame, compact: string): boolean {
  if (!f.unknown.length) return false;
  const m = MEANT.exec(compact);
  if (!m) return false;
  const at = m.index;
  return f.unknown.some(([b, e]) => b <= at && at < e);
}
