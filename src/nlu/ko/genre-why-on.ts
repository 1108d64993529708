/**
 * "자기 전에 뉴스 좀 보게 안방 TV 켜 줘", "드라마 보려고 그러는데 티비 켜 줘": a genre said as what the speaker means to
 * watch (…보게, …보려고), before a request to switch a TV on, is the request's purpose. When the TV asked has no
 * channel of that genre, it is still switched on (plan/media.ts); when it has one, the genre is put on as before
 * (fixer fx46).
 */
import type { Frame } from './clause-frame.js';
import { WATCH_PURPOSE } from './lexicon/genres.js';
import { anyWord } from './text.js';

const PURPOSE = anyWord(WATCH_PURPOSE);

export function genreWhyOn(frames: Frame[], compact: string): void {
  const m = PURPOSE.exec(compact);
  if (!m) return;
  for (const f of frames) {
    if (f.verb !== 'on' || !f.channel?.genre) continue;
    const c = f.tokens.find((t) => t.lex.some((x) => x.t === 'chan'));
    if (c && c.end <= m.index) f.genreWhy = true;
  }
}
