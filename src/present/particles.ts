/**
 * Korean particles that depend on the word before them: 을/를, 이/가, 은/는, 과/와, 아/야, (으)로.
 * A catalog writes both forms after a placeholder ("{name}을(를) 열까요?"); `fill` (i18n.ts) picks
 * the one that fits the name's last syllable. Words that do not end in Hangul keep both forms.
 */

/** Whether the last syllable of `word` has a final consonant (받침); null when it is not Hangul. */
export function hasBatchim(word: string): boolean | null {
  const last = word.trimEnd().at(-1);
  if (!last) return null;
  const code = last.charCodeAt(0);
  if (code < 0xac00 || code > 0xd7a3) return null;
  return (code - 0xac00) % 28 !== 0;
}

/** Whether the last syllable ends in ㄹ (for (으)로: "서울로", not "서울으로"). */
const endsInRieul = (word: string): boolean => {
  const code = word.trimEnd().at(-1)?.charCodeAt(0) ?? 0;
  return code >= 0xac00 && code <= 0xd7a3 && (code - 0xac00) % 28 === 8;
};

/** The pairs as catalogs write them: [written form, after a final consonant, after a vowel]. */
const PAIRS: Array<[string, string, string]> = [
  ['을(를)', '을', '를'],
  ['를(을)', '을', '를'],
  ['이(가)', '이', '가'],
  ['가(이)', '이', '가'],
  ['은(는)', '은', '는'],
  ['는(은)', '은', '는'],
  ['과(와)', '과', '와'],
  ['와(과)', '과', '와'],
  ['아(야)', '아', '야'],
  ['(으)로', '으로', '로'],
];

/** `word` followed by the particle of `written` ("을(를)") that fits it. */
export function particle(word: string, written: string): string {
  const pair = PAIRS.find(([w]) => w === written);
  const batchim = hasBatchim(word);
  if (!pair || batchim === null) return written;
  if (pair[0] === '(으)로' && endsInRieul(word)) return pair[2];
  return batchim ? pair[1] : pair[2];
}

/** The written forms `fill` looks for right after a placeholder. */
export const PARTICLE_FORMS = PAIRS.map(([w]) => w);
