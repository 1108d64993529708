/**
 * "세탁기 쾌속으로 돌리고 청소기도 돌려 줘, 아니 세탁기는 울 코스로": a correction that names the device of an
 * earlier clause of the turn, and not that of the clause just before it, corrects that earlier clause; the
 * clauses between keep what they asked.
 */
import type { Frame, TargetRef } from './clause-frame.js';

/** A target as a key: its devices, else its kind and rooms. */
const key = (t: TargetRef): string => t.devs.join(',') || `${t.kind?.kinds[0] ?? ''}@${t.areas.join(',')}`;

const names = (f: Frame, said: Set<string>): boolean => f.targets.some((t) => said.has(key(t)));

/** The earlier clause of `out` whose target the correction `fr` names again, if not the last clause's. */
export function earlierNamed(out: Frame[], fr: Frame): Frame | undefined {
  if (out.length < 2 || fr.targets.length !== 1) return undefined;
  const said = new Set(fr.targets.map(key));
  if (said.has('@')) return undefined;
  if (names(out[out.length - 1] as Frame, said)) return undefined;
  for (let i = out.length - 2; i >= 0; i--) {
    const f = out[i] as Frame;
    if (f.reason || f.chat || f.cond) continue;
    if (names(f, said)) return f;
  }
  return undefined;
}
