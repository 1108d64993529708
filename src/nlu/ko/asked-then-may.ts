/**
 * "거실 습도 어때? 빨래 널어도 되나", "청소기 배터리 얼마나 남았어? 돌려도 되려나": a question about the home,
 * then the speaker musing whether it is all right to do something (-어도 되나, -어도 되려나, -어도 괜찮나) —
 * the answer to the question is what decides it, so the question is answered and the musing asks nothing of
 * the home (fixer fx46). Leave asked outright ("켜도 돼?", "돌려도 될까요?") stays a request.
 */
import type { Frame } from './clause-frame.js';
import { MAY_MUSED } from './lexicon/talk-shapes.js';
import { compactForm, type Normalized } from './text.js';

const MUSED = MAY_MUSED.map(compactForm);

/** The turn ends musing whether it may (a cheap test of the compact text's end). */
export const endsMused = (compact: string): boolean => MUSED.some((e) => compact.endsWith(e));

export function askedThenMay(frames: Frame[], norm: Normalized): void {
  if (!norm.asks.length || !endsMused(norm.compact)) return;
  const mark = norm.asks[norm.asks.length - 1] as number;
  for (const f of frames) {
    const after = f.tokens.filter((t) => t.start >= mark);
    if (!after.length) continue;
    if (after.length === f.tokens.length) {
      // the musing is a clause of its own, after the question's
      if (f === frames[0] || !frames.some((g) => g !== f && g.question)) continue;
      f.chat = true;
      f.req = false;
      f.verb = null;
      f.verbs = [];
      f.targets = [];
      continue;
    }
    // the musing ran on in the question's clause: what it names is not what is asked
    const said = new Set(after.map((t) => t.text));
    f.targets = f.targets.filter((t) => !said.has(compactForm(t.text)));
  }
}
