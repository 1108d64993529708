/** What every vendor simulator offers. Simulators import nothing of the hub. */

/** A running simulator of a vendor cloud or bus. Simulators import nothing of the hub. */
export interface SimulatorHandle {
  /** Base URL (HTTP clouds) or broker URL (MQTT) the adapter should talk to. */
  url: string;
  stop(): Promise<void>;
}

export interface SimulatorOptions {
  /** The connection's `simulator.devices` seeds, vendor shapes. */
  devices: Array<{ externalId: string; type: string; [key: string]: unknown }>;
  host?: string;
  /** 0 = any free port. */
  port?: number;
  /** When set, requests must carry this bearer token. */
  token?: string;
  /** Any further connection settings (e.g. broker URL for an MQTT bridge). */
  settings?: Record<string, unknown>;
  /**
   * A JSON file where the simulator keeps its devices' state across restarts (see state-file.ts);
   * without it, every start begins from the seeds.
   */
  stateFile?: string;
}

export type SimulatorFactory = (opts: SimulatorOptions) => Promise<SimulatorHandle>;
