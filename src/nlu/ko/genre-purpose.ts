/**
 * "MBC 말고 JTBC로 좀 돌려 줄 수 있어? 뉴스 보게": a genre said with talk after a channel asked by its own
 * name is what the speaker means to watch there (its purpose), not another channel: the named one stays.
 */
import type { Frame } from './clause-frame.js';
import { programmeHour } from './programme-time.js';

export function genreIsPurpose(f: Frame, next: Frame): boolean {
  if (!next.channel?.genre || !f.channel || f.channel.genre) return false;
  if (!next.unknown.length && !programmeHour(f, next)) return false;
  next.channel = null;
  next.reason = true;
  return true;
}

/** The same, when the genre names a channel of another tuner ("KBS1 틀어 줘, 드라마 보게"). */
export function genrePurposes(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    const prev = frames[i - 1] as Frame;
    if (f.verb || f.numbers.length || (f.targets.length && !f.inherited) || f.areas.length) continue;
    if (prev.asked || prev.req) genreIsPurpose(prev, f);
  }
}
