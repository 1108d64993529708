/** The PIN follow-up: the turn that answers "비밀번호를 말씀해 주세요". */
import type { ActionOutcome } from '../../nlu/types.js';
import { decisionOf } from './authorization.js';
import { execute, inOrder } from './execution.js';
import { MESSAGES, PIN_TEXT } from './messages.js';
import type { TurnParts } from './parts.js';
import type { Conversation, PendingPin, Refusal, TurnRequest, TurnResult } from './types.js';

/** The next turn after "비밀번호를 말씀해 주세요": the digits are checked against the stored hash. */
export async function pinAnswer(
  p: TurnParts,
  req: TurnRequest,
  principal: string,
  assistant: string,
  conv: Conversation,
  pending: PendingPin,
  digits: string,
): Promise<TurnResult> {
  const check = await p.pin.check(digits);
  const base = {
    conversationId: conv.id,
    assistant,
    understood: true,
    intents: pending.understanding.intents,
  };
  if (check !== 'ok') {
    const code = check === 'blocked' ? 'too-many-requests' : 'not-allowed';
    const refusals: Refusal[] = pending.actions.map((action) => ({ action, decision: 'denied', code }));
    const again = check === 'wrong';
    conv.pending = again ? pending : null;
    const text =
      check === 'blocked' ? MESSAGES.pinBlocked : check === 'no-pin' ? MESSAGES.pinNotSet : MESSAGES.pinWrong;
    const r: TurnResult = {
      ...base,
      actions: refusals.map((x) => ({ ...x.action, status: 'error', error: { code: x.code } })),
      response: { text },
      needsInput: again ? { kind: 'pin', prompt: MESSAGES.pinWrong } : null,
    };
    const audited = p.recorder.auditActions(req, principal, assistant, conv.id, [], refusals);
    return p.recorder.finish(
      req,
      principal,
      assistant,
      PIN_TEXT,
      r,
      'denied',
      { pin: check },
      { secret: true, audited },
    );
  }
  conv.pending = null;
  const refusals: Refusal[] = [];
  const executed: ActionOutcome[] = [];
  for (const action of pending.actions) {
    const refusal = p.auth.authorize(assistant, action, true);
    if (refusal) refusals.push(refusal);
    else executed.push(await execute(p.home, action, assistant));
  }
  const parts: string[] = [];
  if (executed.length > 0) parts.push(p.replies.replyFor({ u: pending.understanding }, executed));
  parts.push(...p.replies.refusalTexts(assistant, refusals, false, true));
  const outcomes = inOrder(pending.actions, executed, refusals);
  const r: TurnResult = {
    ...base,
    actions: outcomes.map((o) => ({
      ...o.action,
      status: o.status,
      ...(o.error ? { error: o.error } : {}),
    })),
    response: { text: parts.join(' ') },
    needsInput: null,
  };
  const audited = p.recorder.auditActions(req, principal, assistant, conv.id, executed, refusals);
  return p.recorder.finish(
    req,
    principal,
    assistant,
    PIN_TEXT,
    r,
    decisionOf(executed, refusals),
    { pin: 'ok' },
    { secret: true, audited },
  );
}
