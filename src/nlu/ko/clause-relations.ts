/**
 * Marks on how the clauses of a long turn relate, added by fixer fx21 (issue #13, natural-17 G/H): a
 * request ending's question mark shared by the clause joined before it, a question passed on, whether or
 * not weighed aloud, a never-mind after an aside, a condition on an event inside a clause, 영하 said as a noun.
 */
import { belowZeroSaid } from './below-zero-said.js';
import type { Frame } from './clause-frame.js';
import { complaintAsked } from './complaint-asked.js';
import { joinedAsk } from './joined-ask.js';
import { neverAfterAside } from './never-after-aside.js';
import { outdoorsIn } from './outdoors-in.js';
import { relayedAsk } from './relayed-ask.js';
import { singAsked } from './sing.js';
import type { Normalized } from './text.js';
import { uponInside } from './upon-inside.js';
import { whetherOrNot } from './whether-or-not.js';

export function clauseRelations(frames: Frame[], norm: Normalized): void {
  belowZeroSaid(frames);
  joinedAsk(frames, norm.question);
  relayedAsk(frames, norm.compact);
  whetherOrNot(frames, norm.compact);
  neverAfterAside(frames, norm);
  uponInside(frames, norm);
  outdoorsIn(frames);
  complaintAsked(frames);
  singAsked(frames, norm.compact);
}
