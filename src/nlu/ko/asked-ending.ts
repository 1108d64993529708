/**
 * "세탁기 다 돌았나", "빨래 다 됐니", "세탁기 끝났는교": with no question mark written, a past-tense
 * syllable closed by a questioning ending (나, 니, 냐, 노, 는교, 나요, 습니까) asks how far a device
 * is or what state it is in; the clause is a question, answered from the home's state.
 */
import type { Frame } from './clause-frame.js';
import { endingsBy } from './ends.js';
import { PAST_ASKING_ENDS } from './lexicon/clause-shapes.js';
import { pastSyllable } from './remark.js';

const ASKING = endingsBy(PAST_ASKING_ENDS);

export function askedByEnding(frames: Frame[], compact: string, question: boolean): void {
  const last = frames[frames.length - 1];
  if (question || !last || last.question) return;
  const end = ASKING(compact).find((e) => compact.endsWith(e));
  if (!end || !pastSyllable(compact[compact.length - end.length - 1])) return;
  if (!last.targets.length || (!last.attrs.includes('remaining') && last.state === null)) return;
  if (last.verb !== null && last.verb !== 'query') return;
  last.question = true;
}
