/**
 * "안방 TV 켜는데 소리는 죽여 놔", "에어컨 켜는데 바람은 약하게 해 줘": an action said with -는데 and then,
 * of the same device, a setting marked with 은/는 and asked for, is one request in two parts — do the action,
 * but with that setting. The -는데 clause is not the reason of the next (as "청소해야 되는데" is).
 */
import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { TOPIC_PARTICLES } from './lexicon/long-turn.js';
import { MARKS } from './lexicon/marks.js';
import { hasLex } from './tokenize.js';

const CONTRAST = new Set(TOPIC_PARTICLES);
/** Switching on or putting on: what the setting after it qualifies. */
const SWITCH_ON = new Set(['on', 'play']);

export function contrastOn(frames: Frame[]): void {
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = frames[i] as Frame;
    const next = frames[i + 1] as Frame;
    const last = f.tokens[f.tokens.length - 1];
    const verbTok = f.tokens[f.tokens.length - 2];
    if (!f.reason || f.cond || f.chat || !f.verb || !SWITCH_ON.has(f.verb) || !f.targets.length) continue;
    // the connective glued to the action verb ("켜는데")
    if (last?.text !== MARKS.contrast || !verbTok || !hasLex(verbTok, 'verb') || verbTok.end !== last.start)
      continue;
    if (!next.inherited || next.reason || next.chat || next.cond || !next.attrs.length) continue;
    // the setting marked as the one that differs ("소리는", "바람은")
    const k = next.tokens.findIndex((t) => hasLex(t, 'attr'));
    if (k < 0 || !CONTRAST.has(next.tokens[k + 1]?.text ?? '')) continue;
    if (!(next.asked || next.req) || next.verb === null || WEAK_VERBS.has(next.verb)) continue;
    f.reason = false;
  }
}
