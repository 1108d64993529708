/**
 * Talk about products and devices rather than requests (natural-4, fixer fx2): an opinion asked of a
 * brand or product line ("트롬 워시타워 괜찮아?"), and a remark about a sound the device cannot
 * change ("우리 집 도어락 소리 진짜 크다").
 */
import type { HomeView } from '../types.js';
import { qualified } from './brand.js';
import type { Frame } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { OPINION_ASKED, PLAIN_REMARK_END } from './lexicon/clause-shapes.js';

/** Words that ask an opinion ("괜찮아", "어때"), not a state, when said of a product. */
const OPINION = new Set(OPINION_ASKED);

/**
 * A product named by brand or line (no device's name) that no device at home is, asked an opinion
 * of: talk ("트롬 워시타워 괜찮아" where the washer is a TROMM but no WashTower, "다이슨 청소기 어때?").
 */
export function markProductTalk(frames: Frame[], idx: HomeIndex, home: HomeView): void {
  for (const f of frames) {
    if (f.attrs.length || !f.tokens.some((t) => OPINION.has(t.text))) continue;
    const product = f.targets.some(
      (t) =>
        (!t.devs.length || t.kind !== null) &&
        !t.comp &&
        (t.brands.length > 0 || t.lines.length > 0) &&
        qualified(t, idx, home.devices).length === 0,
    );
    if (product) f.chat = true;
  }
}

/** "도어락 소리 진짜 크다": a sound said as a plain remark (…다) of a device with no volume is talk. */
export function soundRemark(f: Frame, compact: string, question: boolean): boolean {
  return (f.complaint === 'loud' || f.complaint === 'big') && !question && compact.endsWith(PLAIN_REMARK_END);
}
