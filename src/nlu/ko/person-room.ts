/**
 * "할머니 방 보일러 24도로 해 줘": a room named by the person who sleeps there, when the home names no
 * such room, is a room the engine does not know — not the satellite's. The frame that says it resolves
 * as if heard from nowhere, so several devices that fit are asked about (frame.ts reads `roomUnknown`).
 */
import type { Frame } from './clause-frame.js';
import { OWNER_ROOM, OWNER_ROOM_AFTER, ROOM_OWNERS } from './lexicon/rooms.js';
import { pointedRoom } from './pointed-room.js';
import type { Normalized } from './text.js';
import { hasLex, type Token } from './tokenize.js';

const OWNERS = [...ROOM_OWNERS].sort((a, b) => b.length - a.length);
const AFTER = [...OWNER_ROOM_AFTER].sort((a, b) => b.length - a.length);

/** Compact offsets where an owner's room is said and no area of the home covers it. */
function ownerRooms(norm: Normalized, tokens: Token[]): number[] {
  const s = norm.compact;
  const out: number[] = [];
  for (const o of OWNERS) {
    let i = s.indexOf(o + OWNER_ROOM);
    while (i >= 0) {
      const end = i + o.length + OWNER_ROOM.length;
      const spoken = norm.starts[i] === 1;
      // 방 closes the word ("방금" is no room): the end, a new word, or a particle
      const closed = end === s.length || norm.starts[end] === 1 || AFTER.some((a) => s.startsWith(a, end));
      const area = tokens.some((t) => hasLex(t, 'area') && t.start <= i + o.length && t.end > i + o.length);
      if (spoken && closed && !area && !out.includes(i)) out.push(i);
      i = s.indexOf(o + OWNER_ROOM, i + 1);
    }
  }
  return out;
}

export function personRoom(frames: Frame[], norm: Normalized, tokens: Token[]): void {
  if (!norm.compact.includes(OWNER_ROOM)) return;
  pointedRoom(frames, norm);
  for (const at of ownerRooms(norm, tokens)) {
    // the clause that holds the words after it
    const f = frames.find((fr) => fr.tokens.some((t) => t.start >= at)) ?? frames[frames.length - 1];
    if (f && !f.areas.length && !f.targets.some((t) => t.areas.length)) f.roomUnknown = true;
  }
}
