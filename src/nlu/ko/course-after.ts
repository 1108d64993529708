/**
 * "빨래 좀 돌려 놔, 급하니까 쾌속으로", "세탁기 돌려, 이불 빨래라 표준으로": a course said on its own after the
 * request that starts the cycle, with a reason between, is that request's course: set before the start, as
 * "세탁기 돌려 줘, 쾌속으로" is (fixer fx46).
 */
import type { Frame } from './clause-frame.js';

/** A clause that says nothing to the home: no verb, device, value or setting (a reason, talk). */
const bare = (f: Frame): boolean =>
  f.verb === null &&
  !f.verbs.length &&
  !f.targets.length &&
  f.mode === null &&
  !f.numbers.length &&
  (f.reason || !f.attrs.length) &&
  !f.corrects;

export function courseAfter(frames: Frame[]): void {
  if (frames.length < 2) return;
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = frames[i] as Frame;
    // a reason said as a clause of its own between ("…, 시간 없으니까 빠른 코스로")
    let j = i + 1;
    while (j + 1 < frames.length && bare(frames[j] as Frame)) j++;
    const g = frames[j] as Frame;
    if (g.mode === null || f.mode !== null || !f.verbs.includes('start')) continue;
    if (g.verb !== null || g.verbs.length || g.numbers.length || g.attrs.length || g.corrects) continue;
    // a device of its own, not the one it inherited, is another request
    const own = (t: Frame['targets'][number]) => !f.targets.some((u) => u === t || u.text === t.text);
    if (g.targets.some((t) => (t.devs.length || t.kind) && own(t))) continue;
    f.mode = g.mode;
    frames.splice(j, 1);
  }
}
