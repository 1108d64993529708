/**
 * Invited external Open Floor agents: events are sent to them over HTTP in an envelope of the
 * floor, and what they answer is relayed. An agent that does not answer with a valid envelope is
 * uninvited; a request it hands to a home assistant becomes that assistant's turn.
 */
import { leave, remember, renameExternal, yieldFloor } from './conversation.js';
import { envelope, normalized } from './envelope.js';
import { assistantOfUri } from './manifest.js';
import type { Exchange, FloorScope } from './scope.js';
import { turn } from './turn.js';
import { type DialogEvent, type Envelope, type OfEvent, utteranceText } from './types.js';
import { schemaError, structureError } from './validate.js';

/** Sends events to an external agent and relays what it answers (unless `quiet`). */
export async function forward(x: Exchange, uri: string, events: OfEvent[], quiet = false): Promise<void> {
  const { floor: s, conv } = x;
  const ext = conv.externals.get(uri);
  if (!ext) return;
  const env = envelope(
    s,
    conv,
    x.serviceUrl,
    events.map((e) => normalized(e, s.ctx.clock)),
  );
  const { answer, reason } = await post(s, ext.identification.serviceUrl, env);
  if (quiet) {
    // Nothing is relayed from a notice (an uninvite, a revoked grant), but an agent that did not
    // take it is worth a line in the log.
    if (!answer)
      s.ctx.log.warn('open floor: an external agent did not acknowledge a notice', {
        home: s.homeId,
        agent: uri,
        events: events.map((e) => e.eventType),
        reason,
      });
    return;
  }
  if (!answer) {
    leave(s, conv, uri);
    x.out.push({
      eventType: 'uninvite',
      to: { speakerUri: uri },
      reason: `${reason} the external agent did not answer with a valid envelope`,
    });
    return;
  }
  const from = answer.openFloor.sender.speakerUri;
  // The agent may pick its own speakerUri when it accepts (spec 1.12).
  if (from !== uri && events[0]?.eventType === 'invite') {
    renameExternal(conv, uri, { ...ext.identification, speakerUri: from, conversationalName: from });
    uri = from;
  }
  for (const ev of answer.openFloor.events) {
    if (ev.eventType === 'utterance') {
      const de = ev.parameters?.dialogEvent as DialogEvent | undefined;
      if (de) remember(conv, de, s.ctx.clock);
      const target = assistantOfUri(s.homeId, ev.to?.speakerUri, s.assistantIds);
      if (target) {
        // The external agent hands a request to a home assistant (its turn is answered here and
        // never forwarded again, so a relay cannot loop).
        // It speaks as that assistant only as far as whoever brought the agent in may.
        const text = utteranceText(ev);
        const agent = { kind: 'agent', home: s.homeId, id: uri, via: x.principal } as const;
        if (text) await turn(x, target, uri, text, ev.to?.private === true, undefined, agent);
        continue;
      }
      x.out.push(normalized(ev, s.ctx.clock));
    } else if (ev.eventType === 'yieldFloor') {
      yieldFloor(s, conv, uri);
      x.out.push(normalized(ev, s.ctx.clock));
    } else if (ev.eventType === 'bye' || ev.eventType === 'declineInvite') {
      leave(s, conv, uri);
      x.out.push(normalized(ev, s.ctx.clock));
    } else if (ev.eventType === 'acceptInvite' || ev.eventType === 'publishManifests') {
      x.out.push(normalized(ev, s.ctx.clock));
    }
  }
}

/** POSTs an envelope; the answer when it is a valid envelope, else why not (`@timedOut`, `@error`). */
async function post(
  s: FloorScope,
  serviceUrl: string,
  env: Envelope,
): Promise<{ answer: Envelope | null; reason: string }> {
  let answer: Envelope | null = null;
  let reason = '@error';
  try {
    const res = await s.fetch(serviceUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(env),
      signal: AbortSignal.timeout(s.timeoutMs),
      redirect: 'error',
    });
    if (res.ok) {
      const body: unknown = await res.json();
      if (schemaError('envelope', body) === null && structureError(body) === null) answer = body as Envelope;
    }
  } catch (err) {
    if ((err as Error)?.name === 'TimeoutError') reason = '@timedOut';
  }
  return { answer, reason };
}
