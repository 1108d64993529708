/**
 * "티비 소리 좀 키워", "티비 채널 올려" heard in a room with no TV (or with no room), no room said:
 * which TV is meant is not known, even if only one is on; the engine asks rather than pick the one
 * that plays. So too a channel named for "TV" there ("TV에 KBS 좀 틀어 줘" from the console) when more
 * than one TV carries it (a channel only one TV has picks that one before this is asked; fixer fx22).
 */
import type { DeviceDescription } from '../../model/types.js';
import type { TurnContext } from '../types.js';
import type { Frame, TargetRef } from './parse.js';

export function soundElsewhere(
  f: Frame,
  t: TargetRef,
  cands: DeviceDescription[],
  ctx: TurnContext,
): boolean {
  if (
    !(
      f.attrs.includes('volume') ||
      f.attrs.includes('channel') ||
      f.channel !== null ||
      f.verb === 'mute' ||
      f.verb === 'unmute'
    )
  )
    return false;
  if (t.areas.length || f.areas.length || t.lit || t.kind?.kinds[0] !== 'tv') return false;
  return !ctx.satelliteArea || !cands.some((d) => d.area === ctx.satelliteArea);
}
