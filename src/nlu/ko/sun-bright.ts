/**
 * "햇빛이 티비 화면에 비쳐서 눈부시네", "해가 들어와서 너무 부셔": glare said after the sun is said is the sun's,
 * whose remedy is the room's covers — not the screen it falls on, nor a light (fixer fx40; the dark said after
 * the sun is wish.ts#markSunGlare).
 */
import type { Frame } from './clause-frame.js';
import type { HomeIndex } from './home.js';

export function sunBright(frames: Frame[], idx: () => HomeIndex): void {
  const sun = frames.findIndex((f) => f.complaint === 'sun');
  if (sun < 0) return;
  for (const f of frames.slice(sun + 1)) {
    if (f.complaint !== 'bright' || f.req || f.asked || f.attrs.includes('volume')) continue;
    const lit = f.targets.some(
      (t) => t.kind?.kinds.includes('light') || t.devs.some((d) => idx().kinds.get(d)?.includes('light')),
    );
    if (!lit) f.complaint = 'sun';
  }
}
