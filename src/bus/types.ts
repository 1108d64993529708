/**
 * The hub's typed event map, declared once: event name → payload. The in-process bus implements
 * it; a distributed engine (NATS JetStream) can back the same interface.
 */
import type { Finding } from '../care/types.js';
import type { DeviceDescription, StatePatch } from '../model/types.js';

export interface BusEvents {
  deviceAdded: { home: string; device: DeviceDescription };
  /** A device taken out of a running home (HomeRuntime.removeDevice). */
  deviceRemoved: { home: string; device: string };
  stateChanged: { home: string; device: string; patches: StatePatch[]; origin: string };
  onlineChanged: { home: string; device: string; online: boolean };
  commandExecuted: {
    home: string;
    commandId: string;
    device: string;
    endpoint: string;
    cluster: string;
    command: string;
    origin: string;
    status: 'success' | 'error';
    errorCode: string | null;
    ms: number;
  };
  turnHandled: {
    home: string;
    conversationId: string;
    satellite: string;
    assistant: string | null;
    text: string;
    understood: boolean;
    reply: string;
    actions: Array<{ deviceId: string; command: string; status: string; errorCode?: string }>;
    intents?: Array<{ intent: string; slots: Record<string, unknown> }>;
    decision: string;
  };
  dialogStateChanged: { home: string; satellite: string; state: string; assistant: string | null };
  connectionStateChanged: { home: string; connection: string; state: 'online' | 'offline' | 'unsupported' };
  /** A routine ran (or was skipped, missed, cut): src/routines. */
  routineRan: {
    home: string;
    routine: string;
    run: { runId: string; at: number; outcome: string; ms: number; trigger: { kind: string } };
  };
  /** A routine's spoken announcement on a player satellite, in Korean. */
  routineAnnounced: { home: string; routine: string; satellite: string; text: string };
  /** A routine's notice for the dashboard. */
  routineNotice: { home: string; routine: string; text: string };
  /** A care finding opened or closed (src/care): routines may trigger on it. */
  careFinding: { home: string; finding: Finding };
  /** A room's air, each time its CO₂ (or PM2.5) reading changes (src/care/air.ts). */
  airChanged: {
    home: string;
    area: string;
    device: string;
    co2: number;
    pm25?: number;
    level: 'good' | 'ventilate' | 'ventilate-now';
  };
  /** A care finding spoken proactively by the household's assistant on its chosen satellite. */
  careAnnounced: {
    home: string;
    at: number;
    satellite: string;
    assistant: string | null;
    text: string;
    finding: string;
  };
}

export type BusEventName = keyof BusEvents;
export type Listener<K extends BusEventName> = (payload: BusEvents[K]) => void;

export interface Bus {
  /**
   * Calls `listener` for each `name` event; with `home`, only for that home's events (payloads carry
   * `home`), without visiting the other homes' listeners. Returns a function that removes it.
   */
  on<K extends BusEventName>(name: K, listener: Listener<K>, owner?: object, home?: string): () => void;
  emit<K extends BusEventName>(name: K, payload: BusEvents[K]): void;
  /** Removes every listener registered with this owner. */
  removeOwner(owner: object): void;
  /** Connects a distributed bus (called by Hub.start before the homes start); optional. */
  start?(): Promise<void>;
  /** Delivers what is in flight and disconnects (called by Hub.stop); optional. */
  stop?(): Promise<void>;
}
