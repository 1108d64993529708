/**
 * "거실 불 색온도 지금 몇 켈빈이야?": a light's colour temperature asked is told in kelvin from its own setting
 * (ColorTemperatureMireds, rounded to 100 K as said aloud), on or off — as a mode is told of a device that is off
 * (fixer fx45). Phrases: TONE_STATE in lexicon/replies.ts.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { Frame } from './clause-frame.js';
import { attr, epWith, isOn, num } from './device.js';
import { TONE_STATE } from './lexicon/replies.js';

export function toneState(f: Frame, d: DeviceDescription): string | null {
  if (!f.attrs.includes('colortemp')) return null;
  const mireds = num(attr(epWith(d, 'ColorControl'), 'ColorControl', 'ColorTemperatureMireds'));
  if (mireds === null || mireds <= 0) return null;
  const k = String(Math.round(1_000_000 / mireds / 100) * 100);
  return (isOn(d) ? TONE_STATE.on : TONE_STATE.off).replace('{n}', d.name).replace('{k}', k);
}
