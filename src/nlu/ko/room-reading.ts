/**
 * "자기 전에 물어보는 건데, 안방 지금 실제로 몇 도야?": a reading (temperature, humidity, air) asked of a room
 * named, with no device and nothing to set, is a home question however much talk is around it, as a
 * device's own setting asked is (around.ts#deviceAsked). Fixer fx22.
 */
import type { Frame } from './clause-frame.js';

const READINGS = new Set(['temperature', 'humidity', 'co2', 'pm25']);

export const roomReadingAsked = (f: Frame): boolean =>
  f.question &&
  !f.req &&
  !f.asked &&
  (f.verb === null || f.verb === 'query') &&
  f.areas.length > 0 &&
  !f.numbers.length &&
  f.attrs.some((a) => READINGS.has(a));
