/**
 * Another place or thing put on, said to a TV ("딴 데로 틀어", "다른 데 좀 틀어 봐", "티비 딴 거 틀어 줘"):
 * the next channel in the lineup (Channel.SkipChannel Count=1), not the TV switched on. Said to no TV and
 * with no place to turn to ("다른 거 틀어": music), it is left to the player.
 */
import type { Frame } from './clause-frame.js';
import { ANOTHER_PLACE, ANOTHER_THING } from './lexicon/everyday.js';

const tv = (f: Frame) => f.targets.some((t) => t.kind?.kinds.includes('tv'));

const PLACE_RE = new RegExp(ANOTHER_PLACE.join('|'));
const THING_RE = new RegExp(ANOTHER_THING.join('|'));

export function anotherChannel(frames: Frame[], compact: string): void {
  if (!THING_RE.test(compact)) return;
  const place = PLACE_RE.test(compact);
  for (const f of frames) {
    if (f.channel !== null || f.numbers.length || f.question) continue;
    if (!f.verbs.some((v) => v === 'on' || v === 'play' || v === 'next')) continue;
    if (!(place && f.attrs.includes('channel')) && !tv(f)) continue;
    f.verb = 'next';
    f.verbs = ['next'];
    if (!f.attrs.includes('channel')) f.attrs.push('channel');
    f.attr = 'channel';
  }
}
