/**
 * The conduct of people resolved or suggested, with nothing of the home named ("애들 숙제하니까 조용히 해야겠다",
 * "할머니 주무시니까 조용히 하자"): the speaker tells what they and those around them must do; "조용히 해"
 * alone still quiets the speaker it is said to (fixer fx50, natural-30 H).
 */
import type { Frame } from './clause-frame.js';
import { OWN_CONDUCT, OWN_CONDUCT_TAILS } from './lexicon/wish-said.js';
import { anyWord, compactForm } from './text.js';

const CONDUCT = anyWord(OWN_CONDUCT.map(compactForm));
const TAIL = anyWord(OWN_CONDUCT_TAILS.map(compactForm), true);

const names = (f: Frame): boolean =>
  f.targets.length > 0 ||
  f.areas.length > 0 ||
  f.attrs.length > 0 ||
  f.channel !== null ||
  f.numbers.length > 0 ||
  f.mode !== null;

export function ownConduct(frames: Frame[], compact: string): void {
  if (!CONDUCT.test(compact) || !TAIL.test(compact) || frames.some(names)) return;
  for (const f of frames) f.chat = true;
}
