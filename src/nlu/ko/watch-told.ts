/**
 * Hearsay of someone watching that names nothing to put on (issue #13, fixer fx39): "아빠가 야구 본대",
 * "누나가 뭐 본대" tells what someone does and asks nothing; with a channel or a programme ("아빠가 뉴스 보신대")
 * it puts that on, and beside a request it is the request's reason (joined.ts#contextBefore).
 */
import type { Frame } from './clause-frame.js';
import { HEARSAY_WATCH } from './joined.js';
import { hasLex } from './tokenize.js';

export function watchTold(frames: Frame[]): void {
  for (const f of frames) {
    if (f.verb !== 'play' || f.channel || f.targets.length || f.asked || f.req) continue;
    // "채널A 틀어 줘, 할머니 트로트 보신대": a kind of music watched beside a channel asked for is the
    // request's reason, not music to play (fixer fx50)
    const music = f.attrs.length > 0 && f.attrs.every((a) => a === 'media');
    if (f.attrs.length && !music) continue;
    const verb = f.tokens.findLast((t) => hasLex(t, 'verb'));
    if (!verb || !HEARSAY_WATCH.has(verb.text)) continue;
    if (music) {
      if (frames.some((g) => g !== f && g.channel && (g.asked || g.req))) f.reason = true;
      continue;
    }
    if (frames.some((g) => g !== f && g.verb !== null && (g.asked || g.req))) continue;
    f.chat = true;
  }
}
