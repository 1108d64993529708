/**
 * "볼륨 열다섯, 커튼 쳐 줘", "스피커 볼륨 칠십, 거실 난방 켜": a bare number said after the volume is the level
 * asked for — a value phrase said to its end (request-done.ts), like "볼륨 15로". Fixer fx28.
 */
import type { Frame } from './clause-frame.js';

export const bareLevel = (f: Frame): boolean =>
  f.attrs.includes('volume') && f.numbers.some((n) => n.unit === null && !n.by);
