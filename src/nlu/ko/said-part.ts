/**
 * Turns said only in part, asked back before they are read as anything else (issue #13, "say what was
 * understood"): the thing only pointed at (pointing.ts), a follow-up with nothing before it
 * (follow-up-alone.ts), a turn cut off after its object (cut-off.ts), a request trailing
 * off before its object (trailed-off.ts), a device with "좀 어떻게" (how-asked.ts), a
 * setting the named device lacks (lacking-attr.ts), the action left unsaid (unsaid-action.ts).
 */
import type { Understanding } from '../types.js';
import { cutOff } from './cut-off.js';
import { followUpAlone } from './follow-up-alone.js';
import type { HomeIndex } from './home.js';
import { howAsked } from './how-asked.js';
import { lackingSetting } from './lacking-attr.js';
import type { Parsed } from './parse.js';
import { pointedAt } from './pointing.js';
import { trailedOff } from './trailed-off.js';
import { unsaidAction } from './unsaid-action.js';

export function saidInPart(p: Parsed, idx: HomeIndex): Understanding | null {
  return (
    pointedAt(p, idx) ??
    followUpAlone(p.norm.compact, p.norm.question) ??
    cutOff(p, idx) ??
    trailedOff(p) ??
    howAsked(p, idx) ??
    lackingSetting(p.frames, idx) ??
    unsaidAction(p, idx)
  );
}
