/**
 * The dashboard's state and how hub events change it. Pure functions, no DOM: the reducer takes
 * the WebSocket messages as they come and keeps devices, connections and the activity log.
 */
import type { AuditRecord, CommandRecord, Device, HomeInfo, HubEvent, StatePatch } from './model.js';

export type ActivityKind = 'turn' | 'command' | 'state' | 'online' | 'connection';

export interface Activity {
  key: string;
  at: number;
  kind: ActivityKind;
  device: string | null;
  /** Every device a turn acted on (a turn may act on several). */
  devices?: string[];
  assistant: string | null;
  satellite: string | null;
  /** Raw origin: "assistant:genie", "api:…", "vendor", "hub". */
  origin: string;
  /** Free text: what was said, the command, the attributes that changed. */
  text: string;
  /** A command's cluster and name, for showing it in words. */
  command?: { cluster: string; command: string };
  /** A state change's attributes, for showing them in words. */
  patches?: StatePatch[];
  /** success / error / decision words / online / offline. */
  outcome: string;
  errorCode?: string | null;
}

export type Live = 'connecting' | 'open' | 'closed';

export interface State {
  home: HomeInfo;
  devices: Record<string, Device>;
  order: string[];
  activity: Activity[];
  live: Live;
}

export const MAX_ACTIVITY = 500;

export type Action =
  | { type: 'loaded'; home: HomeInfo; devices: Device[]; activity: Activity[] }
  | { type: 'devices'; devices: Device[] }
  | { type: 'device'; device: Device }
  | { type: 'live'; live: Live }
  | { type: 'event'; event: HubEvent };

export function initialState(home: HomeInfo, devices: Device[], activity: Activity[] = []): State {
  return {
    home,
    devices: Object.fromEntries(devices.map((d) => [d.id, d])),
    order: devices.map((d) => d.id),
    activity: activity.slice(0, MAX_ACTIVITY),
    live: 'connecting',
  };
}

export function applyPatches(device: Device, patches: StatePatch[]): Device {
  const endpoints = device.endpoints.map((ep) => {
    const mine = patches.filter((p) => p.endpoint === ep.id);
    if (mine.length === 0) return ep;
    const clusters = { ...ep.clusters };
    for (const p of mine) clusters[p.cluster] = { ...(clusters[p.cluster] ?? {}), ...p.attributes };
    return { ...ep, clusters };
  });
  return { ...device, endpoints };
}

const withDevice = (s: State, d: Device): State => ({
  ...s,
  devices: { ...s.devices, [d.id]: d },
  order: s.order.includes(d.id) ? s.order : [...s.order, d.id],
});

const log = (s: State, a: Activity): State => ({ ...s, activity: [a, ...s.activity].slice(0, MAX_ACTIVITY) });

/** "assistant:genie" → "genie"; anything else → null. */
export const assistantOf = (origin: string): string | null =>
  origin.startsWith('assistant:') ? origin.slice(10) : null;

export function summarizePatches(patches: StatePatch[]): string {
  return patches
    .flatMap((p) => Object.entries(p.attributes).map(([k, v]) => `${p.cluster}.${k} = ${short(v)}`))
    .join(', ');
}

function short(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

export function reduce(s: State, a: Action): State {
  switch (a.type) {
    case 'loaded':
      return { ...initialState(a.home, a.devices, a.activity), live: s.live };
    case 'devices': {
      let next = s;
      for (const d of a.devices) next = withDevice(next, d);
      return next;
    }
    case 'device':
      return withDevice(s, a.device);
    case 'live':
      return s.live === a.live ? s : { ...s, live: a.live };
    case 'event':
      return onEvent(s, a.event);
  }
}

function onEvent(s: State, e: HubEvent): State {
  switch (e.type) {
    case 'deviceAdded':
      return withDevice(s, e.device);
    case 'stateChanged': {
      const d = s.devices[e.device];
      const next = d ? withDevice(s, applyPatches(d, e.patches)) : s;
      return log(next, {
        key: `s-${e.at}-${e.device}-${s.activity.length}`,
        at: e.at,
        kind: 'state',
        device: e.device,
        assistant: assistantOf(e.origin),
        satellite: null,
        origin: e.origin,
        text: summarizePatches(e.patches),
        patches: e.patches,
        outcome: 'success',
      });
    }
    case 'onlineChanged': {
      const d = s.devices[e.device];
      const next = d ? withDevice(s, { ...d, online: e.online }) : s;
      return log(next, {
        key: `o-${e.at}-${e.device}-${s.activity.length}`,
        at: e.at,
        kind: 'online',
        device: e.device,
        assistant: null,
        satellite: null,
        origin: 'hub',
        text: '',
        outcome: e.online ? 'online' : 'offline',
      });
    }
    case 'commandExecuted':
      return log(s, {
        key: `c-${e.commandId}`,
        at: e.at,
        kind: 'command',
        device: e.device,
        assistant: assistantOf(e.origin),
        satellite: null,
        origin: e.origin,
        text: `${e.cluster}.${e.command} @${e.endpoint}`,
        command: { cluster: e.cluster, command: e.command },
        outcome: e.status,
        errorCode: e.errorCode,
      });
    case 'turnHandled':
      return log(s, {
        key: `t-${e.conversationId}-${e.at}`,
        at: e.at,
        kind: 'turn',
        device: e.actions[0]?.deviceId ?? null,
        devices: e.actions.map((x) => x.deviceId),
        assistant: e.assistant,
        satellite: e.satellite,
        origin: e.assistant ? `assistant:${e.assistant}` : `satellite:${e.satellite}`,
        text: e.reply ? `“${e.text}” → ${e.reply}` : `“${e.text}”`,
        outcome: e.decision,
      });
    case 'connectionStateChanged':
      return log(
        { ...s, home: { ...s.home, connections: { ...s.home.connections, [e.connection]: e.state } } },
        {
          key: `n-${e.at}-${e.connection}-${s.activity.length}`,
          at: e.at,
          kind: 'connection',
          device: null,
          assistant: null,
          satellite: null,
          origin: 'hub',
          text: e.connection,
          outcome: e.state,
        },
      );
    default:
      return s;
  }
}

/** The activity log as the hub remembers it (audit turns and the command log), newest first. */
export function seedActivity(audit: AuditRecord[], commands: CommandRecord[]): Activity[] {
  const turns: Activity[] = audit
    .filter((r) => r.kind === 'turn')
    .map((r, i) => {
      const actions = (r.outcome as { actions?: Array<{ deviceId?: string }> } | null)?.actions ?? [];
      return {
        key: `at-${r.conversationId}-${r.at}-${i}`,
        at: r.at,
        kind: 'turn' as const,
        device: actions[0]?.deviceId ?? null,
        devices: actions.flatMap((x) => (x.deviceId ? [x.deviceId] : [])),
        assistant: r.assistant,
        satellite: r.satellite,
        origin: r.assistant ? `assistant:${r.assistant}` : `satellite:${r.satellite ?? ''}`,
        text: r.text ? `“${r.text}”` : '',
        outcome: r.decision,
      };
    });
  const cmds: Activity[] = commands.map((c) => ({
    key: `c-${c.id}`,
    at: c.finishedAt ?? c.startedAt,
    kind: 'command' as const,
    device: c.device,
    assistant: assistantOf(c.origin),
    satellite: null,
    origin: c.origin,
    text: `${c.cluster}.${c.command} @${c.endpoint}`,
    command: { cluster: c.cluster, command: c.command },
    outcome: c.status,
    errorCode: c.errorCode,
  }));
  return [...turns, ...cmds].sort((a, b) => b.at - a.at).slice(0, MAX_ACTIVITY);
}

export function filterActivity(list: Activity[], device: string, assistant: string): Activity[] {
  return list.filter(
    (a) =>
      (!device || a.device === device || a.devices?.includes(device)) &&
      (!assistant || a.assistant === assistant),
  );
}

/** Devices by area, in the home file's area order; devices without a known area last. */
export function groupByArea(
  home: HomeInfo,
  devices: Device[],
): Array<{ area: string | null; name: string | null; devices: Device[] }> {
  const groups = home.areas.map((a) => ({
    area: a.id as string | null,
    name: a.name as string | null,
    devices: [] as Device[],
  }));
  const other = { area: null, name: null, devices: [] as Device[] };
  for (const d of devices) {
    const g = groups.find((x) => x.area === d.area);
    (g ?? other).devices.push(d);
  }
  return [...groups, other].filter((g) => g.devices.length > 0);
}
