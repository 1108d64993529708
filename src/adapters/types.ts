/**
 * The contract between the hub and a vendor connection. An adapter is thin: its protocol client
 * (which imports nothing of the hub) does the I/O; the adapter maps vendor shapes to the Matter
 * model (src/model/devices.ts builders) and vendor errors to HubErrors, and nothing else.
 */
import type { ConnectionConfig } from '../home/types.js';
import type { CommandRequest, Endpoint, StatePatch } from '../model/types.js';
import type { Logger } from '../util/log.js';

export interface AdapterDevice {
  externalId: string;
  /** Top-level Matter device type name, e.g. "Refrigerator". */
  deviceType: string;
  endpoints: Endpoint[];
  online: boolean;
  vendor?: string;
  model?: string;
}

/** What an adapter tells the hub between commands (push or polling). */
export interface AdapterEvents {
  /** Attributes changed on the vendor side. */
  state(externalId: string, patches: StatePatch[]): void;
  /** A device (or every device of a connection) went offline or came back. */
  online(externalId: string, online: boolean): void;
  /** The set of devices changed (discovery); the hub re-reads `devices()`. */
  devicesChanged(): void;
}

export interface AdapterContext {
  /** The connection as the home file gives it, with `baseUrl` filled in when simulated. */
  connection: ConnectionConfig;
  log: Logger;
  events: AdapterEvents;
  /** Per-call timeout for vendor requests, ms. */
  timeoutMs: number;
  /** Polling interval for connections without push, ms. */
  pollMs: number;
  /**
   * The hub's last stored Matter state of each device of this connection, by externalId. Adapters
   * whose devices live inside the hub (virtual, players) start from it; cloud adapters ignore it.
   */
  restored?: ReadonlyMap<string, Endpoint[]>;
}

export interface Adapter {
  /**
   * First discovery and state read. Resolves when done, or when the vendor is found unreachable
   * (then every device is offline and the adapter keeps retrying in the background).
   */
  start(): Promise<void>;
  /** Releases exactly what start() acquired (timers, sockets). */
  stop(): Promise<void>;
  /** The devices known now, in the Matter model. */
  devices(): AdapterDevice[];
  /**
   * Runs one validated command at the vendor. Resolves once the vendor acknowledged it, with the
   * attribute changes the hub must show at once; rejects with a HubError (`device-offline`,
   * `value-out-of-range`, `vendor-error`, …) and then nothing has changed.
   */
  execute(externalId: string, command: CommandRequest): Promise<StatePatch[]>;
}

export type AdapterFactory = (ctx: AdapterContext) => Adapter;
