/** The PIN follow-up: the turn that answers "비밀번호를 말씀해 주세요". */
import { type AssistantPrincipal, principalKey } from '../../gate/types.js';
import type { ActionOutcome } from '../../nlu/types.js';
import { authorizeActions, decisionOf } from './authorization.js';
import { execute, inOrder } from './execution.js';
import { MESSAGES, PIN_TEXT } from './messages.js';
import type { TurnParts } from './parts.js';
import type { Conversation, PendingPin, TurnRequest, TurnResult } from './types.js';

/**
 * The next turn after "비밀번호를 말씀해 주세요": the gate decides the pending actions again, now
 * with the spoken digits (verified once, counted against the household only when wrong).
 */
export async function pinAnswer(
  p: TurnParts,
  req: TurnRequest,
  speaker: AssistantPrincipal,
  conv: Conversation,
  pending: PendingPin,
  digits: string,
): Promise<TurnResult> {
  const assistant = speaker.id;
  const principal = principalKey(speaker);
  const { allowed, refusals } = await authorizeActions(p.gate, speaker, pending.actions, digits);
  const base = {
    conversationId: conv.id,
    assistant,
    understood: true,
    intents: pending.understanding.intents,
  };
  const wrong = refusals.some((r) => r.code === 'pin-invalid');
  conv.pending = wrong ? pending : null;
  const executed: ActionOutcome[] = [];
  for (const action of allowed) executed.push(await execute(p.home, action, assistant));
  const parts: string[] = [];
  if (executed.length > 0) parts.push(p.replies.replyFor({ u: pending.understanding }, executed));
  parts.push(...p.replies.refusalTexts(assistant, refusals));
  const outcomes = inOrder(pending.actions, executed, refusals);
  const r: TurnResult = {
    ...base,
    actions: outcomes.map((o) => ({
      ...o.action,
      status: o.status,
      ...(o.error ? { error: o.error } : {}),
    })),
    response: { text: parts.join(' ') },
    needsInput: wrong ? { kind: 'pin', prompt: MESSAGES.pinWrong } : null,
  };
  const audited = p.recorder.auditActions(req, principal, assistant, conv.id, executed, refusals);
  const check = refusals.find((x) => x.code === 'pin-invalid' || x.code === 'too-many-requests');
  return p.recorder.finish(
    req,
    principal,
    assistant,
    PIN_TEXT,
    r,
    decisionOf(executed, refusals),
    { pin: check ? (check.code === 'pin-invalid' ? 'wrong' : 'blocked') : 'ok' },
    { secret: true, audited },
  );
}
