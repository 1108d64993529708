/**
 * "거실 불 켜 줘, 노래 한 곡 뽑아 봐", "세탁기 돌려, 노래 다시": music asked second, in a clause of its own with no
 * verb the lexicon knows and no device of its own, is not asked of the device the clause before named (a light, a
 * washer): that device only lent its name by inheritance. The clause drops it and is read as music on its own
 * (the satellite's player), also with a verb for music ("TV 소리 없애 줘, 음악 재생해": the TV lent only its name). A
 * speaker keeps it ("스피커 켜, 노래 다시"). Fixer fx28.
 */
import type { Frame } from './clause-frame.js';
import { epWith } from './device.js';
import type { HomeIndex } from './home.js';
import type { VerbKey } from './lexicon/words.js';
import { hasLex } from './tokenize.js';

/** Verbs that ask for music itself ("음악 재생", "노래 켜", "노래 다시 틀어"). */
const ASKS_MUSIC = new Set<VerbKey>(['play', 'resume', 'on']);

/** The device is a speaker that plays music. */
function speaker(idx: HomeIndex, id: string): boolean {
  const d = idx.byId.get(id);
  return (
    d !== undefined && !!idx.kinds.get(id)?.includes('speaker') && epWith(d, 'MediaPlayback') !== undefined
  );
}

export function musicSecond(frames: Frame[], index: () => HomeIndex): void {
  for (const f of frames) {
    if (!f.inherited || (f.verb !== null && !ASKS_MUSIC.has(f.verb)) || f.question || f.chat) continue;
    if (f.attrs.length !== 1 || f.attrs[0] !== 'media') continue;
    if (f.tokens.some((t) => hasLex(t, 'dev') || hasLex(t, 'kind') || hasLex(t, 'chan'))) continue;
    const plays = f.targets.some(
      (t) => t.kind?.kinds.includes('speaker') || t.devs.some((id) => speaker(index(), id)),
    );
    if (plays) continue;
    f.targets = [];
    f.inherited = false;
    // "노래 다시", "노래 좀": music asked for, clipped, is played (as household.ts reads it when said alone)
    if (f.mods.has('again') || f.mods.has('little')) {
      f.verb = 'play';
      if (!f.verbs.includes('play')) f.verbs.push('play');
    }
  }
}
