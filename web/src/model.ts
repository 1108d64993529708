/** The hub's API shapes as the dashboard uses them (contract.md, src/server). */

export type { Attrs, CommandBody, Device, Endpoint } from '../../src/present/types.js';

import type { Attrs, Device } from '../../src/present/types.js';

export interface Area {
  id: string;
  name: string;
  aliases?: string[];
}

export interface Assistant {
  id: string;
  name: string;
  provider?: string;
  wakeWords: string[];
}

export interface Satellite {
  id: string;
  name: string;
  area?: string | null;
  assistants: string[];
  player?: boolean;
}

export interface GrantRule {
  assistant: string;
  privilege?: string;
  deny?: { deviceTypes?: string[]; devices?: string[]; areas?: string[] };
}

export interface SecurityRule {
  deviceTypes: string[];
  commands: string[];
  require: 'pin' | 'forbidden';
}

export interface HomeInfo {
  id: string;
  name: string;
  language?: string;
  timezone?: string;
  areas: Area[];
  assistants: Assistant[];
  satellites: Satellite[];
  grants: GrantRule[];
  security?: { rules: SecurityRule[]; pin: boolean };
  connections: Record<string, string>;
  /** Each connection's vendor as people know it ("LG ThinQ"), from its descriptor. */
  vendors?: Record<string, string>;
  /** Whether this hub runs a Matter bridge for the home (`serve --matter`). */
  matter?: boolean;
}

export interface TurnAction {
  deviceId: string;
  endpoint?: string;
  cluster?: string;
  command: string;
  status: 'success' | 'error';
  error?: { code: string; message?: string };
}

export interface NeedsInput {
  kind: 'pin' | 'choice';
  prompt?: string;
  options?: Array<{ id: string; label: string }>;
}

export interface TurnResult {
  conversationId: string;
  assistant: string | null;
  understood: boolean;
  actions: TurnAction[];
  response: { text: string };
  needsInput: NeedsInput | null;
  intents?: Array<{ intent: string; slots: Record<string, unknown> }>;
}

export interface StatePatch {
  endpoint: string;
  cluster: string;
  attributes: Attrs;
}

/** Messages of GET …/events (one JSON object per WebSocket message). */
export type HubEvent =
  | { type: 'hello'; at: number; home: string }
  | { type: 'deviceAdded'; at: number; home: string; device: Device }
  | { type: 'stateChanged'; at: number; home: string; device: string; patches: StatePatch[]; origin: string }
  | { type: 'onlineChanged'; at: number; home: string; device: string; online: boolean }
  | {
      type: 'commandExecuted';
      at: number;
      home: string;
      commandId: string;
      device: string;
      endpoint: string;
      cluster: string;
      command: string;
      origin: string;
      status: 'success' | 'error';
      errorCode: string | null;
    }
  | {
      type: 'turnHandled';
      at: number;
      home: string;
      conversationId: string;
      satellite: string;
      assistant: string | null;
      text: string;
      understood: boolean;
      reply: string;
      actions: Array<{ deviceId: string; command: string; status: string; errorCode?: string }>;
      decision: string;
    }
  | {
      type: 'dialogStateChanged';
      at: number;
      home: string;
      satellite: string;
      state: string;
      assistant: string | null;
    }
  | { type: 'connectionStateChanged'; at: number; home: string; connection: string; state: string };

/** Rows of GET …/audit. */
export interface AuditRecord {
  at: number;
  kind: 'turn' | 'command';
  assistant: string | null;
  satellite: string | null;
  conversationId: string | null;
  principal: string;
  text?: string;
  decision: string;
  outcome: unknown;
}

/** Rows of GET …/commands. */
export interface CommandRecord {
  id: string;
  origin: string;
  device: string;
  endpoint: string;
  cluster: string;
  command: string;
  status: 'pending' | 'success' | 'error';
  errorCode: string | null;
  startedAt: number;
  finishedAt: number | null;
}
