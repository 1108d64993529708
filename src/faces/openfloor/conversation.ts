/**
 * The floor's record of each conversation: its conversants (home assistants and invited external
 * agents), who holds the floor, who answers utterances addressed to no one, and the last dialog
 * events (the history passed on with an invite). Idle conversations are forgotten, and past a limit
 * the least recently touched one goes.
 */
import type { Clock } from '../../hub/context.js';
import { withIdAndSpan } from './envelope.js';
import { assistantOfUri, assistantUri, identificationOf } from './manifest.js';
import type { FloorScope } from './scope.js';
import type { Conversation, DialogEvent, Identification, OfEvent } from './types.js';
import { schemaError } from './validate.js';

const CONVERSATION_IDLE_MS = 30 * 60 * 1000;
/** How many dialog events a conversation keeps (and passes on with an invite). */
export const HISTORY = 8;
const MAX_CONVERSATIONS = 1000;

interface External {
  identification: Identification;
}

export interface FloorConversation {
  id: string;
  /** speakerUri → identification, in joining order. */
  conversants: Map<string, Identification>;
  externals: Map<string, External>;
  floor: Set<string>;
  /** Who answers utterances addressed to no one: a home assistant id or an external speakerUri. */
  active: { kind: 'assistant'; id: string } | { kind: 'external'; uri: string } | null;
  /** The home assistant that held the conversation before an external agent took it. */
  lastAssistant: string | null;
  history: DialogEvent[];
  touched: number;
}

/** The conversations of one floor, by id. */
export class Conversations {
  readonly #byId = new Map<string, FloorConversation>();

  /** The owner's conversation of this id (a new one when unknown), touched now. */
  open(owner: string, id: string, now: number): FloorConversation {
    const key = `${owner}\u0000${id}`;
    let c = this.#byId.get(key);
    // The map is kept in the order of last touch (a touched conversation moves to the end), so the
    // least recently touched one is the first.
    if (c) this.#byId.delete(key);
    else {
      if (this.#byId.size >= MAX_CONVERSATIONS) {
        const oldest = this.#byId.keys().next().value;
        if (oldest !== undefined) this.#byId.delete(oldest);
      }
      c = {
        id,
        conversants: new Map(),
        externals: new Map(),
        floor: new Set(),
        active: null,
        lastAssistant: null,
        history: [],
        touched: now,
      };
    }
    this.#byId.set(key, c);
    c.touched = now;
    return c;
  }

  /** Forgets the conversations idle for too long. */
  expire(now: number): void {
    for (const [id, c] of this.#byId) if (now - c.touched > CONVERSATION_IDLE_MS) this.#byId.delete(id);
  }
}

/** Conversants the sender describes fully are adopted (so the reply can list them). */
export function adopt(conv: FloorConversation, listed: NonNullable<Conversation['conversants']>): void {
  for (const c of listed) {
    const idn = c?.identification;
    if (
      idn &&
      typeof idn.speakerUri === 'string' &&
      !conv.conversants.has(idn.speakerUri) &&
      schemaError('manifest', { identification: idn, capabilities: [] }) === null
    ) {
      conv.conversants.set(idn.speakerUri, idn);
      conv.floor.add(idn.speakerUri);
    }
  }
}

/** A home assistant joins the conversation (once) and gets the floor. */
export function join(s: FloorScope, conv: FloorConversation, assistant: string, serviceUrl: string): void {
  const uri = assistantUri(s.homeId, assistant);
  const a = s.assistant(assistant);
  if (!a) return;
  if (!conv.conversants.has(uri))
    conv.conversants.set(uri, identificationOf(a, s.manifestContext(serviceUrl)));
  conv.floor.add(uri);
}

/** A home assistant joins and from now on answers the utterances addressed to no one. */
export function activate(
  s: FloorScope,
  conv: FloorConversation,
  assistant: string,
  serviceUrl: string,
): void {
  join(s, conv, assistant, serviceUrl);
  conv.active = { kind: 'assistant', id: assistant };
  conv.lastAssistant = assistant;
}

/** An external agent joins the conversation with the floor. */
export function addExternal(conv: FloorConversation, idn: Identification): void {
  conv.externals.set(idn.speakerUri, { identification: idn });
  conv.conversants.set(idn.speakerUri, idn);
  conv.floor.add(idn.speakerUri);
}

/** An external agent known as `uri` goes by `idn.speakerUri` from now on. */
export function renameExternal(conv: FloorConversation, uri: string, idn: Identification): void {
  conv.externals.delete(uri);
  conv.conversants.delete(uri);
  conv.floor.delete(uri);
  addExternal(conv, idn);
  if (conv.active?.kind === 'external' && conv.active.uri === uri)
    conv.active = { kind: 'external', uri: idn.speakerUri };
}

/** A conversant leaves the conversation. */
export function leave(s: FloorScope, conv: FloorConversation, uri: string): void {
  conv.conversants.delete(uri);
  conv.externals.delete(uri);
  conv.floor.delete(uri);
  handBack(s, conv, uri);
  const id = assistantOfUri(s.homeId, uri, s.assistantIds);
  if (id && conv.active?.kind === 'assistant' && conv.active.id === id) conv.active = null;
  if (id && conv.lastAssistant === id) conv.lastAssistant = null;
}

/** A conversant gives up the floor. */
export function yieldFloor(s: FloorScope, conv: FloorConversation, uri: string): void {
  conv.floor.delete(uri);
  handBack(s, conv, uri);
}

/** When the agent holding the conversation lets go, it goes back to the last home assistant. */
export function handBack(s: FloorScope, conv: FloorConversation, uri: string): void {
  if (conv.active?.kind === 'external' && conv.active.uri === uri) {
    conv.active = conv.lastAssistant ? { kind: 'assistant', id: conv.lastAssistant } : null;
  } else if (conv.active?.kind === 'assistant' && assistantUri(s.homeId, conv.active.id) === uri) {
    conv.active = null;
  }
}

/** The speakerUri of the invited external agent an event is addressed to, if any. */
export function externalOf(conv: FloorConversation, to: OfEvent['to']): string | null {
  if (!to) return null;
  if (to.speakerUri && conv.externals.has(to.speakerUri)) return to.speakerUri;
  if (!to.speakerUri && to.serviceUrl) {
    for (const [uri, e] of conv.externals) if (e.identification.serviceUrl === to.serviceUrl) return uri;
  }
  return null;
}

/** Keeps a dialog event in the conversation's history (the last HISTORY of them). */
export function remember(conv: FloorConversation, de: DialogEvent, clock: Clock): void {
  if (!de || typeof de !== 'object') return;
  conv.history.push(withIdAndSpan(de, clock));
  if (conv.history.length > HISTORY) conv.history.splice(0, conv.history.length - HISTORY);
}
