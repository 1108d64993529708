/**
 * "거실 불 켜고 커튼도 좀… 아 아니다, 다 됐어, 그냥 놔둬": "다 됐어" right after a correction marker is
 * "never mind, that's all" (the request called off), not the question of whether a cycle is done.
 * Fixer fx22.
 */
import type { Frame } from './clause-frame.js';
import { RULE_WORDS as W } from './lexicon/turn-shapes.js';
import { hasLex, type Token } from './tokenize.js';

export function doneAfterCorrection(tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (!tok.text.startsWith(W.allDone) || !tok.lex.some((x) => x.t === 'attr' && x.v === 'remaining'))
      continue;
    let j = k - 1;
    while (j >= 0 && (tokens[j] as Token).lex.every((x) => x.t === 'filler')) j--;
    if (j >= 0 && hasLex(tokens[j] as Token, 'corr')) tok.lex = [{ t: 'nev' }];
  }
}

/**
 * "에어컨 켜고 온도도… 아니다, 다 됐어": "다 됐어" after a correction takes back everything asked before it
 * in the turn, not only the clause just before (다, "all of it"); questions asked before it are still
 * answered.
 */
export function doneCallsAllOff(frames: Frame[]): void {
  const at = frames.findIndex(
    (f) => f.nev && f.tokens[0]?.text.startsWith(W.allDone) && hasLex(f.tokens[0], 'nev'),
  );
  if (at <= 0) return;
  for (let i = at - 1; i >= 0; i--) if (!(frames[i] as Frame).question) frames.splice(i, 1);
}
