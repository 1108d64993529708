/**
 * "거실 불 40%로 켜고 색온도는 4000K로 해 줘": a light switched on by an earlier clause of the same turn
 * (a level with its switch, or On) is on by the time a later clause sets its colour, so no second On is
 * sent before it. Fixer fx22.
 */
import type { DeviceDescription } from '../../../model/types.js';
import { isOn } from '../device.js';
import type { Plan } from './types.js';

/** The device is off now and nothing planned earlier in the turn switches it on. */
export function offStill(d: DeviceDescription, out: Plan): boolean {
  if (isOn(d)) return false;
  return !out.actions.some(
    (a) =>
      a.deviceId === d.id &&
      ((a.cluster === 'OnOff' && a.command === 'On') ||
        (a.command === 'MoveToLevelWithOnOff' && Number(a.args.Level ?? 0) > 0)),
  );
}
