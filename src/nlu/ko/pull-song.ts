/**
 * "노래 한 곡 뽑아 봐", "신나는 곡 하나 뽑아 줘": a song "pulled out" is a song played. Only with a word for
 * music in the clause and no verb of its own: "플러그 뽑아" stays unplugging. Fixer fx19.
 */
import type { Frame } from './clause-frame.js';
import { PULL_SONG_VERBS } from './lexicon/plain-speech.js';

const PULL = PULL_SONG_VERBS.map((w) => w.replace(/ /g, ''));

export function pullSong(frames: Frame[], compact: string): void {
  for (const f of frames) {
    if (f.verb || f.targets.length || !f.attrs.includes('media')) continue;
    const k = f.unknown.findIndex(([a]) => PULL.some((w) => compact.startsWith(w, a)));
    if (k < 0) continue;
    f.unknown.splice(k, 1);
    f.verb = 'play';
    f.verbs = ['play'];
    f.asked = true;
  }
}
