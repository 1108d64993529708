/**
 * Degrees said with a direction and no 로 ("거실 온도 2도 올려", "안방 온도 1도만 내려") are an amount of change,
 * as plan/climate.ts reads them, so they pick no device by its range (2 °C fits only the refrigerators);
 * "거실 온도 25도로 올려", "영하 20도" or degrees with no direction name a value to reach.
 */
import type { Frame, NumberMention } from './parse.js';

/** The degrees of the frame that name a value to reach, if any. */
export function degreesToReach(f: Frame): NumberMention | undefined {
  const relative = f.verb === 'up' || f.verb === 'down';
  return f.numbers.find((n) => n.unit === 'deg' && !n.by && (n.to || !relative || n.value < 0));
}
