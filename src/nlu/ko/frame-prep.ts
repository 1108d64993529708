/**
 * What a clause takes from the clause before it and from the satellite's room before it is planned (engine.ts):
 * the setting the clause before named (inherit-setting.ts), the room of a device said with 도 (joined.ts), and the
 * refrigerators' temperature for colder or warmer where only they are (cabinet-tone.ts).
 */
import { cabinetTone } from './cabinet-tone.js';
import type { Frame } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { inheritSetting } from './inherit-setting.js';
import { sameRoomAlso } from './joined.js';

export function prepFrame(f: Frame, prev: Frame | undefined, idx: HomeIndex, here: string | null): void {
  inheritSetting(f, prev);
  cabinetTone(f, idx, here);
  sameRoomAlso(f, prev, idx, here);
}
