/**
 * "노래 다시, 가스 잠가 줘", "음악 한 곡 뽑아 봐, 현관문 잠가": music asked first, with no verb the lexicon knows
 * ("다시", or a song "pulled out", pull-song.ts), is a request said to its end when a device is named right after
 * it: the music clause is played and closed, and the device begins a clause of its own. Fixer fx28.
 */
import type { Frame } from './clause-frame.js';
import { PULL_SONG_VERBS } from './lexicon/plain-speech.js';
import type { Normalized } from './text.js';
import { hasLex, isTargetTok, type Token } from './tokenize.js';

const PULL = PULL_SONG_VERBS.map((w) => w.replace(/ /g, ''));

interface Reader {
  frame: Frame;
  close(): void;
}

export function closeMusicFirst(reader: Reader, tokens: Token[], k: number, norm: Normalized): void {
  const f = reader.frame;
  const tok = tokens[k] as Token;
  const last = tokens[k - 1];
  if (!last || f.tokens[f.tokens.length - 1] !== last) return;
  if (f.verb !== null || f.targets.length || f.question || f.reason || f.cond || f.chat) return;
  if (f.attrs.length !== 1 || f.attrs[0] !== 'media' || f.tokens.some((t) => hasLex(t, 'chan'))) return;
  if (!isTargetTok(tok) || hasLex(tok, 'verb') || !tok.lex.some((x) => x.t === 'dev' || x.t === 'kind'))
    return;
  if (norm.starts[tok.start] !== 1) return;
  const gap = norm.compact.slice(last.end, tok.start);
  const again = gap === '' && last.lex.some((x) => x.t === 'mod' && x.v === 'again');
  if (!again && !PULL.includes(gap)) return;
  f.verb = 'play';
  if (!f.verbs.includes('play')) f.verbs.push('play');
  f.asked = true;
  reader.close();
}
