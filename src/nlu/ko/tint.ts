/**
 * "거실 불이 너무 누렇네", "불빛이 너무 하얘": a light's colour said to be too yellow or too white is asked
 * one colour-temperature step the other way from where the light is, as "좀 더 하얗게" / "좀 더 노랗게"
 * (fixer fx40). A light with no colour temperature is answered by the planner as for any colour asked.
 */
import type { Frame } from './clause-frame.js';

export type Tint = 'yellow' | 'white';

export const isTint = (s: string | null): s is Tint => s === 'yellow' || s === 'white';

/** The request frame made to move the colour one step away from the tint complained of. */
export function tinted(f: Frame, tint: Tint): Frame {
  f.verb = null;
  f.verbs = [];
  f.attrs = [];
  f.attr = null;
  f.color = tint === 'yellow' ? 'white' : 'yellow';
  f.mods.add('more');
  return f;
}
