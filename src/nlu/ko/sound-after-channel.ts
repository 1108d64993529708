/**
 * "YTN 틀고 소리 좀 키워", "뉴스 채널로 돌리고 볼륨 올려 줘": a volume change with no device, joined after a
 * clause that tuned one TV to a channel, is that TV's volume — not the satellite's own player, and no
 * question which TV (fixer fx50, natural-30 H). So is one after a clause that played music ("음악 틀고 소리 줄여",
 * "노래 넘기고 볼륨 키워"): the music's, not the room's TV (the lead, natural-32 K); not after music stopped.
 */
import { type Frame, targetRef } from './clause-frame.js';
import type { VerbKey } from './lexicon/words.js';

const PLAYED = new Set<VerbKey>(['play', 'on', 'next', 'prev']);

export function soundAfterChannel(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.targets.length || f.areas.length || !f.attrs.includes('volume')) continue;
    const prev = frames[i - 1] as Frame;
    const dev = prev.channel?.device;
    if (!prev.joined || prev.targets.length || prev.reason || prev.chat || prev.cond || prev.delay) continue;
    if (f.reason || f.chat || f.cond || f.question) continue;
    if (!dev) {
      // the music just played: its player (resolve.ts#implied takes the satellite's with 'media')
      if (prev.attrs.includes('media') && prev.verb && PLAYED.has(prev.verb) && !f.attrs.includes('media'))
        f.attrs.push('media');
      continue;
    }
    f.targets = [targetRef({ devs: [dev] })];
    f.inherited = true;
  }
}
