/**
 * Colour temperature moved by a count of steps ("색온도 두 단계 낮춰", "한 칸 더 하얗게", "두 단계 따뜻하게"): that
 * many steps of 50 mireds from where the light is, toward the tone said, else up (cooler, higher kelvin) or down
 * (warmer). The count is never a kelvin value.
 */
import type { Endpoint } from '../../../model/types.js';
import { attr, num } from '../device.js';
import type { DeviceTurn } from './types.js';

export const MIREDS_STEP = 50;

/** The mireds a count of steps reaches, or null when no count is said or no direction is known. */
export function toneSteps(t: DeviceTurn, cc: Endpoint, said: number | undefined): number | null {
  const { f, verb } = t;
  // a tone said as a word (따뜻하게) or a named white (하얗게, 주광색) gives the direction
  const tone = said ?? f.ctemp ?? undefined;
  const steps = f.numbers.find((n) => n.unit === 'step' && !n.to);
  const now = num(attr(cc, 'ColorControl', 'ColorTemperatureMireds'));
  if (!steps || now === null || f.mods.has('max') || f.mods.has('min')) return null;
  // toward a tone (few mireds are cool), else raising the colour temperature is cooler
  let dir = tone !== undefined ? (tone >= 4000 ? -1 : 1) : verb === 'up' ? -1 : verb === 'down' ? 1 : 0;
  if (dir === 0) return null;
  if (tone !== undefined && f.mods.has('less')) dir = -dir;
  const lo = num(attr(cc, 'ColorControl', 'ColorTempPhysicalMinMireds')) ?? 153;
  const hi = num(attr(cc, 'ColorControl', 'ColorTempPhysicalMaxMireds')) ?? 500;
  return Math.max(lo, Math.min(hi, now + dir * steps.value * MIREDS_STEP));
}
