/**
 * "안방 TV 뉴스 하는 데로 틀어 줘" when that TV's lineup carries no news channel (issue #13, fixer fx20):
 * the genre picked another tuner's channel, so the reply names the TV and the genre it lacks instead of
 * a channel the person never said ("YTN 채널을 찾지 못했어요").
 */
import type { DeviceDescription } from '../../../model/types.js';
import { GENRES } from '../lexicon/genres.js';
import { MSG } from '../lexicon/replies.js';
import type { Frame } from '../parse.js';
import { compactForm } from '../text.js';

export function genreLacking(f: Frame, d: DeviceDescription): string | null {
  if (!f.channel?.genre) return null;
  const name = compactForm(f.channel.name);
  const g = GENRES.find(
    (x) =>
      x.channels.some((c) => compactForm(c) === name) || x.marks.some((m) => name.includes(compactForm(m))),
  );
  return g ? MSG.noGenreOn.replace('{tv}', d.name).replace('{genre}', g.words[0] as string) : null;
}
