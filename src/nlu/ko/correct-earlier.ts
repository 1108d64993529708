/**
 * "세탁기 쾌속으로 돌리고 청소기도 돌려 줘, 아니 세탁기는 울 코스로": a correction that names the device of an
 * earlier clause of the turn, and not that of the clause just before it, corrects that earlier clause; the
 * clauses between keep what they asked. (fixer fx41) The device may be named again by its bare word ("안방
 * 보일러 25도로 올리고 장판 켜 줘, 아니 보일러는 24도"), and a correction naming no device but a setting only an
 * earlier clause changed ("티비 소리 세 칸 줄이고 불 꺼, 아니 소리는 두 칸만") corrects that clause.
 */
import type { Frame, TargetRef } from './clause-frame.js';

/** A target as a key: its devices, else its kind and rooms. */
const key = (t: TargetRef): string =>
  t.devs.join(',') || `${t.kind?.kinds[0] ?? ''}@${t.areas.join(',')}${t.comp ? `#${t.comp}` : ''}`;

/** A bare word of a kind (no room) said again of a device named in full before ("보일러" of "안방 보일러"). */
const bareOf = (said: TargetRef, t: TargetRef): boolean =>
  !said.devs.length &&
  !said.areas.length &&
  said.kind !== null &&
  t.text !== said.text &&
  t.text.endsWith(said.text);

const names = (f: Frame, said: TargetRef[]): boolean =>
  f.targets.some((t) => said.some((s) => key(s) === key(t) || bareOf(s, t)));

/** The earlier clause of `out` whose target the correction `fr` names again, if not the last clause's. */
export function earlierNamed(out: Frame[], fr: Frame): Frame | undefined {
  if (out.length < 2) return undefined;
  if (fr.targets.length === 0) return settingNamed(out, fr);
  if (fr.targets.length !== 1) return undefined;
  if (fr.targets.some((t) => key(t) === '@')) return undefined;
  if (names(out[out.length - 1] as Frame, fr.targets)) return undefined;
  for (let i = out.length - 2; i >= 0; i--) {
    const f = out[i] as Frame;
    if (f.reason || f.chat || f.cond) continue;
    if (!names(f, fr.targets)) continue;
    // the bare word said again is the device named in full there
    const full = f.targets.filter((t) => fr.targets.some((s) => bareOf(s, t)));
    if (full.length) fr.targets = full.map((t) => ({ ...t }));
    return f;
  }
  return undefined;
}

/** A correction with no device, a setting and a value: the earlier clause that alone changed that setting. */
function settingNamed(out: Frame[], fr: Frame): Frame | undefined {
  if (fr.attrs.length !== 1 || !fr.numbers.length || fr.verb !== null) return undefined;
  const attr = fr.attrs[0];
  const own = (f: Frame) => f.attrs.includes(attr as never) && !f.inherited;
  if (own(out[out.length - 1] as Frame)) return undefined;
  const earlier = out.slice(0, -1).filter((f) => own(f) && !f.reason && !f.chat && !f.cond);
  return earlier.length === 1 ? earlier[0] : undefined;
}
