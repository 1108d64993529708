/**
 * A change asked past the end a device is already at ("커튼 좀 더 열어" of a curtain fully open, "소리 한 칸 더
 * 키워" at the top, "환기 더 세게" at its highest speed) is told, and nothing is sent: every command planned for
 * the device would leave it as it is. A level or a fan speed moved up or down is told so; a cover only when more
 * of the same is said (더, or a count of steps). A position said outright ("끝까지 열어", "활짝", "최대로"), a
 * percentage of a cover ("10% 더 열어"), a fraction or a value to reach is sent as asked.
 */
import type { PlannedAction } from '../../types.js';
import { attr, epWith, isOn, num } from '../device.js';
import { MSG } from '../lexicon/replies.js';
import { compileAll, type Say } from '../template.js';
import type { DeviceTurn } from './types.js';

const S = compileAll({
  atEndOpen: MSG.atEndOpen,
  atEndClosed: MSG.atEndClosed,
  atBrightest: MSG.atBrightest,
  atDimmest: MSG.atDimmest,
  atLoudest: MSG.atLoudest,
  atQuietest: MSG.atQuietest,
  atStrongest: MSG.atStrongest,
  atWeakest: MSG.atWeakest,
});
/** The end reached, said going up and going down. */
const SAID: Record<End, [Say, Say]> = {
  open: [S.atEndOpen, S.atEndOpen],
  closed: [S.atEndClosed, S.atEndClosed],
  light: [S.atBrightest, S.atDimmest],
  sound: [S.atLoudest, S.atQuietest],
  fan: [S.atStrongest, S.atWeakest],
};

const COVER_FULLY_CLOSED = 10000;

type End = 'open' | 'closed' | 'light' | 'sound' | 'fan';

/** Replaces the commands planned for the device since `from` by an answer when none of them changes it. */
export function toldAtLimit(t: DeviceTurn, from: number): void {
  const { d, out } = t;
  const planned = out.actions.slice(from);
  if (!planned.length || !relativeSaid(t)) return;
  const ends = planned.map((a) => endReached(t, a));
  if (!ends.every((e) => e !== null)) return;
  const end = ends[ends.length - 1] as End;
  out.actions.splice(from);
  const low = t.down;
  const [high, lowSay] = SAID[end];
  out.answers.push((low ? lowSay : high)({ n: d.name, d: d.name }));
}

/** A change up or down (of a cover: 더, or a count of steps), with no value, end or fraction said. */
function relativeSaid(t: DeviceTurn): boolean {
  const { f, verb } = t;
  if (f.mods.has('max') || f.mods.has('min') || f.mods.has('half') || f.mods.has('double')) return false;
  if (f.numbers.some((n) => n.to || n.unit === 'pct')) return false;
  const steps = f.numbers.some((n) => n.unit === 'step');
  // a cover already open is still opened when asked plainly ("커튼 올려", "활짝 열어")
  if (verb === 'open' || verb === 'close' || epWith(t.d, 'WindowCovering'))
    return f.mods.has('more') || steps;
  return t.relative;
}

/** The end the command would leave the device at when it is already there, else null. */
function endReached(t: DeviceTurn, a: PlannedAction): End | null {
  const { d } = t;
  const ep = d.endpoints.find((e) => e.id === a.endpoint);
  if (!ep || a.deviceId !== d.id) return null;
  if (a.cluster === 'WindowCovering') {
    const now = num(attr(ep, 'WindowCovering', 'CurrentPositionLiftPercent100ths'));
    if (now === null) return null;
    const want =
      a.command === 'UpOrOpen'
        ? 0
        : a.command === 'DownOrClose'
          ? COVER_FULLY_CLOSED
          : num(a.args.LiftPercent100thsValue);
    if (want !== now || (want !== 0 && want !== COVER_FULLY_CLOSED)) return null;
    return want === 0 ? 'open' : 'closed';
  }
  if (a.cluster === 'LevelControl' && a.command.startsWith('MoveToLevel')) {
    // a light that is off is switched on by a change of its level
    if (a.command === 'MoveToLevelWithOnOff' && !isOn(d)) return null;
    const now = num(attr(ep, 'LevelControl', 'CurrentLevel'));
    if (now === null || num(a.args.Level) !== now) return null;
    return a.command === 'MoveToLevelWithOnOff' ? 'light' : 'sound';
  }
  if (a.cluster === 'FanControl' && a.command === 'WriteAttributes') {
    const now = num(attr(ep, 'FanControl', 'FanMode'));
    return now !== null && num(a.args.FanMode) === now ? 'fan' : null;
  }
  return null;
}
