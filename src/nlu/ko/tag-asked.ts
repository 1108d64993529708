/**
 * "냉장고 급냉 모드로 해 줘, 김냉은 괜찮지?": a side of the turn that only seeks reassurance about something (a tag
 * question, lexicon/reassure.ts), said after a request, leaves the request to be done (asked-and-request.ts). Cheap:
 * looked at only where the turn is cut, on the side's last few syllables. Fixer fx44, issue #13 (natural-22 Q).
 */
import { REASSURE_TAGS } from './lexicon/reassure.js';
import { compactForm } from './text.js';

const TAGS = REASSURE_TAGS.map(compactForm);

/** The side ends in a reassurance tag (with or without its question mark). */
export function reassureTag(side: string): boolean {
  const s = compactForm(side);
  return TAGS.some((t) => s.endsWith(t));
}
