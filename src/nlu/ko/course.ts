/** "표준으로 돌려", "표준 코스로 해 줘": a mode said with a start verb or 코스 is a course of what runs one. */
import type { DeviceDescription } from '../../model/types.js';
import type { Frame } from './clause-frame.js';
import { supportsMode } from './device.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';

/** Among devices with the mode, those that run a programme (a washer, not a refrigerator's normal mode). */
export function courseOf(f: Frame, devices: DeviceDescription[], mode: string): DeviceDescription[] {
  const cands = devices.filter((d) => supportsMode(d, mode));
  const runs = f.verbs.includes('start') || f.tokens.some((t) => t.text.includes(W.course));
  if (!runs || cands.length < 2) return cands;
  const running = cands.filter((d) => d.endpoints.some((e) => e.clusters.OperationalState));
  return running.length ? running : cands;
}
