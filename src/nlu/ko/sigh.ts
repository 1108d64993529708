/**
 * "거실 불 켜 줘 에이 됐어", "에어컨 켜 줘 에잇 됐다", "티비 켜 하 됐어", "커튼 닫아 줘 휴 그냥 둬": a sigh
 * or interjection said right before a plain never-mind, after the request, calls the request off. The
 * sigh is read from the text, not from tokens: the tokenizer may split it into particles (에이 → 에 + 이),
 * read it as a verb (하) or not know it (휴, 에잇).
 */
import type { Frame } from './clause-frame.js';
import { CALL_OFF_SIGHS } from './lexicon/family-speech.js';
import type { Normalized } from './text.js';
import { hasLex, type Token } from './tokenize.js';

const SIGHS = [...CALL_OFF_SIGHS].sort((a, b) => b.length - a.length);
const SIGH_TOKENS = new Set(CALL_OFF_SIGHS);

/** Where the sigh said as a word of its own right before compact index `at` begins, or -1. */
export function sighBefore(norm: Pick<Normalized, 'compact' | 'starts'>, at: number): number {
  if (norm.starts[at] !== 1) return -1;
  for (const s of SIGHS) {
    const from = at - s.length;
    if (from >= 0 && norm.starts[from] === 1 && norm.compact.startsWith(s, from)) return from;
  }
  return -1;
}

/** The index in `f.tokens` of a never-mind said right after a sigh, or -1; `before`: what must precede the sigh. */
export function sighedNever(
  f: Frame,
  norm: Pick<Normalized, 'compact' | 'starts'>,
  before: (toks: Token[]) => boolean,
): number {
  for (let k = 0; k < f.tokens.length; k++) {
    const t = f.tokens[k] as Token;
    if (!hasLex(t, 'nev')) continue;
    // the sigh read as a token of its own ("아", "어휴"), with or without spaces
    const own = f.tokens[k - 1];
    const from = own && SIGH_TOKENS.has(own.text) ? own.start : sighBefore(norm, t.start);
    if (from < 0) continue;
    const toks = f.tokens.slice(0, k);
    // every token between the sigh's start and the never-mind is part of the sigh
    if (before(toks.filter((x) => x.end <= from))) return k;
  }
  return -1;
}
