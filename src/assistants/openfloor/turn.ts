/**
 * A turn of a home assistant: the text goes through the conversation pipeline (virtual satellite
 * `openfloor`) and the assistant answers with an utterance that carries the turn's outcome.
 */
import { activate, remember } from './conversation.js';
import { utterance } from './envelope.js';
import type { Exchange } from './scope.js';
import type { DialogEvent } from './types.js';

/** A turn of a home assistant, answered with its utterance to `sender`. */
export async function turn(
  x: Exchange,
  assistant: string,
  sender: string,
  text: string,
  priv: boolean,
): Promise<void> {
  const { floor: s, conv } = x;
  activate(s, conv, assistant, x.serviceUrl);
  const r = await s.home.conversation.turn(
    { text, satellite: 'openfloor', assistant, conversationId: conv.id },
    x.principal,
    { channel: 'openfloor' },
  );
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
