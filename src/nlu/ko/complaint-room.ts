/**
 * "거실 티비 너무 시끄럽고 어둡네": a second complaint, joined to one about a device, that the device cannot
 * remedy (dark said after a TV) is about the device's room: its room's remedy is asked, not the device's.
 */
import type { HomeView } from '../types.js';
import type { Frame } from './clause-frame.js';
import { indexHome } from './home.js';
import type { Sense } from './lexicon/speech.js';

/** The kinds of device that remedy each complaint of a room. */
const REMEDIED_BY: Partial<Record<Sense, string[]>> = {
  dark: ['light'],
  bright: ['light', 'cover'],
  cold: ['heating', 'aircon', 'plug'],
  hot: ['aircon', 'heating', 'fan'],
};

export function complaintRoom(frames: Frame[], home: HomeView): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    const kinds = f.complaint ? REMEDIED_BY[f.complaint] : undefined;
    if (!kinds || !f.inherited || f.areas.length || (frames[i - 1] as Frame).complaint === null) continue;
    if (!f.targets.length || f.targets.some((t) => !t.devs.length)) continue;
    const idx = indexHome(home);
    const devs = f.targets.flatMap((t) => t.devs);
    if (devs.some((id) => kinds.includes(idx.kinds.get(id)?.[0] ?? ''))) continue;
    const areas = [...new Set(devs.map((id) => idx.byId.get(id)?.area ?? null))];
    if (areas.length !== 1 || !areas[0]) continue;
    f.targets = [];
    f.areas = [areas[0]];
    f.inherited = false;
  }
}
