/**
 * "공기가 너무 건조하네", "방 공기가 메말랐어": air said to be dry is dryness (a humidifier's matter), not the
 * air's quality; 공기 alone reads as stuffy air, so a dry word in the clause wins (fixer fx40).
 */
import type { Frame } from './clause-frame.js';

export function dryAir(frames: Frame[]): void {
  for (const f of frames)
    if (f.complaint === 'stuffy' && f.tokens.some((t) => t.lex.some((x) => x.t === 'cplx' && x.v === 'dry')))
      f.complaint = 'dry';
}
