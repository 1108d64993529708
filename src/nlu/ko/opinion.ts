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
import { OPINION_ENDS } from './lexicon/rule-words.js';
import { BRANDS } from './lexicon/speech.js';
import { compactForm } from './text.js';

/** Words that ask an opinion ("괜찮아", "어때"), not a state, when said of a product. */
const OPINION = new Set(OPINION_ASKED);

/** The makes' words, compact ("엘지", "삼성"). */
const MAKE_SAID = BRANDS.flatMap((b) => b.words.map(compactForm));

/**
 * A product named by brand or line (no device's name) that no device at home is, asked an opinion
 * of: talk ("트롬 워시타워 괜찮아" where the washer is a TROMM but no WashTower, "다이슨 청소기 어때?").
 */
export function markProductTalk(frames: Frame[], idx: HomeIndex, home: HomeView, compact: string): void {
  const judged = frames.length === 1 && OPINION_ENDS.some((e) => compact.endsWith(e));
  for (const f of frames) {
    if (f.attrs.length || !(judged || f.tokens.some((t) => OPINION.has(t.text)))) continue;
    const product = f.targets.some(
      (t) =>
        ((!t.devs.length || t.kind !== null) &&
          !t.comp &&
          (t.brands.length > 0 || t.lines.length > 0) &&
          qualified(t, idx, home.devices).length === 0) ||
        // "엘지 냉장고 좋아?": a make said with the device asked an opinion of is the make's (fixer fx46)
        (judged &&
          (f.verb === null || f.verb === 'query') &&
          !f.req &&
          (t.brands.length > 0 || MAKE_SAID.some((b) => compactForm(t.text).startsWith(b)))),
    );
    if (product) f.chat = true;
  }
}

/** "도어락 소리 진짜 크다": a sound said as a plain remark (…다) of a device with no volume is talk. */
export function soundRemark(f: Frame, compact: string, question: boolean): boolean {
  return (f.complaint === 'loud' || f.complaint === 'big') && !question && compact.endsWith(PLAIN_REMARK_END);
}
