/**
 * "볼륨 올려, 아 반대로", "커튼 열어 아 반대 반대": the other way, said after the verb, takes the
 * opposite action instead (natural-4 corrections, fixer fx2). The words are data (FLIP_WORDS).
 */
import type { Frame } from './clause-frame.js';
import { FLIP_WORDS } from './lexicon/context.js';
import { OPPOSITE_VERB } from './lexicon/words.js';
import { compactForm } from './text.js';
import { hasLex, type Token } from './tokenize.js';

const FLIP = new Set(FLIP_WORDS.map(compactForm));

export function markFlip(frames: Frame[], tokens: Token[]): void {
  // "거실 불 켜 아니 반대로": the flip may stand in a clause of its own that the correction dropped
  const flip = tokens.find((t) => FLIP.has(t.text));
  if (!flip) return;
  if (tokens.some((t) => t.start > flip.start && hasLex(t, 'verb'))) return;
  const f = [...frames]
    .reverse()
    .find((g) => g.tokens.some((t) => t.start < flip.start && hasLex(t, 'verb')));
  const other = f?.verb ? OPPOSITE_VERB[f.verb] : undefined;
  if (!f || !other) return;
  f.verb = other;
  f.verbs = [other];
}
