/**
 * Stages 3–6 of a turn once its assistant and conversation are known: understanding (with the PIN
 * answer and the satellite's media handled here), authorization, execution and the Korean reply.
 */

import type { AssistantPrincipal } from '../../gate/types.js';
import { principalKey } from '../../gate/types.js';
import type { SatelliteEntry } from '../../home/types.js';
import { parsePinDigits } from '../../nlu/ko/pin-digits.js';
import type { ActionOutcome } from '../../nlu/types.js';
import { authorizeActions, decisionOf } from './authorization.js';
import { execute, inOrder } from './execution.js';
import { MESSAGES } from './messages.js';
import type { TurnParts } from './parts.js';
import { pinAnswer } from './pin-answer.js';
import type { Conversation, Plan, TurnRequest, TurnResult } from './types.js';

export async function handle(
  p: TurnParts,
  req: TurnRequest,
  speaker: AssistantPrincipal,
  sat: SatelliteEntry,
  conv: Conversation,
  text: string,
): Promise<TurnResult> {
  const assistant = speaker.id;
  const principal = principalKey(speaker);
  // The answer to a PIN question.
  if (conv.pending?.kind === 'pin') {
    const digits = parsePinDigits(text);
    if (digits !== null) return pinAnswer(p, req, speaker, conv, conv.pending, digits);
    conv.pending = null; // anything else drops the PIN question and is a request of its own
  }
  // Routines by voice (create after a confirmation, switch off, list, phrases): src/routines/voice.ts.
  const byRoutines = await p.routines?.turn(p, req, speaker, sat, conv, text);
  if (byRoutines) return byRoutines;

  // Stage 3: understanding (the satellite's own media here, the rest by the engine).
  const now = p.ctx.clock.now();
  const view = p.home.view();
  let plan: Plan | null = sat.player ? p.media.plan(sat, assistant, text) : null;
  if (!plan) {
    const pending = conv.pending?.kind === 'choice' ? conv.pending.state : null;
    conv.pending = null;
    const u = p.understander.understand(text, view, {
      satelliteArea: sat.area,
      satellitePlayer: sat.player ? sat.id : null,
      pending,
      now,
      timezone: p.home.file.home.timezone,
      ...(p.home.careFindings ? { findings: p.home.careFindings() } : {}),
    });
    plan = { u };
  }
  const { u } = plan;
  const base = { conversationId: conv.id, assistant, intents: u.intents };
  if (!u.understood) {
    const r: TurnResult = {
      ...base,
      understood: false,
      actions: [],
      response: { text: u.answer ?? MESSAGES.notUnderstood },
      needsInput: null,
    };
    return p.recorder.finish(req, principal, assistant, text, r, 'not-understood', { understood: false });
  }
  if (u.ask) {
    conv.pending = { kind: 'choice', state: u.ask.pending };
    const r: TurnResult = {
      ...base,
      understood: true,
      actions: [],
      response: { text: u.ask.text },
      needsInput: { kind: 'choice', prompt: u.ask.text, options: u.ask.options },
    };
    return p.recorder.finish(req, principal, assistant, text, r, 'allowed', { asked: 'choice' });
  }

  // Stage 4: authorization by the gate, as this turn's assistant, before any vendor is called.
  const { allowed, refusals } = await authorizeActions(p.gate, speaker, u.actions);

  // Stage 5: execution of what is allowed.
  const executed: ActionOutcome[] = [];
  for (const action of allowed) executed.push(await execute(p.home, action, assistant));
  plan.done?.(executed);

  // Stage 6: the Korean reply.
  const pinActions = refusals.filter((r) => r.decision === 'pin-required').map((r) => r.action);
  const parts: string[] = [];
  if (executed.length > 0) parts.push(p.replies.replyFor(plan, executed));
  parts.push(...p.replies.refusalTexts(assistant, refusals));
  let needsInput: TurnResult['needsInput'] = null;
  if (pinActions.length > 0) {
    conv.pending = { kind: 'pin', actions: pinActions, understanding: u };
    const prompt = p.replies.pinPrompt(pinActions);
    parts.push(prompt);
    needsInput = { kind: 'pin', prompt };
  }
  if (u.actions.length === 0 && u.answer) parts.push(u.answer);
  const outcomes = inOrder(u.actions, executed, refusals);
  const r: TurnResult = {
    ...base,
    understood: true,
    actions: outcomes.map((o) => ({
      ...o.action,
      status: o.status,
      ...(o.error ? { error: o.error } : {}),
    })),
    response: { text: parts.filter((p) => p.length > 0).join(' ') },
    needsInput,
  };
  const audited = p.recorder.auditActions(req, principal, assistant, conv.id, executed, refusals);
  return p.recorder.finish(
    req,
    principal,
    assistant,
    text,
    r,
    decisionOf(executed, refusals),
    { understood: true },
    { audited },
  );
}
