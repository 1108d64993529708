/**
 * "티비 소리가 너무 커서 아랫집에서 올라올 것 같아": the neighbours said after a complaint about a device of
 * the home are what the complaint would cause, not a noise from outside: the complaint keeps its remedy.
 */
import type { Frame } from './clause-frame.js';
import { OUTSIDE_NOISE } from './lexicon/context.js';
import { compactForm } from './text.js';
import { hasLex, isTargetTok } from './tokenize.js';

const OUTSIDE = new Set(OUTSIDE_NOISE.map(compactForm));

export function neighboursAfterComplaint(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.chat || !f.complaint || !f.targets.length) continue;
    const chats = f.tokens.filter((t) => hasLex(t, 'chat'));
    if (!chats.length || !chats.every((t) => OUTSIDE.has(t.text))) continue;
    const first = f.tokens.indexOf(chats[0] as (typeof chats)[number]);
    const before = f.tokens.slice(0, first);
    if (before.some((t) => isTargetTok(t)) && before.some((t) => hasLex(t, 'cplx'))) f.chat = false;
  }
}
