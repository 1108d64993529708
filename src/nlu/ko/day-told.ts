/**
 * "내일 토요일인데 애들이랑 뭐 하고 놀지 모르겠네", "오늘 금요일이니까 치킨 먹자": a day of the week named and said
 * as a statement (not asked) tells the day; it asks no date. The date is still asked with 무슨 요일, 며칠, or a
 * question mark ("내일 토요일이야?"). The time word said right before the day ("내일 토요일인데 …") is the day's, so a
 * request after it is for now (fixer fx45).
 */
import type { Frame } from './clause-frame.js';
import { DAY_COPULA, DAY_SYLLABLES } from './lexicon/everyday.js';
import { DAY_WORD } from './lexicon/rule-words.js';
import type { Normalized } from './text.js';

const DAY = new Set(DAY_SYLLABLES);
const COPULA = new Set(DAY_COPULA);

export function dayTold(frames: Frame[], norm: Pick<Normalized, 'compact' | 'question'>): void {
  if (norm.question) return;
  for (const f of frames) {
    if (!f.attrs.includes('date')) continue;
    const day = f.tokens.find((t) => t.text === DAY_WORD);
    if (!day || !DAY.has(norm.compact[day.start - 1] ?? '')) continue;
    // the copula after it ("토요일인데", "금요일이니까"); "월요일에" is when, not the day told
    if (!COPULA.has(norm.compact[day.end] ?? '')) continue;
    f.attrs = f.attrs.filter((a) => a !== 'date');
    if (f.attr === 'date') f.attr = f.attrs[0] ?? null;
    const k = f.tokens.indexOf(day);
    const when = f.tokens[k - 1];
    if (when && when.end === day.start - 1 && when.lex.some((x) => x.t === 'later')) {
      when.lex = when.lex.filter((x) => x.t !== 'later');
      if (!f.tokens.some((t) => t.lex.some((x) => x.t === 'later'))) {
        f.later = false;
        if (f.delay === 'later') f.delay = null;
      }
    }
  }
}
