/**
 * A request among talk in a long turn (issue #13, natural-8 P, fixer fx7): what the talk around a
 * request changes about it, and what it does not.
 */

import type { Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { hasLex } from './tokenize.js';

const strong = (f: Frame): boolean => f.verb !== null && !WEAK_VERBS.has(f.verb);

/**
 * "부엌 불은 끄고, 거실 불 켜고, 더우니까 에어컨도 틀어 줘": clauses joined before a complaint said as
 * the reason of a request asked after it are requests of their own, not the story the complaint ends
 * ("에어컨 켜고 잤더니 추워" stays a story: nothing is asked after it).
 */
export function complaintNotStory(frames: Frame[]): void {
  for (let i = 0; i < frames.length; i++) {
    if (!frames[i]?.story) continue;
    let c = i;
    while (frames[c]?.story) c++;
    const asked = frames.slice(c + 1).some((g) => !g.reason && !g.chat && g.asked && strong(g));
    for (let j = i; j < c; j++) {
      const p = frames[j] as Frame;
      p.story = false;
      if (asked && strong(p) && !p.chat && !p.cond) p.reason = false;
    }
    i = c;
  }
}

/**
 * "방금 들어와서 그런데 거실 티비에 지금 나오는 게 무슨 채널이야": what a named device is at (its
 * channel, volume, mode …), asked, is a home question however much talk is around it.
 */
export const deviceAsked = (f: Frame): boolean =>
  f.question && f.verb === 'query' && f.attrs.length > 0 && f.targets.some((t) => t.devs.length > 0);

const TV_VERBS = new Set(['on', 'play']);

/**
 * "드라마 재방송 할 시간이야, 안방 텔레비전 좀 틀어 줘": a programme's time come, said by its genre
 * only, beside a TV asked on, is why the TV goes on; it names no channel (the genre's first channel is
 * a guess made only when the genre itself is asked for: "드라마 틀어 줘").
 */
export function genreTimeCome(f: Frame): void {
  if (!f.channel?.genre || !f.verb || !TV_VERBS.has(f.verb)) return;
  const time = f.tokens.some((t) => t.lex.some((x) => x.t === 'attr' && x.v === 'time'));
  const tv = f.targets.some((t) => t.devs.length > 0 || t.kind?.kinds.includes('tv'));
  if (!time || !tv) return;
  // the genre's own word is where it is said; a channel named by its name stays
  if (f.tokens.some((t) => hasLex(t, 'chan') && t.lex.some((x) => x.t === 'chan' && !x.v.genre))) return;
  f.channel = null;
  f.attrs = f.attrs.filter((a) => a !== 'channel' && a !== 'time');
  f.attr = f.attrs[0] ?? null;
}

/** The rules of this file that change the turn's clauses before the request is picked. */
export function aroundRequest(frames: Frame[]): void {
  complaintNotStory(frames);
  for (const f of frames) genreTimeCome(f);
}
