/**
 * Talk that names makes or music but asks nothing of the home: makes weighed one by one ("비스포크가 나아
 * 오브제가 나아?", whatever verb of buying or replacing is said with them), and a taste asked or told
 * ("너는 무슨 노래 좋아해?", "나는 옛날 노래가 좋더라") with no device named.
 */
import type { Frame } from './clause-frame.js';
import { LIKING_WORDS } from './lexicon/clause-joins.js';
import { compactForm } from './text.js';
import { hasLex } from './tokenize.js';

const LIKING = new Set(LIKING_WORDS.map(compactForm));

export function tasteTalk(frames: Frame[]): void {
  for (const f of frames) {
    const makes = f.tokens.filter(
      (t, k) => (hasLex(t, 'line') || hasLex(t, 'brand')) && hasLex(f.tokens[k + 1] ?? t, 'chat'),
    );
    if (makes.length >= 2 && !f.tokens.some((t) => hasLex(t, 'req'))) f.chat = true;
    const named = f.targets.some((t) => t.devs.length || t.kind);
    if (!named && f.tokens.some((t) => LIKING.has(t.text)) && !f.asked && !f.req) {
      f.chat = true;
      f.question = false;
    }
  }
}
