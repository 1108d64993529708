/**
 * Exclusions: "현관 불 빼고 다 꺼", "안방 빼고 불 다 꺼", "현관 불 말고 다 꺼": the targets or rooms said
 * with 빼고 (or before 말고 with 다) are left out of the group that the rest of the clause names.
 */

import type { DeviceDescription } from '../../model/types.js';
import type { HomeView, TurnContext } from '../types.js';
import type { Frame, TargetRef } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { otherPartLeft } from './leave-part.js';
import { KINDS } from './lexicon/words.js';
import { resolveTarget } from './resolve.js';

export interface Exclusion {
  targets: TargetRef[];
  areas: string[];
}

/** At "빼고": the rooms said just before, else the targets said so far, are left out; the rooms still pending. */
export function readExcept(f: Frame, pendingAreas: string[]): string[] {
  if (pendingAreas.length) {
    f.exceptAreas = [...(f.exceptAreas ?? []), ...pendingAreas];
    return [];
  }
  for (const t of f.targets) t.except = true;
  return pendingAreas;
}

/**
 * "불 다 꺼, 안방 불은 놔 둬": a clause that only leaves something be, after one that acts, leaves
 * its targets or rooms out of the one before. True when it did.
 */
export function leaveOut(prev: Frame, fr: Frame): boolean {
  if (!fr.nev || fr.verb !== null || prev.verb === null || !prev.targets.length) return false;
  if (!fr.targets.length && !fr.areas.length) return false;
  if (otherPartLeft(prev, fr)) return true;
  for (const t of fr.targets) t.except = true;
  prev.targets.push(...fr.targets);
  if (!fr.targets.length) prev.exceptAreas = [...(prev.exceptAreas ?? []), ...fr.areas];
  prev.tokens.push(...fr.tokens);
  return true;
}

/**
 * Takes the excluded targets out of the frame; when nothing else is named, the group is every
 * device of their kind ("현관 불 빼고 꺼" = the other lights).
 */
export function takeExclusion(f: Frame, idx: HomeIndex): Exclusion | null {
  const targets = f.targets.filter((t) => t.except);
  const areas = f.exceptAreas ?? [];
  if (!targets.length && !areas.length) return null;
  f.targets = f.targets.filter((t) => !t.except);
  // "보일러는 그대로 두고, 거실 습도 몇 프로야?": a reading asked names its own device, not the rest of a group
  const reading = f.question && f.attrs.length > 0;
  if (!f.targets.length && !reading) {
    for (const t of targets) {
      const kinds = t.kind?.kinds ?? t.devs.flatMap((id) => idx.kinds.get(id) ?? []);
      const kind = t.kind ?? KINDS.find(([, k]) => k.kinds[0] === kinds[0])?.[1] ?? null;
      if (!kind || f.targets.some((x) => x.kind === kind)) continue;
      f.targets.push({ ...t, devs: [], kind, areas: [], comp: null, all: true, except: false });
    }
  }
  return { targets, areas };
}

/** The devices left once the excluded targets and rooms are taken out. */
export function applyExclusion(
  devs: DeviceDescription[],
  ex: Exclusion,
  f: Frame,
  idx: HomeIndex,
  home: HomeView,
  ctx: TurnContext,
): DeviceDescription[] {
  const out = new Set<string>();
  for (const t of ex.targets) {
    const r = resolveTarget(t, f, idx, home, ctx);
    for (const d of [...r.devices, ...(r.ambiguous ?? [])]) out.add(d.id);
  }
  return devs.filter((d) => !out.has(d.id) && !(d.area !== null && ex.areas.includes(d.area)));
}
