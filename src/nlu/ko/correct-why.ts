/**
 * "헹굼 코스로 돌려, 아니다 이불 빨래라서 표준으로": a reason between a correction marker and the
 * correction may carry a value of its own (이불 빨래 is also a course); when the clause after the reason
 * says a value of the same kind, that value is the correction and the reason's is only why.
 */
import type { Frame } from './clause-frame.js';

/** The kinds of value a clause says: a course or mode, a fan speed, a colour, a channel, a number's unit. */
function valueKinds(f: Frame): Set<string> {
  const k = new Set<string>();
  if (f.mode !== null) k.add('mode');
  if (f.fan !== null) k.add('fan');
  if (f.color !== null || f.ctemp !== null) k.add('colour');
  if (f.channel !== null) k.add('channel');
  for (const n of f.numbers) k.add(`n:${n.unit ?? ''}`);
  return k;
}

/** The reason `why` carries a value that the clause after it says again, of the same kind, and no device of its own. */
export function valueSaidAgain(why: Frame, next: Frame): boolean {
  if (why.targets.some((t) => t.devs.length || t.kind)) return false;
  const mine = valueKinds(why);
  if (!mine.size) return false;
  const theirs = valueKinds(next);
  return [...mine].every((k) => theirs.has(k));
}
