/**
 * Devices that live in the hub restart from their last known state: the hub's stored Matter
 * state is turned back into the wall-pad's own state keys, over the seed of the home file.
 */
import type { SimDeviceSeed } from '../../home/types.js';
import type { Endpoint } from '../../model/types.js';

const attr = (eps: Endpoint[], cluster: string, name: string): unknown => {
  for (const e of eps) {
    const c = e.clusters[cluster];
    if (c && name in c) return c[name];
  }
  return undefined;
};
const n = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const FROM_MATTER: Record<string, (eps: Endpoint[]) => Record<string, unknown>> = {
  heating: (eps) => {
    const mode = attr(eps, 'Thermostat', 'SystemMode');
    const sp = attr(eps, 'Thermostat', 'OccupiedHeatingSetpoint');
    const local = attr(eps, 'Thermostat', 'LocalTemperature');
    return {
      ...(n(mode) ? { on: mode === 4 } : {}),
      ...(n(sp) ? { targetC: sp / 100 } : {}),
      ...(n(local) ? { currentC: local / 100 } : {}),
    };
  },
  'door-lock': (eps) => {
    const s = attr(eps, 'DoorLock', 'LockState');
    return n(s) ? { locked: s !== 2 } : {};
  },
  'gas-valve': (eps) => {
    const s = attr(eps, 'ValveConfigurationAndControl', 'CurrentState');
    return n(s) ? { open: s === 1 } : {};
  },
  ventilator: (eps) => {
    const m = attr(eps, 'FanControl', 'FanMode');
    if (!n(m)) return {};
    return m === 0 ? { on: false } : { on: true, speed: ['LOW', 'MID', 'HIGH'][Math.min(m, 3) - 1] };
  },
  curtain: (eps) => {
    // Restart where it was heading: a move cut short by a restart finishes at its target.
    const t = attr(eps, 'WindowCovering', 'TargetPositionLiftPercent100ths');
    return n(t) ? { openPercent: 100 - Math.round(t / 100) } : {};
  },
};

export function restoreSeed(seed: SimDeviceSeed, last: Endpoint[] | undefined): SimDeviceSeed {
  const map = FROM_MATTER[seed.type];
  if (!last || last.length === 0 || !map) return seed;
  return { ...seed, state: { ...(seed.state ?? {}), ...map(last) } };
}
