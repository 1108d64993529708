/**
 * A make said alone of devices of several kinds ("삼성 거 SBS 틀어", "엘지 거 제습으로"): issue #13's
 * ambiguity policy — when only some of that make's devices can do what the frame asks, those are the
 * candidates; the satellite's room decides only among them. Ability is a dry plan of the frame on
 * each device: a device the plan finds unable (plan/device.ts#planDevice) cannot do it.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { TurnContext } from '../types.js';
import { hasAttrs } from './capable.js';
import type { Frame } from './parse.js';
import { planDevice } from './plan/device.js';
import type { Plan } from './plan/types.js';

const able = (f: Frame, d: DeviceDescription, ctx: TurnContext): boolean => {
  if (!hasAttrs(f, d)) return false;
  const out: Plan = { actions: [], answers: [], intents: [], understood: false };
  const unable = planDevice(f, d, null, ctx, out);
  return out.actions.length > 0 || !unable;
};

/** Of a make's devices, those that can do what the frame asks (all of them when none or every one can). */
export function ableOfMake(f: Frame, cands: DeviceDescription[], ctx: TurnContext): DeviceDescription[] {
  if (cands.length < 2 || f.verb === 'off') return cands;
  const ok = cands.filter((d) => able(f, d, ctx));
  return ok.length ? ok : cands;
}
