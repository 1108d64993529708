/**
 * "안방이 춥기도 하고 너무 어둡네", "거실 덥고 시끄러워": two complaints of different kinds said in one clause
 * ask for both remedies; the clause is split in two at the second complaint, each with the room said.
 */
import type { Frame } from './clause-frame.js';
import type { Sense } from './lexicon/speech.js';
import { hasLex, type Token } from './tokenize.js';

const senseOf = (t: Token): Sense | null => {
  const l = t.lex.find((x) => x.t === 'cplx');
  return l && l.t === 'cplx' ? (l.v as Sense) : null;
};

export function twoComplaints(frames: Frame[]): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.complaint === null || f.question || f.reason || f.cond || (f.verb && f.verb !== 'hot')) continue;
    const first = f.tokens.findIndex((t) => senseOf(t) === f.complaint);
    if (first < 0) continue;
    const k = f.tokens.findIndex((t, j) => j > first && senseOf(t) !== null && senseOf(t) !== f.complaint);
    // joined by 하고, 고, 도 (an 'and' word) between the two
    if (k < 0 || !f.tokens.slice(first + 1, k).some((t) => hasLex(t, 'and') || hasLex(t, 'clause'))) continue;
    const second: Frame = {
      ...f,
      verb: null,
      verbs: [],
      mods: new Set(f.mods),
      targets: f.targets.map((t) => ({ ...t })),
      areas: [...f.areas],
      attrs: [...f.attrs],
      numbers: [],
      unknown: [],
      complaint: senseOf(f.tokens[k] as Token),
      inherited: true,
      tokens: f.tokens.slice(k),
    };
    f.tokens = f.tokens.slice(0, k);
    frames.splice(i + 1, 0, second);
    i++;
  }
}
