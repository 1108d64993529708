/**
 * Whether a correction marker (아니, 말고) has something before it to correct: a frame read, a target,
 * verb, value, room or mode of the clause being read — or a make or line said alone ("삼성 거 말고 엘지
 * 에어컨 켜": the make set aside never qualifies the target named after it, fixer fx36).
 */
import type { Frame } from './clause-frame.js';

export function hasContent(
  framesRead: number,
  f: Frame,
  pendingAreas: string[],
  quals: { brands: number[]; lines: number[] },
): boolean {
  return (
    framesRead > 0 ||
    f.targets.length > 0 ||
    f.verb !== null ||
    f.numbers.length > 0 ||
    pendingAreas.length > 0 ||
    f.areas.length > 0 ||
    f.attrs.length > 0 ||
    f.mode !== null ||
    f.channel !== null ||
    f.ctemp !== null ||
    f.color !== null ||
    quals.brands.length > 0 ||
    quals.lines.length > 0
  );
}
