/**
 * "너무 춥겠다, 24도로 해 줘", "냄새가 배서 그래, 환기 중간으로": a value to set said in the clause of a
 * complaint — degrees, a fan speed, a mode — is the request; the complaint is only its reason.
 */
import type { Frame } from './clause-frame.js';

export const valueBeside = (f: Frame): boolean =>
  f.fan !== null ||
  f.mode !== null ||
  f.numbers.some((n) => n.unit === 'deg' && !n.by && (!n.hangul || n.to));
