/**
 * "에어컨 켜 줘… 아 아니다, 그냥 창문 열게", "보일러 올려 줘, 아니다 이불 덮을게": a request corrected by what the
 * speaker will do instead, said with the promissive -ㄹ게/-을게: the request is called off and nothing is asked of
 * the home (the speaker's own act, even of a thing the home has: "아니다 커튼 내가 열게") (fixer fx46).
 */
import type { Frame } from './clause-frame.js';

/** The syllable has the final consonant ㄹ (열, 틀, 을, 글, 켤). */
/** Correction markers (lexicon/speech.ts CORRECTIONS), the plain ones. */
const MARKS = ['아니', '아냐', '말고', '그게아니라'];

const endsInRieul = (ch: string | undefined): boolean => {
  const c = ch ? ch.charCodeAt(0) - 0xac00 : -1;
  return c >= 0 && c < 11172 && c % 28 === 8;
};

export function ownInstead(frames: Frame[], compact: string): void {
  const text = compact.endsWith('게요') ? compact.slice(0, -1) : compact;
  if (!text.endsWith('게') || !endsInRieul(text[text.length - 2])) return;
  // a correction marker said after a request, then the promise ("…켜 줘 아 아니다 그냥 창문 열게")
  const at = MARKS.reduce((k, m) => Math.max(k, text.lastIndexOf(m)), -1);
  if (at < 1 || !frames.some((f) => f.verb !== null || f.req)) return;
  for (const f of frames) {
    f.chat = true;
    f.req = false;
  }
}
