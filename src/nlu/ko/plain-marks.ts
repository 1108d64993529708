/**
 * Marks on the clauses of a whole turn added by fixer fx19 (issue #13, natural-13 Y/Z, natural-15 C/D):
 * a sound wiped out fully, a song pulled out, a count of steps said with "full blast", a tone said "completely",
 * a device restarted after a hesitation, replacing a device talked of.
 */
import type { Frame } from './clause-frame.js';
import { countOverBlast } from './count-over-blast.js';
import { pullSong } from './pull-song.js';
import { replaceTalk } from './replace-talk.js';
import { restartAfterFiller } from './restart.js';
import { restartRoomAfterFiller } from './restart-room.js';
import { soundWiped } from './sound-wiped.js';
import { toneEnd } from './tone-end.js';

export function plainMarks(frames: Frame[], compact: string): void {
  soundWiped(frames);
  pullSong(frames, compact);
  countOverBlast(frames);
  toneEnd(frames, compact);
  restartAfterFiller(frames);
  restartRoomAfterFiller(frames);
  replaceTalk(frames);
}
