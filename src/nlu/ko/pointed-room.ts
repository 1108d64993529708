/**
 * "저쪽 방 불 좀 켜 주세요", "건넛방 보일러 올려": a room pointed at, not named, right before the device it is said of, is
 * a room the engine does not know — the clause resolves as if heard from nowhere, so several devices that fit are
 * asked about (frame.ts reads `roomUnknown`, as for "할머니 방", person-room.ts). A pointed room said only as where
 * someone is ("저쪽 방에서 애기 자 티비 소리 줄여") leaves the request alone. Fixer fx44, issue #13 (natural-22 R).
 * Cheap guard: the compact text holds 방 (checked by the caller) and one of the pointing words.
 */
import type { Frame } from './clause-frame.js';
import { OWNER_ROOM, POINTED_ROOMS } from './lexicon/rooms.js';
import type { Normalized } from './text.js';
import { hasLex, type Token } from './tokenize.js';

const POINTS = POINTED_ROOMS.map((w) => w + OWNER_ROOM).sort((a, b) => b.length - a.length);
const names = (t: Token) => hasLex(t, 'dev') || hasLex(t, 'kind');

export function pointedRoom(frames: Frame[], norm: Normalized): void {
  const s = norm.compact;
  for (const w of POINTS) {
    let i = s.indexOf(w);
    while (i >= 0) {
      const end = i + w.length;
      // the pointing word begins a spoken word, and 방 closes it ("옆방", "저쪽 방"; not "옆방금")
      if (norm.starts[i] === 1 && (end === s.length || norm.starts[end] === 1)) {
        // the next word ("방불": 방 may be read with the device after it)
        const f = frames.find((fr) => fr.tokens.some((t) => t.end > end));
        const next = f?.tokens.find((t) => t.end > end);
        // a room named elsewhere in the clause decides (the 방 of "저쪽 방" may be read as a room word itself)
        const named = f?.tokens.some((t) => hasLex(t, 'area') && (t.end <= i || t.start >= end));
        if (f && next && names(next) && !named) f.roomUnknown = true;
      }
      i = s.indexOf(w, i + 1);
    }
  }
}
