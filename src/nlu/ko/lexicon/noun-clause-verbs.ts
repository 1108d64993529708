/**
 * A request put as a suggestion (…는 거/게/건 어때?, …면 어때?) with a verb whose stem the lexicon cannot take
 * alone: 틀다 → 트는/트면, 치다 → 치는/치면, 걷다 → 걷는/걷으면, 시키다 → 시키는/시키면. Only with the noun or the
 * suggestion after them: bare 치는 or 트는 sits inside too many other words (수치는, 노트는). Fixer fx34, issue #13
 * (test/nlu/cases/classes-dev-41.yaml).
 */
import type { VerbKey } from './words.js';

const NOUNS = ['거', '게', '건'];
const SUGGESTED = ['어때', '어떨까', '어떻겠어'];
const before = (adnominal: string[], conditional: string[]): string[] => [
  ...adnominal.flatMap((s) => NOUNS.map((n) => `${s} ${n}`)),
  ...conditional.flatMap((s) => SUGGESTED.map((q) => `${s} ${q}`)),
];

export const NOUN_CLAUSE_VERBS: Partial<Record<VerbKey, string[]>> = {
  play: before(['트는', '틀어 주는', '틀어 놓는'], ['트면']),
  close: before(['치는', '쳐 주는', '쳐 놓는'], ['치면', '쳐 주면']),
  open: before(['걷는', '걷어 주는'], ['걷으면']),
  start: before(['시키는', '시켜 주는'], ['시키면']),
  // a verbal noun's 하다 ("환기하는 게 어때?", "청소하면 어떨까?"): only with the suggestion itself, for bare
  // 하는 거 is talk ("뭐 하는 거야")
  do: ['하는', '해 주는'].flatMap((s) => NOUNS.flatMap((n) => SUGGESTED.map((q) => `${s} ${n} ${q}`))),
};
