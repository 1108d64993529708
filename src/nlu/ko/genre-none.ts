/**
 * "스포츠 틀어 줘", "야구 좀 틀어 봐" in a home whose TVs carry no channel of the genre (issue #13, fixer
 * fx20): the genre is still a TV's, never music for a speaker. The genre said right before the verb that
 * plays it becomes a channel of major -1, so the request goes to the TV of the room and the reply says
 * that TV has no channel of the genre (plan/genre-lacking.ts); nothing is switched.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { Frame } from './clause-frame.js';
import type { ChannelRef, DynamicLexicon, Lex } from './lex.js';
import { GENRES } from './lexicon/genres.js';
import { GENRE_PARTICLES } from './lexicon/turn-shapes.js';
import { compactForm } from './text.js';
import type { Token } from './tokenize.js';

/** The words of the genres no tuner carries, as channels the first tuner lacks. */
export function genresLacking(
  tuners: DeviceDescription[],
  carried: Array<[string, Lex]>,
): Array<[string, ChannelRef]> {
  const said = new Set(carried.map(([w]) => w));
  const first = tuners[0];
  if (!first) return [];
  const out: Array<[string, ChannelRef]> = [];
  for (const g of GENRES)
    if (!g.words.some((w) => said.has(w)))
      for (const w of g.words)
        out.push([
          compactForm(w),
          { device: first.id, major: -1, minor: 0, name: g.channels[0] ?? w, genre: true },
        ]);
  return out.sort((a, b) => b[0].length - a[0].length);
}

const PLAYS = new Set<string>(['play', 'set', 'on']);
/** Tokens that are words of their own beside the genre. */
const MEANT = new Set<string>(['dev', 'kind', 'attr', 'mod', 'area']);
const PARTICLE = new RegExp(`(?:${GENRE_PARTICLES.join('|')})$`);
const verbTok = (t: Token): boolean => t.lex.some((x) => x.t === 'verb');

export function genreNone(frames: Frame[], compact: string, dyn: DynamicLexicon | null): void {
  const lacking = dyn?.lacking;
  if (!lacking?.length) return;
  let from = 0;
  for (const f of frames) {
    const v = f.tokens.findIndex(verbTok);
    const start = from;
    from = f.tokens[f.tokens.length - 1]?.end ?? from;
    if (v < 0 || f.channel || f.reason || f.cond || f.question || !PLAYS.has(f.verb ?? '')) continue;
    if (f.targets.some((t) => !t.devs.length && !t.kind?.kinds.includes('tv'))) continue;
    if (f.attrs.some((a) => a !== 'channel')) continue;
    // what is said before the verb, less the words that mean something (the TV, 채널, 좀): the genre alone
    let head = '';
    let at = start;
    for (const t of f.tokens.slice(0, v)) {
      head += compact.slice(at, t.start);
      if (!t.lex.some((x) => MEANT.has(x.t))) head += compact.slice(t.start, t.end);
      at = Math.max(at, t.end);
    }
    head += compact.slice(at, (f.tokens[v] as Token).start);
    const bare = head.replace(PARTICLE, '');
    const hit = lacking.find(([w]) => bare === w);
    if (hit) {
      f.channel = { ...hit[1] };
      if (!f.attrs.includes('channel')) f.attrs.push('channel');
      f.attr ??= 'channel';
    }
  }
}
