/** Reading the Matter device model: endpoints, attributes, power state, components and modes. */
import type { DeviceDescription, Endpoint } from '../../model/types.js';
import type { PlannedAction } from '../types.js';
import { MODE_NAMES } from './lexicon/replies.js';
import { SYSTEM_MODES, TAG_NAMES } from './lexicon/words.js';

// ---------------------------------------------------------------------------------------------
// Helpers on the device model

export const mainEp = (d: DeviceDescription): Endpoint | undefined => d.endpoints[0];
/** The first endpoint with the cluster (a loop: read for every device of a home). */
export function epWith(d: DeviceDescription, cluster: string): Endpoint | undefined {
  for (const e of d.endpoints) if (e.clusters[cluster] !== undefined) return e;
  return undefined;
}
export const attr = (ep: Endpoint | undefined, cluster: string, name: string): unknown =>
  ep?.clusters[cluster]?.[name];
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const isOn = (d: DeviceDescription): boolean => {
  const ep = d.endpoints.find((e) => e.clusters.OnOff && !e.deviceTypes.includes('Speaker')) ?? undefined;
  if (ep) return attr(ep, 'OnOff', 'OnOff') === true;
  const t = epWith(d, 'Thermostat');
  if (t) return attr(t, 'Thermostat', 'SystemMode') !== 0;
  return false;
};

export function act(
  d: DeviceDescription,
  ep: Endpoint,
  cluster: string,
  command: string,
  args: Record<string, unknown> = {},
): PlannedAction {
  return { deviceId: d.id, endpoint: ep.id, cluster, command, args };
}

/** One command as a key, to send the same command once (most commands have no arguments: no JSON for those). */
export function actionKey(a: PlannedAction): string {
  let args = '{}';
  for (const _ in a.args) {
    args = JSON.stringify(a.args);
    break;
  }
  return `${a.deviceId}/${a.endpoint}/${a.cluster}.${a.command}/${args}`;
}

export const cabinets = (d: DeviceDescription): Endpoint[] =>
  d.endpoints.filter((e) => e.clusters.TemperatureControl);

export function compEndpoint(d: DeviceDescription, comp: string | null): Endpoint | undefined {
  if (!comp) return undefined;
  return d.endpoints.find((e) => e.tags.includes(comp) || e.name === comp || e.name === TAG_NAMES[comp]);
}

export function endpointLabel(ep: Endpoint | undefined): string {
  if (!ep) return '';
  if (ep.name) return ep.name;
  for (const t of ep.tags) if (TAG_NAMES[t]) return TAG_NAMES[t] as string;
  return '';
}

// ---------------------------------------------------------------------------------------------
// Modes

export function supportsMode(d: DeviceDescription, mode: string): boolean {
  if (SYSTEM_MODES[mode] !== undefined) {
    const list = attr(epWith(d, 'Thermostat'), 'Thermostat', 'SupportedSystemModes');
    if (Array.isArray(list) && list.includes(SYSTEM_MODES[mode])) return true;
  }
  return findModeCluster(d, mode) !== null;
}

/** Courses a washer's mode labels may name in words ("Rinse+Spin"), which have no Matter tag. */
export const COURSE_MODES = new Set(['Rinse', 'Spin']);

/** The Korean names of the modes an appliance offers ("표준, 쾌속, 섬세, 강력"). */
export function modeNames(d: DeviceDescription): string[] {
  const out: string[] = [];
  for (const ep of d.endpoints)
    for (const c of MODE_CLUSTERS) {
      const list = attr(ep, c, 'SupportedModes');
      if (!Array.isArray(list)) continue;
      for (const m of list as Array<{ Label?: string; ModeTags?: unknown[] }>) {
        const tag = (m.ModeTags ?? [])
          .map((x) => (typeof x === 'object' && x ? (x as { value?: unknown }).value : x))
          .find((x) => typeof x === 'string' && MODE_NAMES[x]) as string | undefined;
        const name = tag ? MODE_NAMES[tag] : m.Label;
        if (name && !out.includes(name)) out.push(name);
      }
    }
  return out;
}

const MODE_CLUSTERS = [
  'RefrigeratorAndTemperatureControlledCabinetMode',
  'LaundryWasherMode',
  'RvcCleanMode',
];

export function findModeCluster(
  d: DeviceDescription,
  mode: string,
): { ep: Endpoint; cluster: string; mode: number } | null {
  for (const ep of d.endpoints) {
    for (const c of MODE_CLUSTERS) {
      const list = attr(ep, c, 'SupportedModes');
      if (!Array.isArray(list)) continue;
      for (const m of list as Array<{ Label?: string; Mode: number; ModeTags?: unknown[] }>) {
        const tags = (m.ModeTags ?? []).map((x) =>
          typeof x === 'object' && x ? (x as { value?: unknown }).value : x,
        );
        const label = String(m.Label ?? '').toLowerCase();
        if (
          tags.includes(mode) ||
          m.Label === mode ||
          m.Label === MODE_NAMES[mode] ||
          (COURSE_MODES.has(mode) && label.includes(mode.toLowerCase()))
        )
          return { ep, cluster: c, mode: m.Mode };
      }
    }
  }
  return null;
}

export function normalMode(d: DeviceDescription, cluster: string): number | null {
  for (const ep of d.endpoints) {
    const list = attr(ep, cluster, 'SupportedModes');
    if (!Array.isArray(list)) continue;
    const m = (list as Array<{ Mode: number; ModeTags?: unknown[] }>).find(
      (x) => !(x.ModeTags ?? []).some((t) => t === 'RapidCool' || t === 'RapidFreeze'),
    );
    if (m) return m.Mode;
  }
  return null;
}
