/**
 * "에어컨 켜 줘, 아니 공기청정기, 아니 둘 다", "에어컨 틀까 공기청정기 틀까, 둘 다 틀어 줘": "둘 다" (both)
 * said after two alternatives — a target and its correction, or two actions weighed aloud — names no
 * target of its own: it asks for both of the devices just named.
 */
import type { Frame, TargetRef } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { MARKS } from './lexicon/marks.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

/** The tokens of 둘 다 (both), and no target said after them. */
function bothLast(f: Frame): number {
  const k = f.tokens.findIndex((t) => t.lex.some((x) => x.t === 'mod' && x.v === 'both'));
  if (k < 0 || f.tokens.slice(k).some(isTargetTok)) return -1;
  return k;
}

/**
 * A correction that says only 둘 다 (and perhaps the verb again) keeps the target it corrected beside the
 * correction's own: `prev.replaced` holds the targets the last correction replaced.
 */
export function bothCorrected(prev: Frame, fr: Frame): boolean {
  if (fr.areas.length || fr.targets.length > 1 || bothLast(fr) < 0) return false;
  // "거실 불 꺼, 아니 주방 불, 아 그냥 둘 다 꺼 줘": the correction's one target, then 둘 다
  const before = fr.targets.length ? prev.targets : prev.replaced?.[prev.replaced.length - 1];
  if (!before?.length) return false;
  prev.targets = [...before, ...(fr.targets.length ? fr.targets : prev.targets)];
  if (fr.verb && !WEAK_VERBS.has(fr.verb)) {
    prev.verb = fr.verb;
    prev.verbs = [...fr.verbs];
  }
  prev.req = prev.req || fr.req;
  prev.asked = prev.asked || fr.asked;
  prev.tokens.push(...fr.tokens);
  prev.unknown.push(...fr.unknown);
  return true;
}

/** Records the targets a correction replaces ("에어컨 켜 줘, 아니 공기청정기": the air conditioner). */
export function noteReplaced(prev: Frame, targets: TargetRef[]): void {
  prev.replaced = [...(prev.replaced ?? []), targets];
}

/**
 * "에어컨 틀까 공기청정기 틀까, 둘 다 틀어 줘", "아이방 불 끌까 음악 끌까 둘 다 꺼": both actions weighed
 * aloud are asked, each of its own device (or of what it implies, the music), with the deciding verb.
 */
export function bothWeighed(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    const k = bothLast(f);
    const weighing = f.tokens.findIndex(
      (t, j) => j > 0 && t.text === MARKS.weighed && hasLex(f.tokens[j - 1] as Token, 'verb'),
    );
    if (k < 0 || weighing < 0 || weighing > k || f.targets.length > 1) continue;
    const p = frames[i - 1] as Frame;
    const pv = p.tokens.findIndex((t) => t.text === MARKS.weighed);
    if (pv < 1 || p.asked || p.chat || f.verb === null || WEAK_VERBS.has(f.verb)) continue;
    p.verb = f.verb;
    p.verbs = [f.verb];
    p.asked = true;
    p.reason = false;
  }
}

/**
 * "부엌 불이랑 티비 둘 다 꺼", "티비 소리랑 불 둘 다 줄여": 둘 다 said after two or more devices listed names those
 * (each as itself), not every device of the last one's kind ("티비 둘 다 꺼": both TVs). Fixer fx44, issue #13.
 * Cheap guard: the frame holds 둘 다 and two targets; then one scan of its tokens.
 */
export function bothOfListed(f: Frame): boolean {
  if (f.targets.length < 2 || !f.mods.has('both')) return false;
  let named = 0;
  for (const t of f.tokens) {
    if (t.lex.some((x) => x.t === 'mod' && x.v === 'both')) return named >= 2;
    if (t.lex.some((x) => x.t === 'dev' || x.t === 'kind')) named++;
  }
  return false;
}
