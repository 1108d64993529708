/**
 * What is said after the sun is the sun's (fixer fx40, and fx2's rule once in wish.ts): glare ("햇빛이 티비 화면에
 * 비쳐서 눈부시네", "해가 들어와서 너무 부셔") is the sun's, whose remedy is the room's covers — not the screen it
 * falls on, nor a light; and what cannot be seen for it ("해가 비쳐서 화면이 잘 안 보여") is no dark to light up,
 * only the reason.
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import type { HomeIndex } from './home.js';

/** A light is among the frame's targets. */
const lit = (f: Frame, idx: () => HomeIndex): boolean =>
  f.targets.some(
    (t) => t.kind?.kinds.includes('light') || t.devs.some((d) => idx().kinds.get(d)?.includes('light')),
  );

export function sunBright(frames: Frame[], idx: () => HomeIndex): void {
  const sun = frames.findIndex((f) => f.complaint === 'sun');
  if (sun < 0) return;
  for (const f of frames.slice(sun + 1)) {
    if (f.complaint === 'dark' && (f.verb === null || WEAK_VERBS.has(f.verb))) {
      f.complaint = null;
      f.reason = true;
    } else if (f.complaint === 'bright' && !f.req && !f.asked && !f.attrs.includes('volume') && !lit(f, idx))
      f.complaint = 'sun';
  }
}
