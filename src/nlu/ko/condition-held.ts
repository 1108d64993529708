/**
 * A condition on the present state that the home can check now (issue #13, fixer fx39): "세탁기 돌고 있으면
 * 멈춰 줘", "현관문 열려 있으면 잠가 줘", "커튼 닫혀 있으면 열어 줘", "불 켜져 있으면 꺼 줘". switchUnmet
 * tells a switch that is not on or off as said; condUnmet reads the other states a device tells (running or not,
 * open or closed, locked or not), a state denied with 안 ("안 잠겨 있으면"), and a device word with no name (the
 * devices of that kind in the room said, else in the satellite's room). When no device named is in the state,
 * nothing is done and the state is told; when any is, or the home cannot tell, the request goes on as before.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { TurnContext } from '../types.js';
import type { Frame } from './clause-frame.js';
import { attr, epWith, isOn, num } from './device.js';
import type { HomeIndex } from './home.js';
import { NOT_BEFORE_STATE } from './lexicon/small-words.js';
import { readingUnmet } from './reading-if.js';

/** A clause that is a condition on a state of something named. */
const isCond = (c: Frame) => c.cond && c.state !== null && c.targets.length > 0;

/** A state and the state it denies ("안 잠겨 있으면" is unlocked). */
const DENIED: Record<string, string> = {
  on: 'off',
  off: 'on',
  open: 'closed',
  closed: 'open',
  locked: 'unlocked',
  unlocked: 'locked',
};

/** Whether the device is on (running, for a cycle or a cleaner), or null. */
function running(d: DeviceDescription): boolean | null {
  const ops = epWith(d, 'OperationalState');
  if (ops) return num(attr(ops, 'OperationalState', 'OperationalState')) === 1;
  const rvc = epWith(d, 'RvcRunMode');
  if (rvc) return attr(rvc, 'RvcRunMode', 'CurrentMode') === 1;
  if (epWith(d, 'OnOff') || epWith(d, 'Thermostat')) return isOn(d);
  const fan = epWith(d, 'FanControl');
  if (fan) return attr(fan, 'FanControl', 'FanMode') !== 0;
  return null;
}

/** Whether the device is open (a cover not fully closed, a valve open, a lock unlocked), or null. */
function opened(d: DeviceDescription): boolean | null {
  const cov = epWith(d, 'WindowCovering');
  if (cov) return (num(attr(cov, 'WindowCovering', 'CurrentPositionLiftPercent100ths')) ?? 0) < 10000;
  const valve = epWith(d, 'ValveConfigurationAndControl');
  if (valve) return attr(valve, 'ValveConfigurationAndControl', 'CurrentState') === 1;
  const lock = epWith(d, 'DoorLock');
  if (lock) return attr(lock, 'DoorLock', 'LockState') !== 1;
  return null;
}

/** Whether the device is in the state said, or null when the home cannot tell. */
export function inState(d: DeviceDescription, state: string): boolean | null {
  const flip = (v: boolean | null, yes: boolean) => (v === null ? null : v === yes);
  switch (state) {
    case 'on':
    case 'off':
      return flip(running(d), state === 'on');
    case 'open':
    case 'unlocked':
      return flip(opened(d), true);
    case 'closed':
    case 'locked':
      return flip(opened(d), false);
    default:
      return null;
  }
}

/** The condition's state, read with a 안 said right before it. */
function saidState(cond: Frame, compact: string): string | null {
  const st = cond.state;
  if (st === null) return null;
  const tok = cond.tokens.find((t) => t.lex.some((l) => l.t === 'state'));
  if (!tok) return st;
  const before = compact.slice(Math.max(0, tok.start - 2), tok.start);
  return NOT_BEFORE_STATE.some((w) => before.endsWith(w)) ? (DENIED[st] ?? null) : st;
}

/** The devices a condition's targets name: by name, else its kind in the room said or the satellite's. */
function condDevices(cond: Frame, idx: HomeIndex, ctx: TurnContext): DeviceDescription[] | null {
  const out: DeviceDescription[] = [];
  for (const t of cond.targets) {
    if (t.devs.length) {
      for (const id of t.devs) {
        const d = idx.byId.get(id);
        if (d) out.push(d);
      }
      continue;
    }
    if (!t.kind || t.all) return null;
    const area = t.areas[0] ?? cond.areas[0] ?? ctx.satelliteArea;
    if (!area) return null;
    const here = t.kind.kinds.flatMap((k) => (idx.byKind.get(k) ?? []).filter((d) => d.area === area));
    if (!here.length) return null;
    out.push(...here);
  }
  return out.length ? out : null;
}

/**
 * "에어컨 켜져 있으면 꺼 줘" (or "…24도로 맞춰 줘") when it is off, "보일러 꺼져 있으면 켜 줘" when it is on: the
 * condition does not hold, so nothing is done and the state is told. Returns the condition frame and its devices then.
 */
function switchUnmet(
  f: Frame,
  cond: Frame | undefined,
  idx: HomeIndex,
): { cond: Frame; devs: DeviceDescription[] } | null {
  if (!cond || (cond.state !== 'on' && cond.state !== 'off')) return null;
  // "에어컨 켜져 있으면 24도로 맞춰 줘": any action, on a condition of being on or off
  if ((f.verb === 'on' || f.verb === 'off') && cond.state !== (f.verb === 'on' ? 'off' : 'on')) return null;
  const ids = cond.targets.flatMap((t) => t.devs);
  if (!ids.length || ids.length !== cond.targets.length) return null;
  if (f.targets.length && !f.targets.every((t) => t.devs.every((id) => ids.includes(id)))) return null;
  const devs = ids.map((id) => idx.byId.get(id)).filter((d) => d !== undefined);
  // the condition does not hold (a device that can be on or off only): nothing is done
  const switched = (d: DeviceDescription) =>
    d.endpoints.some((e) => e.clusters.OnOff || e.clusters.Thermostat);
  return devs.length && devs.every((d) => switched(d) && isOn(d) !== (cond.state === 'on'))
    ? { cond, devs }
    : null;
}

/** The condition before the request that does not hold now, with its devices, or null. */
export function condUnmet(
  f: Frame,
  all: Frame[],
  idx: HomeIndex,
  compact: string,
  ctx: TurnContext,
): { cond: Frame; devs: DeviceDescription[] } | null {
  // the nearest condition said before the request ("…켜져 있으면 꺼 주고, …열려 있으면 잠가 줘")
  const at = all.indexOf(f);
  const cond = all.findLast((c, i) => isCond(c) && (at < 0 || i < at));
  // a switch that is not on or off as said looks at a condition said after the request too
  const known =
    (f.verb === null ? null : switchUnmet(f, cond ?? all.find(isCond), idx)) ??
    readingUnmet(f, all, idx, ctx);
  if (known || f.verb === null) return known;
  // "켜진 불 있으면 꺼 줘": whether any is, of the home (lit.ts); a lock asked is done whatever the lock is
  // ("현관문 안 잠겼으면 잠가 줘" locks: classes-dev-24's convention, safe to do twice)
  if (!cond || f.verb === 'lock' || cond.mods.has('exists') || cond.targets.some((t) => t.lit)) return null;
  const state = saidState(cond, compact);
  if (state === null || DENIED[state] === undefined) return null;
  // "불 켜져 있으면 켜 줘" asks nothing sensible: left as before
  if ((f.verb === 'on' || f.verb === 'off') && (state === 'on' || state === 'off') && state === f.verb)
    return null;
  const devs = condDevices(cond, idx, ctx);
  if (!devs) return null;
  const ids = new Set(devs.map((d) => d.id));
  if (f.targets.some((t) => t.devs.length && !t.devs.every((id) => ids.has(id)))) return null;
  const ofKind = (k: string) => idx.byKind.get(k)?.some((d) => ids.has(d.id)) ?? false;
  if (f.targets.some((t) => !t.devs.length && t.kind && !t.kind.kinds.some(ofKind))) return null;
  const held = devs.map((d) => inState(d, state));
  if (held.some((h) => h !== false)) return null;
  return { cond: { ...cond, state }, devs };
}
