/**
 * "MBC 말고 JTBC로 돌려 줘, 삼촌이 드라마 본대": a genre someone is said to watch (본대, 보고 싶대),
 * beside a clause that already puts on a channel by its name or number, is why that channel is asked;
 * it picks no channel of its own. Said alone ("아버님이 드라마 보신대") it still asks for the genre.
 */
import type { Frame } from './clause-frame.js';
import { HEARSAY_WATCH as HEARSAY } from './joined.js';

const namesChannel = (f: Frame): boolean =>
  (!!f.channel && !f.channel.genre) ||
  (f.attrs.includes('channel') && f.numbers.length > 0) ||
  // "안방 TV 켜서 9번, 아니 7번 틀어 드려": a number of 번 put on (fixer fx27)
  (f.verb === 'play' && f.numbers.some((n) => n.unit === 'num'));

export function genreWatched(frames: Frame[]): void {
  if (frames.length < 2) return;
  for (const g of frames) {
    if (!g.channel?.genre || !g.tokens.some((t) => HEARSAY.has(t.text))) continue;
    if (!frames.some((f) => f !== g && namesChannel(f) && !f.chat && !f.cond)) continue;
    g.channel = null;
    g.attrs = g.attrs.filter((a) => a !== 'channel');
    g.attr = g.attrs[0] ?? null;
    g.verb = null;
    g.verbs = [];
    g.reason = true;
  }
}
