/**
 * Legacy OVON 0.9.x envelopes (`{"ovon": …}`): `sender.from`, `to` as a string, `whisper` for a
 * private utterance, `requestManifest`/`findAssistant` to ask for manifests, `speakerId` in dialog
 * events. They are turned into 1.1 envelopes on the way in, and the answer back into 0.9.3 on the
 * way out (events 0.9.x has no word for, such as floor events, are left out).
 */
import { type Envelope, type EventType, OFP_VERSION, type OfEvent } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isLegacy = (body: unknown): boolean =>
  isObject(body) && 'ovon' in body && !('openFloor' in body);

const LEGACY_VERSION = '0.9.3';

/** A 1.1 envelope from a valid 0.9.x one. */
export function fromLegacy(body: Record<string, unknown>): Envelope {
  const o = body.ovon as Record<string, unknown>;
  const conv = (isObject(o.conversation) ? o.conversation : {}) as Record<string, unknown>;
  const sender = (isObject(o.sender) ? o.sender : {}) as Record<string, unknown>;
  const events: OfEvent[] = [];
  for (const raw of Array.isArray(o.events) ? o.events : []) {
    if (!isObject(raw) || typeof raw.eventType !== 'string') continue;
    const toStr = typeof raw.to === 'string' ? raw.to : undefined;
    const params = isObject(raw.parameters) ? raw.parameters : undefined;
    const to = toStr ? { speakerUri: toStr, ...(raw.private === true ? { private: true } : {}) } : undefined;
    switch (raw.eventType) {
      case 'utterance':
      case 'whisper': {
        const de = isObject(params?.dialogEvent)
          ? { ...(params?.dialogEvent as Record<string, unknown>) }
          : {};
        if (typeof de.speakerUri !== 'string')
          de.speakerUri = String(de.speakerId ?? de.speakerID ?? sender.from ?? '');
        const priv = raw.eventType === 'whisper' || raw.private === true;
        events.push({
          eventType: 'utterance',
          ...(to || priv
            ? {
                to: {
                  ...(to ?? { speakerUri: String(sender.to ?? '') }),
                  ...(priv ? { private: true } : {}),
                },
              }
            : {}),
          parameters: { dialogEvent: de },
        });
        break;
      }
      case 'invite': {
        const pto = params?.to;
        const url = toStr ?? (isObject(pto) ? String(pto.url ?? '') : '');
        events.push({ eventType: 'invite', ...(url ? { to: { serviceUrl: url } } : {}) });
        break;
      }
      case 'bye':
        events.push({ eventType: 'bye' });
        break;
      case 'requestManifest':
      case 'findAssistant':
        events.push({ eventType: 'getManifests', ...(to ? { to } : {}) });
        break;
      default:
        break; // publishManifest / proposeAssistant: nothing for the floor to do
    }
  }
  // An utterance without a usable `to` goes to the floor.
  for (const ev of events) if (ev.to && !ev.to.speakerUri && !ev.to.serviceUrl) delete ev.to;
  return {
    openFloor: {
      schema: { version: OFP_VERSION },
      conversation: { id: String(conv.id ?? '') },
      sender: { speakerUri: String(sender.from ?? '') },
      events,
    },
  };
}

const LEGACY_EVENT: Partial<Record<EventType, string>> = {
  utterance: 'utterance',
  invite: 'invite',
  bye: 'bye',
  publishManifests: 'proposeAssistant',
};

/** The 0.9.3 form of a 1.1 answer. */
export function toLegacy(env: Envelope): Record<string, unknown> {
  const of = env.openFloor;
  const events: Array<Record<string, unknown>> = [];
  for (const ev of of.events) {
    const type = LEGACY_EVENT[ev.eventType];
    if (!type) continue;
    const to = ev.to?.speakerUri ?? ev.to?.serviceUrl;
    const out: Record<string, unknown> = {
      eventType: type === 'utterance' && ev.to?.private ? 'whisper' : type,
    };
    if (to) out.to = to;
    if (ev.eventType === 'utterance') {
      out.parameters = { dialogEvent: ev.parameters?.dialogEvent };
    } else if (ev.eventType === 'publishManifests') {
      const round = (list: unknown) =>
        (Array.isArray(list) ? list : []).map((m: Record<string, unknown>) => ({
          ...m,
          ...(typeof m.score === 'number' ? { score: Math.round(m.score) } : {}),
        }));
      out.parameters = {
        servicingManifests: round(ev.parameters?.servicingManifests),
        discoveryManifests: round(ev.parameters?.discoveryManifests),
      };
    }
    events.push(out);
  }
  return {
    ovon: {
      schema: { version: LEGACY_VERSION },
      conversation: { id: of.conversation.id },
      sender: { from: of.sender.speakerUri },
      events,
    },
  };
}
