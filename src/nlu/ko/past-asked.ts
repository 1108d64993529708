/**
 * "현관문 열었어?", "커튼 걷었니?", "채널 바꿨습니까?", "세탁기 누가 돌렸어?": a device (or what it is set at)
 * followed by a verb the lexicon does not know, in the past tense and asked, asks what was done to it — a
 * question about its state, answered from the home (fx30). Told, not asked ("커튼 걷었어"), it stays talk.
 */

import type { Frame } from './clause-frame.js';
import { ASKING_ENDS, WHETHER } from './lexicon/aspect-asked.js';
import { MARKS } from './lexicon/marks.js';
import { PAST_BETWEEN } from './lexicon/small-words.js';
import type { AttrKey, VerbKey } from './lexicon/words.js';
import { pastSyllable } from './remark.js';

const ASKING = new Set(ASKING_ENDS);
/** What a device is set at, asked of the device that has it ("채널 바꿨어?" → the TV's channel). */
const ASKED_ATTRS = new Set<AttrKey>([
  'channel',
  'volume',
  'temperature',
  'setpoint',
  'brightness',
  'mode',
  'fan',
]);
const WEAK = new Set<VerbKey>(['do', 'query']);
const BETWEEN = PAST_BETWEEN;
/** A verb in the past is this short: a stem of one or two syllables, the past syllable and an ending. */
const MAX_VERB = 3;

export function pastAsked(frames: Frame[], compact: string, question: boolean): void {
  const f = frames[frames.length - 1];
  if (!f || f.cond || f.chat || f.complaint || f.reason || f.state !== null || f.corrects) return;
  if (f.verb !== null && !WEAK.has(f.verb)) return;
  if (!f.targets.length && !f.attrs.some((a) => ASKED_ATTRS.has(a))) return;
  const lastTok = f.tokens[f.tokens.length - 1];
  if (!lastTok) return;
  let rest = compact.slice(lastTok.end);
  const between = BETWEEN.find((w) => rest.startsWith(w));
  if (between) rest = rest.slice(between.length);
  for (let k = 0; k < Math.min(rest.length, MAX_VERB); k++) {
    if (!pastSyllable(rest[k])) continue;
    const tail = rest.slice(k + 1);
    const asked =
      ASKING.has(tail) ||
      WHETHER.some((w) => tail.startsWith(w)) ||
      (question && MARKS.pastAskedTails.includes(tail));
    if (!asked) return;
    f.state = 'set';
    f.question = true;
    f.verb = 'query';
    f.verbs = ['query'];
    return;
  }
}
