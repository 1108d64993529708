/**
 * "남편이 땀 뻘뻘 흘리면서 들어왔어, 휘센 켜고 23도로 해 줘": a complaint told in a story the lexicon does not
 * know, then a device and its action, is two clauses — the story (with whoever did it) is the reason, the
 * device and its action the request — even when the clause reader saw no boundary between them.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { hasLex, isTargetTok } from './tokenize.js';

/** Unknown characters between the complaint and the device that make a clause of their own. */
const STORY_CHARS = 3;

export function storyThenDevice(frames: Frame[], starts: Uint8Array): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.complaint === null || f.reason || f.chat || f.question || !f.verb || WEAK_VERBS.has(f.verb))
      continue;
    const c = f.tokens.findIndex((t) => hasLex(t, 'cplx'));
    const d = f.tokens.findIndex((t, k) => k > c && isTargetTok(t));
    if (c < 0 || d < 0) continue;
    const to = f.tokens[d]?.start ?? 0;
    // nothing known between them, and the device begins a spoken word
    if (d !== c + 1 || starts[to] !== 1) continue;
    const gap = f.unknown.filter(([a, b]) => a >= (f.tokens[c]?.end ?? 0) && b <= to);
    if (gap.reduce((n, [a, b]) => n + b - a, 0) < STORY_CHARS) continue;
    if (f.tokens.slice(0, c).some((t) => isTargetTok(t) || hasLex(t, 'verb'))) continue;
    const story: Frame = {
      ...f,
      verb: null,
      verbs: [],
      targets: [],
      attrs: [],
      attr: null,
      areas: [],
      numbers: [],
      mods: new Set(),
      joined: false,
      asked: false,
      req: false,
      reason: true,
      unknown: f.unknown.filter(([, b]) => b <= to),
      tokens: f.tokens.slice(0, d),
    };
    f.complaint = null;
    f.unknown = f.unknown.filter(([a]) => a >= to);
    f.tokens = f.tokens.slice(d);
    frames.splice(i, 0, story);
    i++;
  }
}
