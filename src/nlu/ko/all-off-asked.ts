/**
 * Whether everything that was on is off now, asked ("켜져 있는 거 다 꺼졌어?", "거실에 켜진 거 다 꺼졌나?"):
 * a clause of what is on (an adnominal state, no device) followed by one asking it off is one question —
 * what is still on — answered as "뭐 켜져 있어?" is (whats-on.ts), never a command.
 */
import type { Frame } from './clause-frame.js';

export function allOffAsked(frames: Frame[]): void {
  if (frames.length !== 2) return;
  const [lit, off] = frames as [Frame, Frame];
  if (lit.state !== 'on' || off.state !== 'off' || !(lit.question || off.question)) return;
  if (lit.targets.length || off.targets.length || lit.attrs.length || off.attrs.length) return;
  if ((lit.verb !== null && lit.verb !== 'query') || (off.verb !== null && off.verb !== 'query')) return;
  lit.question = true;
  frames.splice(1, 1);
}
