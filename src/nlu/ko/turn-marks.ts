/**
 * Marks on the clauses of a whole turn added in the fourteenth round of issue #13, run in order after
 * the clauses are read and before the request is found: a shrug, an action asked upon an event to come,
 * a power cycle, a mode set with the switch left alone.
 */

import type { HomeView } from '../types.js';
import { allOffAsked } from './all-off-asked.js';
import { anotherChannel } from './another.js';
import { whyAfterAsked } from './asked-then-why.js';
import { askingMarks } from './asking-marks.js';
import { aspectAsked } from './aspect-asked.js';
import { markBrandAll } from './brand-all.js';
import { cabinetWarm } from './cabinet-warm.js';
import { causeAfterAsked } from './cause-after.js';
import { channelOverCompartment } from './channel-named.js';
import type { Frame } from './clause-frame.js';
import { clauseRelations } from './clause-relations.js';
import { complaintThenAsk } from './complaint-then-ask.js';
import { contrastOn } from './contrast-on.js';
import { markCycle } from './cycle.js';
import { doingAsked } from './doing-asked.js';
import { feelAsked } from './feel-asked.js';
import { genreWatched } from './genre-watched.js';
import { indexHome } from './home.js';
import { insideAsked } from './inside.js';
import { judgedHabit } from './judged.js';
import { keepOff } from './keep-off.js';
import { musicSecond } from './music-second.js';
import { othersHomes } from './others.js';
import { ownDoing } from './own-doing.js';
import { ownPlanMust } from './own-plan-must.js';
import { pastAsked } from './past-asked.js';
import { placeWondered } from './place-wondered.js';
import { plainMarks } from './plain-marks.js';
import { readingAfterTalk } from './reading-amid-talk.js';
import { readingIf } from './reading-if.js';
import { reasonChannel } from './reason-channel.js';
import { roomOpens } from './room-opens.js';
import { severalMarks } from './several-marks.js';
import { markShrug } from './shrug.js';
import type { Normalized } from './text.js';
import { thresholdAsked } from './threshold-asked.js';
import { toldThenAsked } from './told-then-asked.js';
import { markUpon } from './upon.js';
import { valueTold } from './value-told.js';
import { watchTold } from './watch-told.js';
import { wonderWhich } from './wonder-which.js';

export function turnMarks(frames: Frame[], norm: Normalized, home: HomeView): void {
  doingAsked(frames, norm.compact);
  feelAsked(frames, norm.compact);
  thresholdAsked(frames, norm.compact);
  cabinetWarm(frames, home);
  roomOpens(frames, home);
  whyAfterAsked(frames);
  severalMarks(frames, norm);
  markShrug(frames, norm.compact, norm.question);
  judgedHabit(frames, norm);
  allOffAsked(frames);
  insideAsked(frames, norm.compact, norm.question);
  readingIf(frames, norm.compact);
  markUpon(frames, norm.compact, norm.question);
  complaintThenAsk(frames, norm.compact);
  watchTold(frames);
  reasonChannel(frames);
  valueTold(frames, norm.compact);
  ownDoing(frames, norm.compact);
  ownPlanMust(frames, norm.compact);
  keepOff(frames, norm.compact);
  markCycle(frames, norm.compact, home);
  anotherChannel(frames, norm.compact);
  markBrandAll(frames, norm.starts);
  musicSecond(frames, () => indexHome(home));
  channelOverCompartment(frames);
  plainMarks(frames, norm.compact);
  clauseRelations(frames, norm);
  toldThenAsked(frames, norm.compact);
  genreWatched(frames);
  contrastOn(frames);
  placeWondered(frames, norm.compact, home);
  causeAfterAsked(frames, norm.compact);
  othersHomes(frames);
  wonderWhich(frames);
  readingAfterTalk(frames);
  askingMarks(frames, norm, home);
  aspectAsked(frames, norm.compact, norm.question);
  pastAsked(frames, norm.compact, norm.question);
}
