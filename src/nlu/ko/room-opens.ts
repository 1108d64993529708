/**
 * A room opened ("현관 좀 열어 줘", "현관 열어"), no device said: where the only thing in that room that opens
 * is a door lock, the room's door is meant — the lock is unlocked. A room with curtains, valves or several
 * locks is left to the usual questions.
 */
import type { HomeView } from '../types.js';
import { type Frame, targetRef } from './clause-frame.js';

const OPENS = ['WindowCovering', 'ValveConfigurationAndControl', 'DoorLock'];

export function roomOpens(frames: Frame[], home: HomeView): void {
  for (const f of frames) {
    if (f.verb !== 'open' || f.targets.length || f.areas.length !== 1 || f.attrs.length || f.numbers.length)
      continue;
    const area = f.areas[0];
    const opening = home.devices.filter(
      (d) => d.area === area && d.endpoints.some((e) => OPENS.some((c) => e.clusters[c])),
    );
    const lock = opening[0];
    if (opening.length !== 1 || !lock?.endpoints.some((e) => e.clusters.DoorLock)) continue;
    f.targets.push(targetRef({ devs: [lock.id], areas: [area as string], text: lock.name }));
  }
}
