/**
 * "할머니가 아침마당 보신대, … KBS 1 틀어 줘": a room the home does not have, said in a clause of reason
 * beside a clause that asks for something, is lent to no request (a programme's name, a place outside):
 * the request finds its device as if the reason named no room.
 */
import type { Frame } from './clause-frame.js';
import { MISSING_ROOM } from './home.js';

export function missingRoomReason(frames: Frame[]): void {
  if (!frames.some((f) => !f.reason && (f.asked || f.req))) return;
  for (const f of frames) {
    if (!f.reason || !f.areas.some((a) => a.startsWith(MISSING_ROOM))) continue;
    f.areas = f.areas.filter((a) => !a.startsWith(MISSING_ROOM));
  }
}
