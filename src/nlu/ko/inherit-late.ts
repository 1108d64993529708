/**
 * "에어컨 꺼져 있으면 켜 주고 온도는 24도로 해 줘": a request joined after one that took its device from a
 * condition before it, naming no device of its own, is of that device too (as "TV 켜고 채널 11번으로").
 */
import { carriesValue, type Frame } from './clause-frame.js';

/** `requests`: the clauses to act on, in order; `all`: every clause of the turn. Returns `requests`. */
export function inheritFromCondition(requests: Frame[], all: Frame[]): Frame[] {
  for (let i = 1; i < requests.length; i++) {
    const f = requests[i] as Frame;
    const prev = requests[i - 1] as Frame;
    if (f.targets.length || f.areas.length || !(f.asked || f.req) || !carriesValue(f)) continue;
    if (!prev.joined || !prev.targets.length || all.indexOf(prev) !== all.indexOf(f) - 1) continue;
    // the device came from the condition said before the request
    if (!all.slice(0, all.indexOf(prev)).some((c) => c.cond && c.targets.length)) continue;
    f.targets = prev.targets.map((t) => ({ ...t }));
    f.inherited = true;
  }
  return requests;
}
