/** The clause rules of natural-14's long turns (fixer fx16), run before the request is picked. */
import { adverbNotVerb } from './adverb-verb.js';
import { askedThenTalk } from './asked-then-talk.js';
import type { Frame } from './clause-frame.js';
import { genrePurposes } from './genre-purpose.js';
import { hearsayThenAsked } from './hearsay-then.js';
import { neighboursAfterComplaint } from './neighbour.js';
import { ownQuestion } from './own-question.js';
import { tasteTalk } from './taste-talk.js';
import { toldThenWhy } from './told-then-why.js';

export function longTurnClasses(frames: Frame[]): void {
  neighboursAfterComplaint(frames);
  adverbNotVerb(frames);
  hearsayThenAsked(frames);
  genrePurposes(frames);
  toldThenWhy(frames);
  tasteTalk(frames);
  ownQuestion(frames);
  askedThenTalk(frames);
}
