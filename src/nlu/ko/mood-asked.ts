/**
 * "조명 좀 분위기 있게 해 줘", "안방 불 로맨틱하게 해 봐": a mood asked with 해 줘 and nothing to set names
 * no action (switching on is a guess); the request keeps its device and is asked how (partly.ts).
 * Words in lexicon/moods.ts; issue #13, fixer fx20.
 */
import { carriesValue, type Frame } from './clause-frame.js';
import { MOOD_WORDS } from './lexicon/moods.js';
import { compactForm } from './text.js';

const MOODS = new Set(MOOD_WORDS.map(compactForm));
const VAGUE = new Set<string>(['do', 'set', 'on']);

export function moodAsked(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.tokens.some((t) => MOODS.has(t.text)) || carriesValue(f) || f.complaint) continue;
    if (f.verb !== null && !VAGUE.has(f.verb)) continue;
    // 켜 줘 said outright with the mood switches on; 해 줘 alone does not say what
    if (f.tokens.some((t) => t.lex.some((x) => x.t === 'verb' && x.v === 'on'))) continue;
    f.verb = null;
    f.verbs = [];
  }
}
