/**
 * A turn of a home assistant: the text goes through the conversation pipeline (virtual satellite
 * `openfloor`) as that assistant, carried by the envelope's principal (or by an external agent the
 * principal brought in), and the assistant answers with an utterance that carries the turn's
 * outcome. The gate decides whether the carrier may speak as that assistant at all; a refusal is
 * the floor's utterance with the code `not-allowed`, as the REST conversation route answers 403.
 */
import type { Principal } from '../../gate/types.js';
import { isHubError } from '../../model/errors.js';
import { activate, remember } from './conversation.js';
import { utterance } from './envelope.js';
import type { Exchange } from './scope.js';
import type { DialogEvent } from './types.js';

/**
 * A turn of a home assistant, answered with its utterance to `sender`. `heard`: the incoming
 * dialog event, kept in the conversation's history unless the turn answered a PIN question.
 * `by`: who carries the turn (default the envelope's principal).
 */
export async function turn(
  x: Exchange,
  assistant: string,
  sender: string,
  text: string,
  priv: boolean,
  heard?: DialogEvent,
  by: Principal = x.principal,
): Promise<void> {
  const { floor: s, conv } = x;
  let r: Awaited<ReturnType<typeof s.home.conversation.turn>>;
  try {
    r = await s.home.conversation.turn(
      { text, satellite: 'openfloor', assistant, conversationId: conv.id },
      by,
      { channel: 'openfloor', ownIds: true },
    );
  } catch (err) {
    if (!isHubError(err) || err.status >= 500) throw err;
    if (heard) remember(conv, heard, s.ctx.clock);
    x.out.push(
      utterance(
        s,
        null,
        sender,
        '죄송해요, 그 어시스턴트로는 말할 수 없어요.',
        priv,
        `@error ${err.message}`,
        {
          understood: false,
          actions: [],
          needsInput: null,
          code: err.code,
        },
      ),
    );
    return;
  }
  activate(s, conv, assistant, x.serviceUrl);
  // A spoken PIN is never kept in the dialog history (which is passed on to invited agents).
  if (heard && !r.secret) remember(conv, heard, s.ctx.clock);
  const reply = r.response.text || (r.understood ? '네.' : '죄송해요, 잘 못 알아들었어요.');
  const ev = utterance(s, assistant, sender, reply, priv, undefined, {
    conversationId: r.conversationId,
    understood: r.understood,
    actions: r.actions.map((a) => ({
      deviceId: a.deviceId,
      endpoint: a.endpoint,
      cluster: a.cluster,
      command: a.command,
      status: a.status,
      ...(a.error ? { code: a.error.code } : {}),
    })),
    needsInput: r.needsInput ? { kind: r.needsInput.kind } : null,
  });
  remember(conv, ev.parameters?.dialogEvent as DialogEvent, s.ctx.clock);
  x.out.push(ev);
}
