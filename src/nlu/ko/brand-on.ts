/**
 * "LG 거 좀 켜 줘", "삼성 제품 켜 봐": a make said alone, naming devices of several kinds, asked on. The make does
 * not say which kind, so the satellite's room does not pick one across kinds (as "엘지 거 꺼 줘" asks, resolve.ts):
 * with several of them off that switch on, the engine asks which (fixer fx46); with one, the make is read as before.
 */
import type { DeviceDescription } from '../../model/types.js';
import type { Frame } from './clause-frame.js';

// (a robot vacuum is "switched on" by starting it: "삼성 거 켜 봐" may be the TV or the vacuum)
const switches = (d: DeviceDescription): boolean =>
  d.endpoints.some((e) => e.clusters.OnOff || e.clusters.Thermostat || e.clusters.RvcRunMode);

/** The choice to ask; null when the rule does not apply. */
export function brandAloneOn(
  f: Frame,
  cands: DeviceDescription[],
  kinds: number,
  areas: string[],
  all: boolean,
  isOn: (d: DeviceDescription) => boolean,
): { devices: DeviceDescription[]; comp: null; ambiguous?: DeviceDescription[] } | null {
  if (f.verb !== 'on' || kinds < 2 || areas.length || all || f.targets.some((t) => t.kind)) return null;
  const off = cands.filter((d) => switches(d) && !isOn(d));
  return off.length > 1 ? { devices: [], comp: null, ambiguous: off } : null;
}
