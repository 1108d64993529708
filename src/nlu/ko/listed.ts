/**
 * Complaints listed with -고 ("거실은 너무 어둡고 티비 소리는 너무 커", "…깜깜하고 …크고"): each
 * complaint of the list is a request of its own, not the reason of the one after it, when the turn
 * asks for nothing else. A complaint closed by -서/-니까 stays a reason ("어두워서 …").
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { MARKS } from './lexicon/marks.js';
import { LISTING_ENDS } from './lexicon/pointing.js';
import type { Token } from './tokenize.js';

const LISTING = new Set(LISTING_ENDS);

const isComplaint = (tok: Token) => tok.lex.some((x) => x.t === 'cplx');

/**
 * "깜깜하고": 하고 glued to a complaint's word ends its clause, it joins no targets. "크고": a
 * one-syllable complaint stem is listed with its -고, which is split off to end the clause.
 */
export function listAfterComplaint(tokens: Token[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    const prev = tokens[k - 1];
    if (tok.text === MARKS.andWith && prev && prev.end === tok.start && isComplaint(prev))
      tok.lex = [{ t: 'clause' }];
    else if (isComplaint(tok) && tok.text.length === 2 && tok.text.endsWith(MARKS.join)) {
      const end: Token = { start: tok.end - 1, end: tok.end, text: MARKS.join, lex: [{ t: 'clause' }] };
      tokens.splice(k + 1, 0, end);
      tokens[k] = { ...tok, end: tok.end - 1, text: tok.text.slice(0, 1) };
      k++;
    }
  }
}

const asksOutright = (f: Frame) => f.verb !== null && !WEAK_VERBS.has(f.verb) && (f.asked || f.req);

/**
 * The complaints of a list are each asked, from the last back to the first; one that names no room
 * or device of its own is about the room of the one before ("안방은 너무 춥고 어두워").
 */
export function listedComplaints(frames: Frame[]): void {
  if (frames.some(asksOutright)) return;
  const items: Frame[] = [];
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i] as Frame;
    // "…크고 아 진짜": what trails after the last complaint says nothing
    const empty =
      !f.complaint && !f.verb && (f.inherited || !f.targets.length) && !f.areas.length && !f.attrs.length;
    if (empty && !f.chat && !f.question) continue;
    const closed = f.reason && f.joined && LISTING.has(f.tokens.at(-1)?.text ?? '');
    const item = f.complaint !== null && !f.story && !f.cond && !f.question && !f.chat;
    // the last complaint of the list, or one listed with -고 before it
    if (item && (closed || (!f.reason && !items.length))) items.unshift(f);
    else break;
  }
  if (items.length < 2) return;
  for (let k = 0; k < items.length; k++) {
    const f = items[k] as Frame;
    f.reason = false;
    const before = items[k - 1];
    if (before && !f.areas.length && (f.inherited || !f.targets.length) && before.areas.length)
      f.areas = [...before.areas];
  }
}
