/**
 * A complaint told with the hearsay ending -대 ("애가 춥대", "할머니가 안방 어둡대요"; fixer fx32) is a
 * person at home feeling it, and gets its remedy; said of no one, no room and no device ("오늘 밤에 많이
 * 덥대", "그 영화 엄청 시끄럽대") it is news heard, talk.
 */
import type { Frame } from './clause-frame.js';
import { TOLD_BY, TOLD_BY_AFTER, TOLD_COMPLAINTS } from './lexicon/told-complaints.js';
import { compactForm, type Normalized } from './text.js';

const TOLD = new Set(TOLD_COMPLAINTS.flatMap(([words]) => words.map(compactForm)));
const PEOPLE = new Set(TOLD_BY.flatMap((p) => TOLD_BY_AFTER.map((a) => compactForm(p) + a)));

/** Whether a spoken word of the turn is one of the people of the home (with its particle). */
function namesPerson(norm: Normalized): boolean {
  const { compact, starts } = norm;
  let from = 0;
  for (let i = 1; i <= compact.length; i++) {
    if (i < compact.length && starts[i] !== 1) continue;
    if (PEOPLE.has(compact.slice(from, i))) return true;
    from = i;
  }
  return false;
}

export function toldOfNoOne(frames: Frame[], norm: Normalized): void {
  const told = frames.filter((f) => f.complaint !== null && f.tokens.some((t) => TOLD.has(t.text)));
  if (!told.length) return;
  if (frames.some((f) => f.targets.length || f.areas.length)) return;
  if (namesPerson(norm)) return;
  for (const f of told) {
    f.complaint = null;
    f.chat = true;
  }
}
