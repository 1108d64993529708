/**
 * "에어컨을 그…", "보일러 온도를…", "공기청정기를 음 그러니까…": a turn cut off right after its object, with
 * only hesitations after the object particle and no verb anywhere, was never finished. What was said is
 * named and how is asked back ("에어컨을 어떻게 할까요?"), not its state told nor "잘 못 알아들었어요". So is a
 * setting of a device said with 좀 and nothing after ("김치냉장고 온도 좀…"): a change begun, not a reading asked (the sound said so
 * is turned down, "티비 소리 좀", and a reason before it is its own matter).
 */

import type { Understanding } from '../types.js';
import type { HomeIndex } from './home.js';
import { CUT_OFF_TRAIL } from './lexicon/partly-said.js';
import { OBJECT_PARTICLES } from './lexicon/small-words.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import type { Parsed } from './parse.js';
import { howToTarget } from './partly.js';

const OBJECT = new Set(OBJECT_PARTICLES);
const TRAIL = new RegExp(`^(?:${[...CUT_OFF_TRAIL].sort((a, b) => b.length - a.length).join('|')})*$`);

export function cutOff(p: Parsed, idx: HomeIndex): Understanding | null {
  if (p.norm.question) return null;
  // the object particle, or 좀 right after a setting named ("김치냉장고 온도 좀…")
  const last = p.tokens.findLastIndex(
    (t, i) =>
      (OBJECT.has(t.text) && t.lex.some((x) => x.t === 'part')) ||
      (t.text === W.soft &&
        p.frames.length === 1 &&
        !!p.tokens[i - 1]?.lex.some((x) => x.t === 'attr' && x.v !== 'volume')),
  );
  const particle = p.tokens[last];
  // what follows the particle is hesitation only ("그 뭐냐"), and no verb was said before it
  if (!particle || !TRAIL.test(p.norm.compact.slice(particle.end))) return null;
  if (p.tokens.slice(0, last).some((t) => t.lex.some((x) => x.t === 'verb'))) return null;
  const frame = p.frames.find((f) => f.tokens.includes(particle));
  if (!frame?.targets.length || frame.chat) return null;
  return howToTarget(frame, idx);
}
