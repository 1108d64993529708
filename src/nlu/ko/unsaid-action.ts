/**
 * The action left unsaid (issue #13, "say what was understood"; fixer fx45): a device named and then
 *   - the word searched for and not found, said last ("에어컨을 그… 뭐라 하지", "장판 그 뭐였지"), with no verb
 *     before it, or after a correction of the request ("거실 불 켜, 아니 그거 말고… 뭐였더라": the corrected
 *     request never runs and its replacement was never said);
 *   - a placeholder for the action with the weak verb 해 and nothing else of the action ("세탁기 그거 좀 해 줘",
 *     "테레비 거시기 좀 해 불어");
 * asks what to do with the device ("에어컨을 어떻게 할까요?"), never guessing the action. Words: FORGOT_TAILS,
 * ACTION_PLACEHOLDERS in lexicon/partly-said.ts.
 */
import type { Understanding } from '../types.js';
import { carriesValue } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { ACTION_PLACEHOLDERS, FORGOT_TAILS } from './lexicon/partly-said.js';
import type { Parsed } from './parse.js';
import { howToTarget } from './partly.js';
import { anyWord } from './text.js';
import type { Token } from './tokenize.js';

const FORGOT = anyWord(FORGOT_TAILS, true);
/** The last syllables the searches end in: the cheap test before the pattern. */
const FORGOT_LAST = new Set(FORGOT_TAILS.map((w) => w[w.length - 1] as string));
const PLACE = new Set(ACTION_PLACEHOLDERS);
/** Tokens that say nothing of the action between the device (or the correction) and the search. */
const EMPTY = new Set(['filler', 'part', 'corr', 'nev', 'mod']);
const empty = (t: Token) => t.lex.length > 0 && t.lex.every((x) => EMPTY.has(x.t));
const namesDevice = (t: Token) => t.lex.some((x) => x.t === 'dev' || x.t === 'kind');
const hasVerb = (t: Token) => t.lex.some((x) => x.t === 'verb');

export function unsaidAction(p: Parsed, idx: HomeIndex): Understanding | null {
  if (p.norm.question) return null;
  return forgotWord(p, idx) ?? placeholderDo(p, idx);
}

/** "에어컨을 그… 뭐라 하지", "거실 불 켜, 아니 그거 말고… 뭐였더라". */
function forgotWord(p: Parsed, idx: HomeIndex): Understanding | null {
  const c = p.norm.compact;
  if (!FORGOT_LAST.has(c[c.length - 1] ?? '')) return null;
  const m = FORGOT.exec(c);
  if (!m) return null;
  // walk back from the search over words that say nothing, with no gap of unknown text
  let pos = m.index;
  let k = p.tokens.findLastIndex((t) => t.end <= pos);
  let corrected = false;
  while (k >= 0) {
    const t = p.tokens[k] as Token;
    if (t.end !== pos || !empty(t)) break;
    if (t.lex.some((x) => x.t === 'corr')) corrected = true;
    pos = t.start;
    k--;
  }
  const head = p.tokens[k];
  if (!head || head.end !== pos) return null;
  const before = p.tokens.slice(0, k + 1);
  if (corrected) {
    // the corrected request named a device and asked for something
    if (!before.some(hasVerb)) return null;
  } else if (!namesDevice(head) || before.some(hasVerb)) return null;
  const frame = p.frames.find((f) => f.targets.length && f.tokens.some((t) => before.includes(t)));
  if (!frame || frame.chat) return null;
  return howToTarget(frame, idx);
}

/** "세탁기 그거 좀 해 줘": a placeholder is what to do, and the verb is only 해. */
function placeholderDo(p: Parsed, idx: HomeIndex): Understanding | null {
  const k = p.tokens.findIndex((t) => PLACE.has(t.text));
  if (k < 1) return null;
  const ph = p.tokens[k] as Token;
  const f = p.frames.find((g) => g.tokens.includes(ph));
  if (!f || p.frames.length > 1 || f.chat || !f.targets.length || carriesValue(f)) return null;
  if (!f.verbs.length || f.verbs.some((v) => v !== 'do')) return null;
  // the device said before the placeholder, the verb after it
  const devAt = f.tokens.findIndex(namesDevice);
  const verbAt = f.tokens.findIndex(hasVerb);
  const at = f.tokens.indexOf(ph);
  if (devAt < 0 || devAt > at || verbAt < at) return null;
  return howToTarget(f, idx);
}
