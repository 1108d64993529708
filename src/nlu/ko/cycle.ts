/**
 * A power cycle ("공기청정기 껐다 켜 줘", "티비 껐다가 다시 켜 봐", "셋톱박스 끄고 다시 켜"): the device is
 * switched off and then on, two actions in that order. The off said before the on (data: CYCLE_OFF) gives
 * the clause that asks it on a twin that asks it off first.
 */
import type { HomeView } from '../types.js';
import type { Frame } from './clause-frame.js';
import { epWith, isOn } from './device.js';
import { CYCLE_OFF } from './lexicon/everyday.js';

const OFFS = [...CYCLE_OFF].sort((a, b) => b.length - a.length);
const OFF_RE = new RegExp(OFFS.join('|'));

export function markCycle(frames: Frame[], compact: string, home: HomeView): void {
  const m = OFF_RE.exec(compact);
  if (!m) {
    againWhileOn(frames, home);
    return;
  }
  const at = m.index;
  const i = frames.findIndex((f) => f.verb === 'on' && (f.tokens[0]?.start ?? -1) >= at - 1 && !f.chat);
  const g = frames[i];
  // (a request asked as a question, "껐다 켜 줄래?", is still a request)
  if (!g || (g.question && !g.req)) return;
  // "티비 껐다 | 다시 켜 봐": the device is said with the off
  if (!g.targets.length) {
    const p = frames.slice(0, i).findLast((f) => f.targets.length > 0);
    if (!p) return;
    g.targets = p.targets;
    g.areas = p.areas;
    g.inherited = false;
    for (const f of frames.slice(0, i)) if (f.verb === null) f.chat = true;
  }
  const off: Frame = { ...g, verb: 'off', verbs: ['off'], mods: new Set(g.mods), asked: true };
  frames.splice(i, 0, off);
}

/**
 * "셋톱박스 다시 켜 봐" said of a named device that is on: it is already on, so "again" asks it switched
 * off and on. Said of one that is off, it is a plain on.
 */
function againWhileOn(frames: Frame[], home: HomeView): void {
  const i = frames.findIndex(
    (f) => f.verb === 'on' && f.mods.has('again') && (!f.question || f.req) && !f.chat,
  );
  const g = frames[i];
  if (!g || carries(g) || !g.targets.length) return;
  const devs = g.targets.map((t) =>
    t.devs.length === 1 ? home.devices.find((d) => d.id === t.devs[0]) : undefined,
  );
  if (!devs.every((d) => d && epWith(d, 'OnOff') && isOn(d))) return;
  frames.splice(i, 0, { ...g, verb: 'off', verbs: ['off'], mods: new Set(g.mods), asked: true });
}

const carries = (f: Frame) =>
  f.numbers.length > 0 || f.mode !== null || f.channel !== null || f.attrs.length > 0;
