/**
 * "불이 너무 누래, 하얀 주광색으로 해 줘", "안방 추워, 보일러 25도로 해 줘": a complaint, then a value asked
 * outright for what it is about: the value asked is the request and the complaint only its reason, as a
 * complaint said beside a value in one clause is (value-beside.ts). Fixer fx40.
 */
import { carriesValue, type Frame } from './clause-frame.js';
import { WEAK_VERBS } from './extract.js';
import { isTint } from './tint.js';

export function complaintThenValue(frames: Frame[]): void {
  // "불이 너무 누래, 하얀 주광색으로 해 줘", "너무 하얘, 전구색으로" read as one clause: the colour said is the request
  for (const f of frames)
    if (
      f.complaint !== null &&
      (f.req || f.asked || isTint(f.complaint)) &&
      (f.color !== null || f.ctemp !== null)
    )
      f.complaint = null;
  for (let i = 0; i + 1 < frames.length; i++) {
    const c = frames[i] as Frame;
    if (c.complaint === null || c.reason || c.req || c.asked || c.question) continue;
    // a clause with its own action ("후텁지근하다, 휘센 켜서 25도로") keeps it
    if (c.verb !== null && !WEAK_VERBS.has(c.verb) && c.verb !== 'hot') continue;
    const next = frames.slice(i + 1).find((g) => !g.chat && !g.cond && !g.reason);
    if (!next || !carriesValue(next) || next.complaint !== null) continue;
    // asked outright, or clipped to the value alone ("안방 추워, 25도로")
    if (!(next.req || next.asked || next.verb === null)) continue;
    // the same thing: inherited from the complaint, or the same device named again
    const ids = new Set(c.targets.flatMap((t) => t.devs));
    if (!next.inherited && !next.targets.some((t) => t.devs.some((d) => ids.has(d)))) continue;
    c.reason = true;
  }
}
