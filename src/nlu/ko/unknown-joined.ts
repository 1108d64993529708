/**
 * A verb the lexicon does not know, joined by -고 before another request ("에어컨 ○○고 커튼 닫아"): the
 * devices said before it go with that unknown verb, never with the verb said after it. They are left out
 * of the request (nothing is guessed for them); the request after the unknown verb is done. A known verb with
 * an ending the lexicon lacks ("꺼버리고") that is the verb said after keeps its devices in the request.
 */
import { emptyFrame, type Frame } from './clause-frame.js';
import { type Lex, STATIC } from './lex.js';
import { JOINED_ENDS } from './lexicon/turn-shapes.js';
import type { VerbKey } from './lexicon/words.js';
import { hasLex, type Token } from './tokenize.js';

/** Joining endings that close a clause of its own. */
const JOINED = new RegExp(`(${JOINED_ENDS.join('|')})$`);

/** The verb a span begins with ("꺼버리고", "꺼뜨리고": 꺼 with an ending the lexicon lacks), if any. */
function verbBegun(compact: string, at: number, end: number): VerbKey | null {
  const m: Array<[number, Lex[]]> = [];
  STATIC.matchesAt(compact, at, m);
  for (const [e, items] of m) for (const x of items) if (e < end && x.t === 'verb') return x.v as VerbKey;
  return null;
}

const names = (t: Token) => hasLex(t, 'dev') || hasLex(t, 'kind') || hasLex(t, 'comp');

/** Verbs that only ask or tell: never given to the devices before them. */
const WEAK = new Set<VerbKey>(['query', 'hot', 'do']);

export function unknownJoined(frames: Frame[], compact: string): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.targets.length < 2 || f.verb === null) continue;
    for (const [a, b] of f.unknown) {
      if (!JOINED.test(compact.slice(a, b))) continue;
      const before = f.tokens.filter((t) => t.end <= a);
      const after = f.tokens.filter((t) => t.start >= b);
      // only a clause with its own devices on both sides, and the verb after the unknown one
      if (!before.some(names) || !after.some(names) || before.some((t) => hasLex(t, 'verb'))) continue;
      if (!after.some((t) => hasLex(t, 'verb'))) continue;
      // "티비 꺼버리고 불 꺼": a known verb with an ending the lexicon lacks, the same verb as after: one request
      const own = verbBegun(compact, a, b);
      if (own === f.verb) continue;
      const left = new Set(before.filter(names).map((t) => t.text));
      const kept = f.targets.filter((t) => !left.has(t.text));
      if (!kept.length || kept.length === f.targets.length) continue;
      // "에어컨 꺼뜨리고 커튼 닫아": that other known verb is their own request
      if (own !== null && !WEAK.has(own)) {
        const g = emptyFrame();
        g.verb = own;
        g.verbs = [own];
        g.targets = f.targets.filter((t) => left.has(t.text));
        g.tokens = before;
        g.joined = true;
        frames.splice(i, 0, g);
        i++;
      }
      f.targets = kept;
      break;
    }
  }
}
