/**
 * What the floor does with each event of an incoming envelope, by whom it is addressed to: a home
 * assistant, an invited external agent, or the floor itself (or no one in particular). Utterances
 * are routed to whoever should answer them; floor events follow the spec's "if no convener" column.
 */
import { activate, externalOf, handBack, leave, remember, yieldFloor } from './conversation.js';
import { publishManifests } from './discovery.js';
import { forward } from './external.js';
import { onInvite } from './invite.js';
import { assistantOfUri, assistantUri, floorUri } from './manifest.js';
import type { Exchange } from './scope.js';
import { turn } from './turn.js';
import { type DialogEvent, type OfEvent, utteranceText } from './types.js';

/** Whom an event is addressed to. */
export interface Address {
  /** A home assistant's id. */
  assistant: string | null;
  /** An invited external agent's speakerUri. */
  external: string | null;
  /** The floor itself, or no one in particular. */
  floor: boolean;
}

function addressOf(x: Exchange, ev: OfEvent): Address {
  const home = x.floor.homeId;
  return {
    assistant: assistantOfUri(home, ev.to?.speakerUri, x.floor.assistantIds),
    external: externalOf(x.conv, ev.to),
    floor:
      !ev.to ||
      (!ev.to.speakerUri && !ev.to.serviceUrl) ||
      ev.to.speakerUri === floorUri(home) ||
      (!ev.to.speakerUri && ev.to.serviceUrl === x.serviceUrl) ||
      ev.to.speakerUri === x.serviceUrl,
  };
}

/** The speakerUri an `uninvite` or `revokeFloor` is about. */
function targetOf(x: Exchange, ev: OfEvent, to: Address): string | undefined {
  return to.assistant ? assistantUri(x.floor.homeId, to.assistant) : (to.external ?? ev.to?.speakerUri);
}

/**
 * Handles one event of the envelope, adding the answering events to `x.out`. `discovering`: the
 * envelope asks for manifests, so its utterances describe a task rather than make a request.
 */
export async function onEvent(x: Exchange, ev: OfEvent, discovering: boolean): Promise<void> {
  const { floor: s, conv, sender } = x;
  const to = addressOf(x, ev);
  switch (ev.eventType) {
    case 'utterance':
      return onUtterance(x, ev, to, discovering);
    case 'invite':
      return onInvite(x, ev, to);
    case 'uninvite': {
      const target = targetOf(x, ev, to);
      if (!target) return;
      if (to.external) await forward(x, to.external, [ev], true);
      leave(s, conv, target);
      return;
    }
    case 'acceptInvite':
      return;
    case 'declineInvite':
    case 'bye':
      leave(s, conv, sender);
      return;
    case 'getManifests':
      if (to.assistant || to.floor) x.out.push(publishManifests(x, ev, to.assistant));
      return;
    case 'publishManifests':
      return;
    case 'requestFloor':
      // No convener: the floor manager grants the floor.
      conv.floor.add(sender);
      x.out.push({ eventType: 'grantFloor', to: { speakerUri: sender } });
      return;
    case 'grantFloor':
      if (to.assistant) {
        activate(s, conv, to.assistant, x.serviceUrl);
        return;
      }
      if (to.external) {
        conv.floor.add(to.external);
        conv.active = { kind: 'external', uri: to.external };
        return forward(x, to.external, [ev]);
      }
      if (ev.to?.speakerUri) conv.floor.add(ev.to.speakerUri);
      return;
    case 'revokeFloor': {
      const target = targetOf(x, ev, to);
      if (!target) return;
      conv.floor.delete(target);
      if (to.external) await forward(x, to.external, [ev], true);
      handBack(s, conv, target);
      return;
    }
    case 'yieldFloor':
      yieldFloor(s, conv, sender);
      return;
  }
}

/**
 * An utterance to a home assistant is its turn; to an external agent, it is passed on. One to no
 * one in particular goes to the assistant whose wake word starts it, else to whoever holds the
 * conversation.
 */
async function onUtterance(x: Exchange, ev: OfEvent, to: Address, discovering: boolean): Promise<void> {
  const { floor: s, conv, sender } = x;
  const text = utteranceText(ev);
  const de = ev.parameters?.dialogEvent as DialogEvent | undefined;
  const priv = ev.to?.private === true;
  // A home assistant's turn keeps the utterance in the history itself (unless it was a PIN).
  const toAssistant = (id: string) => turn(x, id, sender, text as string, priv, de);
  const heard = () => {
    if (de) remember(conv, de, s.ctx.clock);
  };
  if (text === null) return heard();
  if (to.assistant) return toAssistant(to.assistant);
  if (to.external) {
    heard();
    return forward(x, to.external, [ev]);
  }
  if (!to.floor) return heard(); // for someone else: not ours to answer
  if (discovering) return heard(); // the task description of a getManifests, not a request
  const wake = s.wake.match(text);
  if (wake) return toAssistant(wake.assistant.id);
  if (conv.active?.kind === 'assistant') return toAssistant(conv.active.id);
  heard();
  if (conv.active?.kind === 'external') return forward(x, conv.active.uri, [ev]);
}
