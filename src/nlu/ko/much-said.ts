/**
 * A degree word said right before a change up or down ("소리 엄청 키워", "에어컨 온도 겁나 낮춰", "보일러 억수로
 * 올리라") is "a lot", as 확/많이 are: two steps. The degree word is no token of its own, so it is read from the
 * text between the verb and the word before it.
 */
import { MUCH_DEGREE_WORDS } from './lexicon/degree.js';
import type { Frame } from './parse.js';

const MUCH = new Set(MUCH_DEGREE_WORDS);

export function muchSaid(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if (f.verb !== 'up' && f.verb !== 'down') continue;
    f.tokens.forEach((tok, i) => {
      if (!tok.lex.some((x) => x.t === 'verb' && (x.v === 'up' || x.v === 'down'))) return;
      const from = i > 0 ? (f.tokens[i - 1]?.end ?? 0) : 0;
      if (MUCH.has(compact.slice(from, tok.start))) f.mods.add('much');
    });
  }
}
