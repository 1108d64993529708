/**
 * "수박 넣어 놨는데 하나도 안 차가워", "맥주 사다 놨더니 아직 미지근하네": food said in an earlier clause is what
 * a later complaint of coldness with nothing named is about — the refrigerators, not the room (fixer fx40).
 */
import type { Frame } from './clause-frame.js';

export function foodBefore(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.food || (f.complaint !== 'notcold' && f.complaint !== 'toocold')) continue;
    if (f.targets.length || f.areas.length) continue;
    const before = frames.slice(0, i);
    if (before.some((g) => g.targets.length || g.areas.length)) continue;
    const said = before.reverse().find((g) => g.food);
    if (said) f.food = said.food;
  }
}
