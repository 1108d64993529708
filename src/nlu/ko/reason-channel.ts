/**
 * A channel wished in the reason, put on by a request that names nothing (issue #13, fixer fx39): "제이티비씨
 * 보고 싶은데 틀어 줄래", "뉴스 보고 싶으니까 좀 틀어 줘". The request's "틀어" is that channel's, not music.
 */
import type { Frame } from './clause-frame.js';

export function reasonChannel(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i] as Frame;
    const r = frames[i - 1] as Frame;
    if (f.verb !== 'play' || f.channel || f.targets.length || f.attrs.length || !(f.asked || f.req)) continue;
    if (!r.reason || !r.channel || r.targets.length || (r.verb !== null && r.verb !== 'play')) continue;
    f.channel = r.channel;
  }
}
