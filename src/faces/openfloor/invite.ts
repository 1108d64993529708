/**
 * `invite`: a home assistant joins (`acceptInvite` and a greeting); an external agent
 * (`to.serviceUrl`) listed in the home file's `openFloor.agents` is added to the conversation, takes
 * it over, and is passed the invite over HTTP with the dialog history (never a spoken PIN); an
 * unlisted one is declined; an invite of the floor itself is accepted.
 */
import { activate, addExternal, HISTORY } from './conversation.js';
import { utterance } from './envelope.js';
import type { Address } from './events.js';
import { forward } from './external.js';
import type { Exchange } from './scope.js';
import type { Identification, OfEvent } from './types.js';

export async function onInvite(x: Exchange, ev: OfEvent, to: Address): Promise<void> {
  const { floor: s, conv, sender } = x;
  if (to.assistant) {
    activate(s, conv, to.assistant, x.serviceUrl);
    const a = s.assistant(to.assistant);
    x.out.push({ eventType: 'acceptInvite', to: { speakerUri: sender } });
    x.out.push(
      utterance(
        s,
        to.assistant,
        sender,
        `안녕하세요, ${a?.name ?? to.assistant}예요. 무엇을 도와드릴까요?`,
        false,
      ),
    );
    return;
  }
  const url = ev.to?.serviceUrl;
  if (!ev.to || to.floor || !url) {
    x.out.push({ eventType: 'acceptInvite', to: { speakerUri: sender } });
    return;
  }
  // The hub talks only to the external agents the home file lists (never to any URL a caller
  // names: that would make the hub a proxy into its own network), and only for a principal the
  // gate lets invite.
  const d = s.home.gate.decide(x.principal, { kind: 'invite', url });
  if (d.effect !== 'allow') {
    x.out.push({
      eventType: 'declineInvite',
      to: { speakerUri: sender },
      reason: `@error ${d.reason}`,
    });
    return;
  }
  const uri = ev.to.speakerUri ?? url;
  const idn: Identification = {
    speakerUri: uri,
    serviceUrl: url,
    organization: safeHost(url),
    conversationalName: uri,
    synopsis: 'An external Open Floor agent invited to this conversation',
  };
  addExternal(conv, idn);
  if (conv.active?.kind === 'assistant') conv.lastAssistant = conv.active.id;
  conv.active = { kind: 'external', uri };
  const invite: OfEvent = {
    eventType: 'invite',
    to: { speakerUri: uri, serviceUrl: url },
    ...(conv.history.length > 0 ? { parameters: { dialogHistory: conv.history.slice(-HISTORY) } } : {}),
  };
  return forward(x, uri, [invite]);
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'unknown';
  }
}
