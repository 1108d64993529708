/**
 * "불빛 색깔 좀 바꿔 봐", "조명 색 바꿔 줘": a light's colour to be changed with no colour, tone or
 * temperature said is asked ("거실 조명을 어떤 색으로 바꿀까요?"), never guessed (issue #13, fixer fx20).
 */
import type { Frame } from '../parse.js';

const CHANGE = new Set<string>(['set', 'do']);
/** Amounts that say where to move (the end, half, more): not a colour to ask about. */
const AMOUNTS = new Set<string>(['max', 'min', 'half', 'double', 'much']);

export function colorAsked(f: Frame, tone: number | undefined, kelvin: boolean): boolean {
  if (!f.attrs.includes('color') || f.color || f.ctemp || tone !== undefined || kelvin) return false;
  if (f.numbers.length || [...f.mods].some((m) => AMOUNTS.has(m))) return false;
  return f.verb === null || CHANGE.has(f.verb);
}
