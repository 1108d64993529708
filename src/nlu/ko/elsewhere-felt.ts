/**
 * "회사 사무실이 너무 건조해", "학교는 너무 춥대", "그 식당 너무 시끄럽더라": a complaint of a place away from
 * home said as its topic, or of a room the home lacks told as seen before (-더라), with no room of the home
 * and no device named, is talk: no action and no question back (fixer fx40). Data: AWAY_PLACES, AWAY_TOPIC,
 * WITNESSED_ENDS (lexicon/complaint-forms.ts).
 */
import type { Frame } from './clause-frame.js';
import { MISSING_ROOM } from './home.js';
import { AWAY_PLACES, AWAY_TOPIC, WITNESSED_ENDS } from './lexicon/complaint-forms.js';
import { compactForm, type Normalized } from './text.js';
import { hasLex } from './tokenize.js';

const AWAY = AWAY_PLACES.map(compactForm);
const TOPIC = AWAY_TOPIC.map(compactForm);
const SEEN = WITNESSED_ENDS.map(compactForm);

/** An away place said at a word start, then a particle, between `from` and `to`. */
function awayTopic(norm: Normalized, from: number, to: number): boolean {
  const s = norm.compact;
  for (let i = from; i < to; i++) {
    if (norm.starts[i] !== 1) continue;
    const w = AWAY.find((a) => s.startsWith(a, i));
    if (w && TOPIC.some((p) => s.startsWith(p, i + w.length) || s.startsWith(p, i + w.length + 3)))
      return true;
  }
  return false;
}

export function elsewhereFelt(frames: Frame[], norm: Normalized): void {
  frames.forEach((f, i) => {
    if (f.complaint === null || f.req || f.asked || f.targets.some((t) => t.devs.length || t.kind)) return;
    if (f.areas.some((a) => !a.startsWith(MISSING_ROOM))) return;
    const c = f.tokens.find((t) => hasLex(t, 'cplx'));
    if (!c) return;
    const prev = frames[i - 1]?.tokens;
    const from = prev?.length ? (prev[prev.length - 1]?.end ?? 0) : 0;
    const away = awayTopic(norm, from, c.start);
    const tail = norm.compact.slice(f.tokens[f.tokens.length - 1]?.start ?? c.start);
    const seen = f.areas.length > 0 && SEEN.some((e) => tail.endsWith(e));
    if (!away && !seen) return;
    f.complaint = null;
    f.chat = true;
  });
}
