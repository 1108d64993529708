/**
 * Who asks and what for, as the gate sees it. Every face turns its own notion of a caller (a bearer
 * token, an Open Floor sender, an MQTT command topic, …) into a `Principal` and every request into
 * an `Action`, and asks the gate; no face decides access by itself.
 */

/** A person of the household, signed in with their own token. */
export interface PersonPrincipal {
  kind: 'person';
  home: string;
  id: string;
  role: 'owner' | 'member' | 'guest';
}

/** A partner (an OAuth client) linked to the home, and to one of its assistants when registered so. */
export interface PartnerPrincipal {
  kind: 'partner';
  home: string;
  /** The OAuth client id. */
  id: string;
  /** The assistant whose grants the partner gets and as whom it speaks (null: linked to none). */
  assistant: string | null;
  scopes: readonly string[];
}

/** A face of the home's own with no identity beyond the home (the MQTT export). */
export interface LocalPrincipal {
  kind: 'local';
  home: string;
  /** The face's name, e.g. `mqtt-export`. */
  id: string;
  /**
   * A face that is one microphone of the home (a Wyoming satellite, the Wyoming service): it takes
   * turns on this satellite only, as the satellite's own assistants. Unset: no turns.
   */
  satellite?: string;
}

/** One of the home's assistants speaking on a satellite, carried by someone's token or connection. */
export interface AssistantPrincipal {
  kind: 'assistant';
  home: string;
  /** The assistant's id. */
  id: string;
  satellite: string;
  /** Whose request carried the turn: the assistant never does more than this principal may. */
  via: Principal;
}

/** An external Open Floor agent in a conversation, carried by whoever brought it in. */
export interface AgentPrincipal {
  kind: 'agent';
  home: string;
  /** The agent's speakerUri. */
  id: string;
  via: Principal;
}

/**
 * A routine running: it acts as the principal who created it (`via`), with that principal's grants.
 * PIN actions are allowed only in routines the owner created on the dashboard or the API.
 */
export interface RoutinePrincipal {
  kind: 'routine';
  home: string;
  /** The routine's id. */
  id: string;
  /** How it was created: the API (and the dashboard), voice, or the home file. */
  createdVia: 'api' | 'voice' | 'home-file';
  via: Principal;
}

/**
 * A Matter fabric (a controller's admin domain) commanding through the hub's Matter bridge. The home
 * file's `matter` section gives it one assistant's grants (`assistant`, null: none) and says whether
 * `require: pin` actions are allowed to it (Matter carries no PIN).
 */
export interface FabricPrincipal {
  kind: 'fabric';
  home: string;
  /** `<fabric index>` on the home's bridge node. */
  id: string;
  assistant: string | null;
  allowPin: boolean;
}

export type Principal =
  | FabricPrincipal
  | PersonPrincipal
  | PartnerPrincipal
  | LocalPrincipal
  | AssistantPrincipal
  | AgentPrincipal
  | RoutinePrincipal;

/** The parts of the HTTP API a principal may use at all (devices are decided one by one). */
export type Surface =
  | 'home'
  | 'devices:read'
  | 'devices:operate'
  | 'events'
  | 'conversation'
  | 'audit'
  | 'admin';

export type Action =
  | { kind: 'surface'; surface: Surface }
  | { kind: 'read'; device: string }
  /** A device command (the hub's WriteAttributes included). */
  | { kind: 'command'; device: string; cluster: string; command: string }
  /** Speaking as an assistant on a satellite (a conversation, Open Floor or voice turn). */
  | { kind: 'turn'; assistant: string; satellite: string }
  /** Inviting an external Open Floor agent, or forwarding to it. */
  | { kind: 'invite'; url: string };

export type DenyCode =
  | 'unknown-home'
  | 'unknown-device'
  | 'not-allowed'
  | 'forbidden'
  | 'pin-invalid'
  | 'pin-not-set'
  | 'too-many-requests';

export type Decision =
  | { effect: 'allow' }
  /** Allowed once the household PIN is presented. */
  | { effect: 'challenge'; code: 'pin-required'; reason: string }
  | { effect: 'deny'; code: DenyCode; reason: string };

/** The HTTP status each refusal stands for. */
export const STATUS_OF: Record<DenyCode | 'pin-required', number> = {
  'unknown-home': 404,
  'unknown-device': 404,
  'not-allowed': 403,
  forbidden: 403,
  'pin-required': 403,
  'pin-invalid': 403,
  'pin-not-set': 403,
  'too-many-requests': 429,
};

/** A stable key of who carries a request: conversations belong to it, audit records name it. */
export function principalKey(p: Principal): string {
  switch (p.kind) {
    case 'person':
      return `${p.role}:${p.id}`;
    case 'partner':
      return `partner:${p.id}`;
    case 'local':
      return `local:${p.id}`;
    case 'fabric':
      return `fabric:${p.id}`;
    case 'assistant':
      return principalKey(p.via);
    case 'agent':
      return principalKey(p.via);
    case 'routine':
      return principalKey(p.via);
  }
}

/** The principal that carries the request in the end (a person, a partner or a local face). */
export function carrier(p: Principal): PersonPrincipal | PartnerPrincipal | LocalPrincipal | FabricPrincipal {
  return p.kind === 'assistant' || p.kind === 'agent' || p.kind === 'routine' ? carrier(p.via) : p;
}
