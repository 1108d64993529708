/**
 * A TV's own speaker ("티비 스피커 소리 줄여", "안방 티비 스피커 볼륨 올려"): a speaker word right after a TV
 * is that TV's sound, one device, not also a speaker of the room.
 */
import type { Frame } from './clause-frame.js';
import { KINDS, type KindWord } from './lexicon/words.js';
import { hasLex, type Token } from './tokenize.js';

const isKind = (t: Token | undefined, kind: string) =>
  !!t?.lex.some((x) => x.t === 'kind' && (x.v as KindWord).kinds.includes(kind));

/** "거실 TV", "안방 티비": a device's name that ends in a word for a TV. */
const TV_WORDS = KINDS.filter(([, k]) => k.kinds[0] === 'tv').flatMap(([words]) => words);
const isTv = (t: Token) => isKind(t, 'tv') || (hasLex(t, 'dev') && TV_WORDS.some((w) => t.text.endsWith(w)));

export function tvOwnSpeaker(frames: Frame[]): void {
  for (const f of frames) {
    for (let i = 1; i < f.tokens.length; i++) {
      const tok = f.tokens[i] as Token;
      if (!isKind(tok, 'speaker') || hasLex(tok, 'dev')) continue;
      // "티비의 스피커": the particle between them
      const prev = hasLex(f.tokens[i - 1] as Token, 'part') ? f.tokens[i - 2] : f.tokens[i - 1];
      if (!prev || prev.end < tok.start - 1 || !isTv(prev)) continue;
      const k = f.targets.findIndex((t) => t.text === tok.text && !t.devs.length);
      if (k >= 0 && f.targets.length > 1) f.targets.splice(k, 1);
    }
  }
}
