/**
 * Persistence behind one interface. SQLite is the embedded default; PostgreSQL backs the same
 * interface for operators. Every read and write of the hub's durable data goes through here.
 */
import type { ClusterStates, DeviceDescription } from '../model/types.js';
import type { HistoryStore } from './history.js';

export interface CommandRecord {
  id: string;
  home: string;
  /** Who asked: "api", "assistant:genie", "oauth:<client>", "mqtt-export", … */
  origin: string;
  device: string;
  endpoint: string;
  cluster: string;
  command: string;
  args: Record<string, unknown>;
  status: 'pending' | 'success' | 'error';
  errorCode: string | null;
  startedAt: number;
  finishedAt: number | null;
  /** ms spent at the vendor */
  vendorMs: number | null;
}

export interface EventRecord {
  seq: number;
  home: string;
  at: number;
  type: string;
  payload: unknown;
}

export interface AuditRecord {
  at: number;
  kind: 'turn' | 'command' | 'routine';
  assistant: string | null;
  satellite: string | null;
  conversationId: string | null;
  principal: string;
  text?: string;
  decision: string;
  outcome: unknown;
}

export interface StoredDevice {
  id: string;
  online: boolean;
  endpoints: DeviceDescription['endpoints'];
}

export interface IdempotentResult {
  status: number;
  body: unknown;
  /** A hash of the request the key was first used for (a reuse with another body is refused). */
  fingerprint?: string;
}

export interface OpenOptions {
  /**
   * The caller knows data were written before (an owner token file exists): a store that would
   * start from nothing (SQLite: no file, or an empty one) refuses instead (storage-corrupt).
   */
  expectData?: boolean;
  /** Start-up checks of the files (SQLite; default true). Off beside a running hub, which did them. */
  checks?: boolean;
}

export interface Store extends HistoryStore {
  /** Opens the store; a damaged SQLite file refuses (storage-corrupt) and is left as it was. */
  open(opts?: OpenOptions): Promise<void>;
  close(): Promise<void>;

  upsertHome(home: { id: string; name: string }): Promise<void>;

  /** The last known state of a home's devices (restored before discovery). */
  loadDevices(home: string): Promise<StoredDevice[]>;
  saveDevice(home: string, device: StoredDevice): Promise<void>;
  /** As saveDevice for several devices in one write (a first sync of thousands); optional. */
  saveDevices?(home: string, devices: StoredDevice[]): Promise<void>;
  /** Applies attribute changes to one device's stored endpoints. */
  patchDevice(
    home: string,
    device: string,
    endpoint: string,
    cluster: string,
    attrs: ClusterStates[string],
  ): Promise<void>;

  /**
   * Records a command as pending. Not waited to be on disk: the outcome (`finishCommand`) is, and a
   * pending record lost in a crash belonged to a command that was never acknowledged.
   */
  beginCommand(rec: CommandRecord): Promise<void>;
  /** Records the outcome and the state it produced in one durable transaction. */
  finishCommand(
    id: string,
    outcome: {
      status: 'success' | 'error';
      errorCode: string | null;
      finishedAt: number;
      vendorMs: number | null;
    },
    patches: Array<{ device: string; endpoint: string; cluster: string; attrs: Record<string, unknown> }>,
    home: string,
  ): Promise<void>;
  listCommands(home: string, limit: number): Promise<CommandRecord[]>;

  appendEvent(home: string, type: string, payload: unknown, at: number): Promise<number>;
  listEvents(home: string, limit: number, beforeSeq?: number): Promise<EventRecord[]>;

  /** Appends an audit record; on disk with the next durable write (the command's outcome). */
  appendAudit(home: string, rec: AuditRecord): Promise<void>;
  listAudit(home: string, limit: number, before?: number): Promise<Array<AuditRecord & { seq: number }>>;

  /**
   * Idempotency: the first outcome under a key, kept 24 h. The key is opaque here; the HTTP layer
   * scopes it to the principal and the route (src/server/idempotency.ts).
   */
  getIdempotent(home: string, key: string, now: number): Promise<IdempotentResult | null>;
  putIdempotent(home: string, key: string, result: IdempotentResult, now: number): Promise<void>;

  /** Small key-value secrets and settings (hashed tokens, counters). */
  getKv(home: string, key: string): Promise<string | null>;
  putKv(home: string, key: string, value: string): Promise<void>;
  deleteKv(home: string, key: string): Promise<void>;
  listKv(home: string, prefix: string): Promise<Array<{ key: string; value: string }>>;
  /** The home that has a kv key, across homes (PostgreSQL only: a fleet routes a bare token). */
  homeOfKey?(key: string): Promise<string | null>;
  /**
   * A value that stays the same while no other connection (another process) has committed to the
   * store since the last call (SQLite: PRAGMA data_version): pollers of what other processes
   * write skip their reads while it does not change. Absent: they always read.
   */
  changeMark?(): Promise<string>;
}
