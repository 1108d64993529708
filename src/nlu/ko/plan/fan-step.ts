/**
 * A fan-speed word said with a count of steps ("환기 한 단계 세게", "공기청정기 두 칸 약하게", "한 칸 빠르게") is
 * that many speeds that way from where the fan is, not its highest or lowest speed. An air conditioner said
 * so without 바람/풍량 is left to its temperature (device.ts).
 */
import type { DeviceDescription } from '../../../model/types.js';
import { epWith } from '../device.js';
import type { Frame } from '../parse.js';

export function fanCounted(f: Frame, d: DeviceDescription): Frame {
  if (f.fan !== 1 && f.fan !== 3) return f;
  if (!epWith(d, 'FanControl')) return f;
  if (d.deviceType === 'RoomAirConditioner' && !f.attrs.includes('fan')) return f;
  if (f.mods.has('max') || f.mods.has('min')) return f;
  if (!f.numbers.some((n) => n.unit === 'step' && !n.to)) return f;
  return { ...f, fan: null, verb: f.fan === 3 ? 'up' : 'down' };
}
