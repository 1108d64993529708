/**
 * "밖에서 거실이 다 들여다보여", "바깥에서 안방이 훤히 보여": a room of the home seen from the outdoors is
 * what the room suffers from (its curtains), not talk of the weather; the outdoors' own cold, heat or
 * dark ("밖이 어둡네") stays talk.
 */
import type { Frame } from './clause-frame.js';
import { OUTDOORS } from './lexicon/several-clauses.js';
import { compactForm } from './text.js';
import { hasLex } from './tokenize.js';

const OUT = new Set(OUTDOORS.map(compactForm));

export function outdoorsIn(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.chat || f.complaint !== 'sun' || f.question || !f.areas.length || f.targets.length) continue;
    const chats = f.tokens.filter((t) => hasLex(t, 'chat'));
    if (chats.length && chats.every((t) => OUT.has(t.text))) f.chat = false;
  }
}
