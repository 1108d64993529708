/**
 * The envelopes and events the floor sends: its answers (with the `conversation` section curated as
 * the spec says), its own and the home assistants' utterances, and events passed on from others.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../hub/context.js';
import type { FloorConversation } from './conversation.js';
import { assistantOfUri, assistantUri, floorUri } from './manifest.js';
import type { FloorScope } from './scope.js';
import { type DialogEvent, type Envelope, OFP_SCHEMA_URL, OFP_VERSION, type OfEvent } from './types.js';

/** A copy of a dialog event, with the `id` and `span` the dialog event schema requires when missing. */
export function withIdAndSpan(de: DialogEvent, clock: Clock): DialogEvent {
  const copy = structuredClone(de);
  if (typeof copy.id !== 'string') copy.id = randomUUID();
  if (!copy.span || typeof copy.span !== 'object')
    copy.span = { startTime: new Date(clock.now()).toISOString() };
  return copy;
}

/**
 * An event as the floor passes it on: a relayed utterance's dialog event gets the `id` and `span`
 * the dialog event schema requires when its author left them out; parameters that the 1.1 schema
 * does not allow for the event type are dropped.
 */
export function normalized(ev: OfEvent, clock: Clock): OfEvent {
  const copy: OfEvent = { eventType: ev.eventType };
  if (ev.to) copy.to = { ...ev.to };
  if (typeof ev.reason === 'string') copy.reason = ev.reason;
  if (ev.eventType === 'utterance') {
    copy.parameters = {
      dialogEvent: withIdAndSpan((ev.parameters?.dialogEvent ?? {}) as DialogEvent, clock),
    };
  } else if (ev.eventType === 'invite' && Array.isArray(ev.parameters?.dialogHistory)) {
    copy.parameters = { dialogHistory: ev.parameters.dialogHistory };
  } else if (ev.eventType === 'getManifests' && typeof ev.parameters?.recommendScope === 'string') {
    copy.parameters = { recommendScope: ev.parameters.recommendScope };
  } else if (ev.eventType === 'publishManifests' && ev.parameters) {
    const { servicingManifests, discoveryManifests } = ev.parameters;
    copy.parameters = {
      ...(servicingManifests !== undefined ? { servicingManifests } : {}),
      ...(discoveryManifests !== undefined ? { discoveryManifests } : {}),
    };
  }
  return copy;
}

/** An utterance of a home assistant (or of the floor itself when `assistant` is null). */
export function utterance(
  s: FloorScope,
  assistant: string | null,
  to: string,
  text: string,
  priv: boolean,
  reason?: string,
  turn?: unknown,
): OfEvent {
  const speakerUri = assistant ? assistantUri(s.homeId, assistant) : floorUri(s.homeId);
  const dialogEvent: DialogEvent = {
    id: randomUUID(),
    speakerUri,
    span: { startTime: new Date(s.ctx.clock.now()).toISOString() },
    features: {
      text: {
        mimeType: 'text/plain',
        lang: s.home.runtime.file.home.language,
        tokens: [{ value: text }],
      },
      ...(turn !== undefined
        ? { 'yeondong-turn': { mimeType: 'application/json', tokens: [{ value: turn }] } }
        : {}),
    },
  };
  return {
    eventType: 'utterance',
    to: { speakerUri: to, ...(priv ? { private: true } : {}) },
    ...(reason ? { reason } : {}),
    parameters: { dialogEvent },
  };
}

/**
 * An envelope of the floor in a conversation: its sender is a home assistant when every event is an
 * utterance of that assistant, else the floor.
 */
export function envelope(
  s: FloorScope,
  conv: FloorConversation,
  serviceUrl: string,
  events: OfEvent[],
): Envelope {
  const conversants = [...conv.conversants.values()].map((identification) => ({ identification }));
  const listed = new Set(conv.conversants.keys());
  const speakers = new Set(
    events.map((e) =>
      e.eventType === 'utterance'
        ? (e.parameters?.dialogEvent as DialogEvent | undefined)?.speakerUri
        : floorUri(s.homeId),
    ),
  );
  const only = speakers.size === 1 ? [...speakers][0] : undefined;
  const senderUri = only && assistantOfUri(s.homeId, only, s.assistantIds) ? only : floorUri(s.homeId);
  return {
    openFloor: {
      schema: { version: OFP_VERSION, url: OFP_SCHEMA_URL },
      conversation: {
        id: conv.id,
        conversants,
        floorGranted: [...conv.floor].filter((u) => listed.has(u)),
      },
      sender: { speakerUri: senderUri, serviceUrl },
      events,
    },
  };
}
