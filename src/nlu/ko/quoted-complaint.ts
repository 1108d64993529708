/**
 * A complaint about a device of the home quoted with -다고 and passed on by those outside it ("거실 티비 소리
 * 너무 크다고 옆집에서 연락 왔어", "아랫집에서 티비 소리 시끄럽다고 했대"): the neighbours are who complained, not a
 * noise from outside, so the complaint is the request and what follows the quote only tells who said it
 * (fixer fx50, natural-29 F).
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { COMPLAINERS, SETTLED_WORDS } from './lexicon/context.js';
import { MARKS } from './lexicon/marks.js';
import { anyWord, compactForm, type Normalized } from './text.js';
import { hasLex, type Token } from './tokenize.js';

const WHO = new Set(COMPLAINERS);
const SETTLED = anyWord(SETTLED_WORDS.map(compactForm));

/** The clause ends in the quotative 다고 after the complaint ("크다고", "시끄럽다고"). */
function quoted(toks: Token[]): boolean {
  const last = toks[toks.length - 1];
  const before = toks[toks.length - 2];
  if (!last || !before || last.text !== MARKS.quoteJoin || !hasLex(last, 'clause')) return false;
  return before.text === MARKS.quoteEnd || (hasLex(before, 'cplx') && before.text.endsWith(MARKS.quoteEnd));
}

export function quotedComplaint(frames: Frame[], norm: Normalized): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.complaint === null || !f.targets.length || f.asked || f.req || !quoted(f.tokens)) continue;
    const chats = f.tokens.filter((t) => hasLex(t, 'chat'));
    const next = frames[i + 1]?.tokens ?? [];
    // who passed it on, said with 에서 ("옆집에서"; "옆집 티비 소리 크다고" is the neighbours' own TV)
    const from = (toks: Token[], k: number) =>
      WHO.has((toks[k] as Token).text) && toks[k + 1]?.text === MARKS.from;
    const passedOn = chats.length
      ? chats.every((t) => from(f.tokens, f.tokens.indexOf(t)))
      : next.length > 1 && from(next, 0);
    // only the report may follow ("…연락 왔어"): not a question ("진짜 커?"), an order ("무시해"), nor a
    // call-off ("지금은 괜찮대")
    if (
      !passedOn ||
      norm.question ||
      frames.slice(i + 1).some((x) => x.req || x.nev || (x.asked && !!x.verb && !WEAK_VERBS.has(x.verb)))
    )
      continue;
    // nor a complaint that is settled ("…했었는데 지금은 괜찮대")
    if (SETTLED.test(norm.compact.slice((f.tokens[f.tokens.length - 1] as Token).end))) continue;
    f.chat = false;
    f.reason = false;
    f.joined = false;
    for (const x of frames.slice(i + 1)) {
      x.chat = false;
      x.reason = true;
      x.question = false;
      x.asked = false;
      x.verb = null;
      x.verbs = [];
      x.complaint = null;
      x.targets = [];
      x.attrs = [];
      x.attr = null;
    }
    return;
  }
}

/**
 * "옆집에서 공사해서 시끄러워": a noise complained of right after a reason naming the neighbours as its source is
 * their noise, not the home's: talk, with no device to turn down (as "윗집 때문에 시끄러워" already is).
 */
export function neighboursNoise(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.complaint !== 'loud' || f.targets.length || f.areas.length || f.asked || f.req) continue;
    const prev = frames[i - 1] as Frame;
    if (!prev.reason || prev.targets.length || !prev.tokens.some((t) => WHO.has(t.text))) continue;
    f.complaint = null;
    f.chat = true;
  }
}
