/**
 * "넌 노래도 부를 수 있어? 한 번 불러 볼래", "노래 한번 불러 봐": the assistant asked to sing, itself, is small
 * talk: no player is asked to play anything (playing music is 틀어, 들려 줘, 재생해).
 */
import type { Frame } from './clause-frame.js';
import { SING_VERBS, SING_WORDS } from './lexicon/several-clauses.js';
import { compactForm } from './text.js';

const SONG = SING_WORDS.map(compactForm);
const SING = SING_VERBS.map(compactForm);

export function singAsked(frames: Frame[], compact: string): void {
  if (!SONG.some((w) => compact.includes(w)) || !SING.some((w) => compact.includes(w))) return;
  // a device or a room named asks it of the home ("스피커로 노래 불러 줘" stays a request)
  if (frames.some((f) => f.targets.length || f.areas.length || f.channel !== null)) return;
  for (const f of frames) f.chat = true;
}
