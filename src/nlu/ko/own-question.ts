/**
 * "주방 불 켜 줘 근데 지금 몇 시야?": a question of the time or the date asked after a request
 * is about no device: it does not inherit the request's targets, and is answered as itself.
 */
import type { Frame } from './clause-frame.js';
import type { AttrKey } from './lexicon/words.js';

const NOT_OF_DEVICES = new Set<AttrKey>(['time', 'date']);

export function ownQuestion(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.inherited || !f.question || !f.attrs.length || (f.verb !== null && f.verb !== 'query')) continue;
    if (!f.attrs.every((a) => NOT_OF_DEVICES.has(a))) continue;
    f.targets = [];
    f.inherited = false;
  }
}
