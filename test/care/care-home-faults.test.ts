/**
 * Care's detectors on generated telemetry of the home's other devices (bench/care/generate-home.ts:
 * the wall-pad's heating model, the zigbee2mqtt climate sensor through the hub's discovery
 * mapping, the LG purifier through the ThinQ mapping): each fault is found after it starts, on the
 * right device, and the same device without the fault gives nothing all month (morning setpoint
 * rises, battery voltage sag and the odd link drop included).
 */
import { describe, expect, it } from 'vitest';
import { DAY, type FaultKind, HOUR, T0, type Unit } from '../../bench/care/generate.js';
import { climateSensorUnit, heatingUnit, purifierUnit } from '../../bench/care/generate-home.js';
import { type CareWindow, detectAll } from '../../src/care/detectors.js';

/** Every 2 hours of the month: the kinds found, and the first time each was. */
function scan(u: Unit): Map<string, number> {
  const series = new Map<string, Array<{ at: number; value: number }>>();
  for (const s of u.samples) {
    const k = `${s.endpoint}\u0000${s.attribute}`;
    series.set(k, [...(series.get(k) ?? []), { at: s.at, value: s.value }]);
  }
  const first = new Map<string, number>();
  for (let now = T0 + DAY; now <= T0 + 30 * DAY; now += 2 * HOUR) {
    const w: CareWindow = {
      now,
      devices: [u.device],
      points: (_d, endpoint, attribute) =>
        (series.get(`${endpoint}\u0000${attribute}`) ?? []).filter(
          (p) => p.at <= now && p.at >= now - 14 * DAY,
        ),
    };
    for (const f of detectAll(w)) {
      expect(f.deviceId).toBe(u.device.id);
      if (!first.has(f.kind)) first.set(f.kind, now);
    }
  }
  return first;
}

const CASES: Array<[FaultKind, (seed: number, days: number, f: FaultKind | null) => Unit]> = [
  ['heating-not-reaching', heatingUnit],
  ['sensor-stuck', climateSensorUnit],
  ['sensor-offline', climateSensorUnit],
  ['battery-low', climateSensorUnit],
  ['filter-end', purifierUnit],
];

describe('care on the home’s other devices', () => {
  it.each(CASES)('finds %s after it starts, and nothing on the healthy twin', (kind, make) => {
    const sick = make(31, 30, kind);
    const found = scan(sick);
    const start = sick.label?.start as number;
    expect(found.get(kind), `${kind} not found`).toBeGreaterThanOrEqual(start);
    expect([...found.keys()]).toEqual([kind]);
    expect(scan(make(31, 30, null)).size).toBe(0);
  });
});
