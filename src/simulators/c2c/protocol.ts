/**
 * Cloud-to-cloud smart-home fulfillment shapes as a vendor cloud serves them to Google Home
 * (developers.home.google.com/cloud-to-cloud: intents SYNC, QUERY, EXECUTE, DISCONNECT).
 * Declared here for the simulator only; the simulator knows nothing of the hub.
 */

export const Intent = {
  Sync: 'action.devices.SYNC',
  Query: 'action.devices.QUERY',
  Execute: 'action.devices.EXECUTE',
  Disconnect: 'action.devices.DISCONNECT',
} as const;

export interface FulfillmentRequest {
  requestId: string;
  inputs: Array<{ intent: string; payload?: unknown }>;
}

export interface SyncDevice {
  id: string;
  type: string;
  traits: string[];
  name: { name: string; defaultNames?: string[]; nicknames?: string[] };
  willReportState: boolean;
  roomHint?: string;
  deviceInfo?: { manufacturer?: string; model?: string; hwVersion?: string; swVersion?: string };
  attributes?: Record<string, unknown>;
}

/** One device's state in a QUERY answer, or the `states` of an EXECUTE result. */
export interface DeviceState {
  online: boolean;
  status: 'SUCCESS' | 'OFFLINE' | 'EXCEPTIONS' | 'ERROR';
  errorCode?: string;
  [state: string]: unknown;
}

export interface Execution {
  command: string;
  params?: Record<string, unknown>;
  challenge?: { ack?: boolean; pin?: string };
}

export interface ExecuteCommand {
  devices: Array<{ id: string; customData?: unknown }>;
  execution: Execution[];
}

export interface ExecuteResult {
  ids: string[];
  status: 'SUCCESS' | 'PENDING' | 'OFFLINE' | 'EXCEPTIONS' | 'ERROR';
  errorCode?: string;
  debugString?: string;
  states?: Record<string, unknown>;
}

/** What a device does with one execution: success with its new states, or a Google error code. */
export type Outcome =
  | { ok: true }
  | { ok: false; status: 'ERROR' | 'OFFLINE'; errorCode: string; debugString: string };

export const TRAIT = 'action.devices.traits.';
export const COMMAND = 'action.devices.commands.';
export const TYPE = 'action.devices.types.';
