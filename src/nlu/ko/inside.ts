/**
 * What is inside an appliance, asked ("세탁기 안에 빨래 들어 있나?", "로봇청소기 먼지통 안에 먼지 찼어?"):
 * no sensor of the home sees it, so it is talk — no action and no state told. Food asked of a
 * refrigerator is family.ts#contentsAsked.
 */
import type { Frame } from './clause-frame.js';
import { INSIDE } from './lexicon/everyday.js';

const INSIDE_RE = new RegExp(INSIDE.join('|'));

export function insideAsked(frames: Frame[], compact: string, asked: boolean): void {
  if (!INSIDE_RE.test(compact)) return;
  for (const f of frames) {
    if (!(asked || f.question) || !f.mods.has('exists') || f.state !== null || f.attrs.length) continue;
    if (f.verb !== null && f.verb !== 'query') continue;
    f.chat = true;
    f.verb = null;
    f.verbs = [];
    f.targets = [];
  }
}
