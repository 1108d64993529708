/**
 * Labelled telemetry of the home's other devices, as generate.ts does for the LG appliances: a
 * wall-pad floor-heating zone (the hub's own virtual device model, src/adapters/virtual) with a
 * valve that sticks shut, and a zigbee2mqtt climate sensor (the bridge simulator's definition,
 * read through the hub's own Home Assistant discovery mapping, src/adapters/mqtt) whose readings
 * freeze, whose link drops repeatedly, or whose battery runs down; and the LG simulator's air
 * purifier (through the ThinQ adapter's mapping) whose filter clogs fast in a dusty room. Normal
 * life: day and night setpoints, indoor temperature cycles with noise, reports on change and
 * heartbeats, the odd link drop, battery voltage sagging in the cold, a purifier run some hours a day.
 */
import { parseDiscovery } from '../../src/adapters/mqtt/discovery.js';
import { mapDevice } from '../../src/adapters/mqtt/mapping.js';
import type { LgProfile, LgState } from '../../src/adapters/thinq/client.js';
import { airPurifierMap } from '../../src/adapters/thinq/map-climate.js';
import { DEFAULT_SETTINGS, Heating } from '../../src/adapters/virtual/devices.js';
import { ONLINE_ATTRIBUTE } from '../../src/care/recorder.js';
import type { DeviceDescription, Endpoint, StatePatch } from '../../src/model/types.js';
import { AirPurifier } from '../../src/simulators/thinq/purifier.js';
import { DEFINITIONS } from '../../src/simulators/zigbee2mqtt/devices.js';
import type { Sample } from '../../src/store/history.js';
import { DAY, type FaultKind, HOUR, type Label, MIN, rng, T0, type Unit } from './generate.js';

/** Each change of a numeric attribute, as the hub's recorder keeps it. */
class Changes {
  readonly samples: Sample[] = [];
  readonly #last = new Map<string, number>();
  constructor(readonly id: string) {}
  put(at: number, endpoint: string, attribute: string, raw: unknown): void {
    const v = typeof raw === 'number' ? raw : typeof raw === 'boolean' ? Number(raw) : null;
    if (v === null) return;
    const k = `${endpoint}\u0000${attribute}`;
    if (this.#last.get(k) === v) return;
    this.#last.set(k, v);
    this.samples.push({ device: this.id, endpoint, attribute, at, value: v });
  }
  endpoints(at: number, eps: Endpoint[]): void {
    for (const e of eps)
      for (const [cluster, attrs] of Object.entries(e.clusters))
        for (const [name, v] of Object.entries(attrs)) this.put(at, e.id, `${cluster}.${name}`, v);
  }
  patches(at: number, ps: StatePatch[]): void {
    for (const p of ps)
      for (const [name, v] of Object.entries(p.attributes))
        this.put(at, p.endpoint, `${p.cluster}.${name}`, v);
  }
}

const describe = (
  id: string,
  name: string,
  deviceType: string,
  endpoints: Endpoint[],
): DeviceDescription => ({
  id,
  name,
  aliases: [],
  area: null,
  connection: 'sim',
  online: true,
  deviceType,
  endpoints,
});

/** When a fault starts: after a fault-free first week or more. */
const faultStart = (r: () => number, days: number) =>
  T0 + Math.floor((7 + r() * (days - 14)) * DAY + r() * DAY);

/** `days` of one floor-heating zone in winter (heating on), day 22–23 °C and a night setback. */
export function heatingUnit(seed: number, days: number, fault: FaultKind | null): Unit {
  const r = rng(seed);
  const settings = {
    ...DEFAULT_SETTINGS,
    heatRatePerMin: 0.02 + r() * 0.02,
    coolRatePerMin: 0.006 + r() * 0.006,
  };
  const id = `heat-${seed}`;
  const h = new Heating(
    { externalId: id, type: 'heating', state: { on: true, targetC: 21, currentC: 20 } },
    {
      settings,
      emit: () => {},
    },
  );
  const start = faultStart(r, days);
  const label: Label | null = fault === null ? null : { kind: fault, start };
  const rec = new Changes(id);
  const dayC = 22 + Math.round(r());
  const nightC = dayC - 2 - Math.round(r() * 2);
  for (let t = T0; t < T0 + days * DAY; t += MIN) {
    const hour = ((t - T0) / HOUR) % 24;
    // The room's heat loss pulls toward a colder "ambient" on colder days.
    settings.ambientC = 15 + 3 * Math.sin(((t - T0) / DAY) * 0.9 + seed) + (r() - 0.5);
    h.valveStuck = fault === 'heating-not-reaching' && t >= start;
    const sp = hour >= 6.5 && hour < 23 ? dayC : nightC;
    h.execute({
      endpoint: 'main',
      cluster: 'Thermostat',
      command: 'WriteAttributes',
      args: { OccupiedHeatingSetpoint: sp * 100 },
    } as never);
    h.tick(MIN);
    rec.endpoints(t, h.endpoints());
  }
  return {
    name: id,
    device: describe(id, '거실 난방', 'Thermostat', h.endpoints()),
    samples: rec.samples,
    label,
  };
}

type SensorFault = 'sensor-stuck' | 'sensor-offline' | 'battery-low';

/** `days` of one zigbee2mqtt climate sensor (Aqara WSDCGQ11LM as the bridge simulator defines it). */
export function climateSensorUnit(seed: number, days: number, fault: FaultKind | null): Unit {
  const r = rng(seed);
  const id = `sensor-${seed}`;
  const def = DEFINITIONS['climate-sensor'];
  if (!def) throw new Error('no climate sensor in the zigbee2mqtt simulator');
  const sd = { externalId: `0x${seed.toString(16).padStart(16, '0')}`, type: 'climate-sensor' };
  const base = `zigbee2mqtt/${id}`;
  const entities = def
    .entities(sd)
    .flatMap((e) =>
      parseDiscovery(
        'homeassistant',
        `homeassistant/${e.component}/${sd.externalId}/${e.objectId}/config`,
        JSON.stringify({ ...e.payload, state_topic: base, unique_id: `${sd.externalId}_${e.objectId}` }),
      ),
    );
  const mapped = mapDevice(sd.externalId, entities);
  if (!mapped) throw new Error('the climate sensor did not map');
  const rec = new Changes(id);
  const f = fault as SensorFault | null;
  const start = faultStart(r, days);
  const label: Label | null = fault === null ? null : { kind: fault, start };
  // Some sensors report often (heartbeats), some only on a change past their reporting threshold.
  const heartbeatMin = r() < 0.5 ? 50 + Math.floor(r() * 20) : null;
  const threshold = 0.2 + r() * 0.3;
  const meanC = 20 + r() * 4;
  const swingC = 0.5 + r() * 2;
  let battery = 35 + Math.floor(r() * 65);
  const drainPerDay = 0.05 + r() * 0.1;
  const dieDays = 6 + r() * 10;
  let online = true;
  let offlineUntil = 0;
  let lastSent = { temperature: Number.NaN, humidity: Number.NaN, at: 0 };
  let frozen: Record<string, unknown> | null = null;
  let sag = 0;
  rec.put(T0, '', ONLINE_ATTRIBUTE, 1);
  for (let t = T0; t < T0 + days * DAY; t += MIN) {
    const hours = (t - T0) / HOUR;
    const faulty = f !== null && t >= start;
    // The link: a healthy sensor drops now and then (a router reboots); a failing one many times a day.
    if (online && r() < (faulty && f === 'sensor-offline' ? (3 + r() * 5) / (24 * 60) : 1 / (8 * 24 * 60))) {
      online = false;
      offlineUntil = t + (5 + r() * 55) * MIN;
      rec.put(t, '', ONLINE_ATTRIBUTE, 0);
    } else if (!online && t >= offlineUntil) {
      online = true;
      rec.put(t, '', ONLINE_ATTRIBUTE, 1);
    }
    if (!online) continue;
    const temperature = meanC + swingC * Math.sin((hours / 24) * 2 * Math.PI + seed) + (r() - 0.5) * 0.2;
    const humidity = 45 + 8 * Math.sin((hours / 24) * 2 * Math.PI + seed + 1) + (r() - 0.5) * 2;
    // The battery: a slow drain, a dying cell's fast one, and voltage sagging for a report in the cold.
    battery -= drainPerDay / (24 * 60);
    if (faulty && f === 'battery-low') battery -= 100 / (dieDays * 24 * 60);
    battery = Math.max(0, battery);
    if (r() < 1 / (3 * 24 * 60)) sag = 5 + Math.floor(r() * 15);
    const due =
      Math.abs(temperature - lastSent.temperature) >= threshold ||
      Math.abs(humidity - lastSent.humidity) >= threshold * 5 ||
      (heartbeatMin !== null && t - lastSent.at >= heartbeatMin * MIN) ||
      Number.isNaN(lastSent.temperature);
    if (!due) continue;
    let state: Record<string, unknown> = {
      temperature: Math.round(temperature * 100) / 100,
      humidity: Math.round(humidity * 100) / 100,
      battery: Math.max(0, Math.round(battery - sag)),
      linkquality: 60 + Math.floor(r() * 60),
    };
    sag = 0;
    lastSent = { temperature, humidity, at: t };
    // A frozen sensor keeps its heartbeats (and its battery) but its readings no longer move.
    if (faulty && f === 'sensor-stuck') {
      frozen ??= state;
      state = { ...state, temperature: frozen.temperature, humidity: frozen.humidity };
    }
    rec.patches(t, mapped.read(base, JSON.stringify(state)));
  }
  const endpoints = mapped.endpoints;
  return {
    name: id,
    device: describe(id, '온습도계', mapped.deviceType, endpoints),
    samples: rec.samples,
    label,
  };
}

/**
 * `days` of one LG air purifier run 6–20 hours a day, its filter part-worn at the start; the fault
 * (a renovation next door) clogs it 20–40 times faster. The label starts with the fault; the filter is "near
 * its end" once it gets there, so the delay includes the wear.
 */
export function purifierUnit(seed: number, days: number, fault: FaultKind | null): Unit {
  const r = rng(seed);
  const id = `purifier-${seed}`;
  const p = new AirPurifier({ externalId: id, type: 'air-purifier' });
  const start = faultStart(r, days);
  const label: Label | null = fault === null ? null : { kind: fault, start };
  const rec = new Changes(id);
  // A healthy filter ends the month above 10 % (a 4,000-hour filter loses at most ~18 % in 30 days).
  p.set({ filterRemainPercent: 30 + r() * (fault ? 40 : 70), ambientPm25: 15 + r() * 20 });
  const hours = 6 + r() * 14;
  const dusty = 20 + r() * 20;
  const eps = () => airPurifierMap.endpoints(p.profile() as LgProfile, p.state() as LgState);
  for (let t = T0; t < T0 + days * DAY; t += MIN) {
    const hour = ((t - T0) / HOUR) % 24;
    const on = hour >= 7 && hour < 7 + hours;
    p.set({ power: on, filterWear: fault === 'filter-end' && t >= start ? dusty : 1 });
    p.advance(60);
    rec.endpoints(t, eps());
  }
  return { name: id, device: describe(id, '공기청정기', 'AirPurifier', eps()), samples: rec.samples, label };
}
