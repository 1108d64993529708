/**
 * "청소기 그만 돌리고 충전하러 들여보내", "제트봇 멈추고 집에 보내": a device stopped in one clause and sent home in the
 * next is sent home (as "청소 그만하고 충전해" within one clause, extract.ts): the stop is how it gets there, not a
 * command of its own (fixer fx45).
 */
import type { HomeView } from '../types.js';
import type { Frame, TargetRef } from './clause-frame.js';

/** The target is a device that goes home (a robot vacuum), by its name or its kind. */
const goesHome = (t: TargetRef, home: HomeView) =>
  t.kind?.kinds.includes('vacuum') ||
  (t.devs.length > 0 &&
    t.devs.every((id) =>
      home.devices.some((d) => d.id === id && d.endpoints.some((e) => e.clusters.RvcOperationalState)),
    ));

export function haltThenHome(frames: Frame[], home: HomeView): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.verb !== 'stop' && f.verb !== 'pause') continue;
    const g = frames[i + 1] as Frame;
    if (g.verb !== 'dock' || !f.joined || f.question || g.corrects) continue;
    // the same device: named again, or inherited from the stopped clause
    const same =
      g.inherited ||
      (g.targets.length > 0 &&
        g.targets.every((t) => f.targets.some((u) => u.devs.join() === t.devs.join() && u.kind === t.kind)));
    if (!same || !f.targets.length || !f.targets.every((t) => goesHome(t, home))) continue;
    if (!g.targets.length) g.targets = f.targets;
    frames.splice(i, 1);
    i--;
  }
}
