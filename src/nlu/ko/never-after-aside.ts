/**
 * "세탁기 돌려 줘, 아 참 아직 빨래 안 넣었다 됐어 취소", "보일러 올려 줘, 아니다 됐다 그냥 이불 덮을게": a
 * correction marker, then at most an aside of why (no action asked of the home), then a never-mind, with
 * nothing asked after it: the request before the marker is called off whole, not corrected by the aside.
 */
import { emptyFrame, type Frame } from './clause-frame.js';
import { asideDeclines } from './declined-again.js';
import { WEAK_VERBS } from './extract.js';
import { CORRECTIONS } from './lexicon/speech.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import { compactForm, type Normalized } from './text.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

const CANCEL = W.cancel;
const MARKERS = [...new Set(CORRECTIONS.map(compactForm))].sort((a, b) => b.length - a.length);
/** Cheap guard: any marker at all in the turn. */
const ANY_MARKER = new RegExp(MARKERS.join('|'));

/** A verb that asks the home for something (취소 calls off, it asks nothing). */
const acts = (t: Token): boolean =>
  t.lex.some((x) => x.t === 'verb' && !WEAK_VERBS.has(x.v) && x.v !== 'cancel');

/** Where the first correction marker said as a word of its own at or after `from` ends, or -1. */
function markerEnd(norm: Pick<Normalized, 'compact' | 'starts'>, from: number): number {
  const { compact, starts } = norm;
  for (let i = from; i < compact.length; i++) {
    if (starts[i] !== 1) continue;
    const m = MARKERS.find((w) => compact.startsWith(w, i) && starts[i + w.length] === 1);
    if (m) return i + m.length;
  }
  return -1;
}

export function neverAfterAside(frames: Frame[], norm: Pick<Normalized, 'compact' | 'starts'>): void {
  if (!ANY_MARKER.test(norm.compact)) return;
  const toks = frames.flatMap((f) => f.tokens);
  const firstAct = toks.findIndex(acts);
  if (firstAct < 0) return;
  // the never-mind is a word after the marker ("아니다 됐다"), never the marker itself ("…거 아니야?")
  const mark = markerEnd(norm, (toks[firstAct] as Token).end);
  if (mark < 0) return;
  const after = toks.filter((t) => t.start >= mark);
  // 취소 calls off; 지워, 없애 (also read as cancel) delete something of their own
  const nev = after.findLastIndex((t) => hasLex(t, 'nev') || (t.text === CANCEL && hasLex(t, 'verb')));
  if (nev < 0) return;
  // nothing asked of the home between the marker and the never-mind, nor after it
  if (after.some(acts)) return;
  if (after.slice(nev + 1).some((t) => isTargetTok(t) || t.num !== undefined)) return;
  // the aside may name a kind of thing ("빨래 안 넣었다"), never a device or a room by name
  if (after.slice(0, nev).some((t) => hasLex(t, 'dev') || hasLex(t, 'area'))) return;
  if (
    asideDeclines(
      toks.filter((t) => t.end <= mark),
      after.slice(0, nev),
    )
  )
    return;
  for (let i = 0; i < frames.length; i++)
    frames[i] = { ...emptyFrame(), nev: true, tokens: (frames[i] as Frame).tokens };
}
