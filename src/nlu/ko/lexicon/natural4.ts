/**
 * Words of natural-4's classes (fifth round of #13, fixer fx2), data only; lex.ts adds them to the
 * lexicon. Interjections a correction may carry ("아 시간 없다 쾌속으로"), everyday verbs.
 */
import type { VerbKey } from './words.js';

/** Said between a request and its correction, asking nothing: "아 시간 없다", "급하다". */
export const ASIDE_FILLERS = [
  '시간 없다',
  '시간 없어',
  '시간이 없다',
  '시간이 없어',
  '시간 없네',
  '시간이 없네',
  '급하다',
  '급해',
  '바쁘다',
];

/** Everyday verbs: "재즈 좀 깔아 줘" (put music on in the background). */
export const N4_VERBS: Partial<Record<VerbKey, string[]>> = {
  play: ['깔아', '깔아줘', '깔아 봐', '깔아 놔', '깔아 주세요'],
};

/** A plan of one's own said politely ("청소는 다음 주에 해 드릴게요"): told, not asked; closes the clause. */
export const PLAN_ENDS = [
  '드릴게',
  '드릴게요',
  '드릴께요',
  '해 드릴게',
  '해 드릴게요',
  '해드릴게요',
  '해 드릴께요',
];
