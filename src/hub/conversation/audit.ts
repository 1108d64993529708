/**
 * Recording of turns: one audit record per action and one per turn, then the `turnHandled` event.
 * A PIN turn is recorded as "(비밀번호)", never as the digits spoken.
 */
import { randomUUID } from 'node:crypto';
import type { ActionOutcome, PlannedAction } from '../../nlu/types.js';
import type { HubContext } from '../context.js';
import { MESSAGES, PIN_TEXT } from './messages.js';
import type { Decision, Refusal, TurnRequest, TurnResult } from './types.js';

export class TurnRecorder {
  readonly #homeId: string;
  readonly #ctx: HubContext;

  constructor(homeId: string, ctx: HubContext) {
    this.#homeId = homeId;
    this.#ctx = ctx;
  }

  async ignored(req: TurnRequest, principal: string, reason: string): Promise<TurnResult> {
    const r: TurnResult = {
      conversationId: req.conversationId ?? randomUUID(),
      assistant: null,
      understood: false,
      actions: [],
      response: { text: MESSAGES.noWakeWord },
      needsInput: null,
    };
    return this.finish(req, principal, null, req.text, r, 'not-understood', { ignored: reason });
  }

  /**
   * Queues one audit record per action, in order, and resolves once they are written. Not awaited
   * before the turn's own record is queued (see finish), so all of a turn's records share a batch.
   */
  auditActions(
    req: TurnRequest,
    principal: string,
    assistant: string,
    conversationId: string,
    executed: ActionOutcome[],
    refusals: Refusal[],
  ): Promise<void> {
    const { store, clock } = this.#ctx;
    const at = clock.now();
    const rec = (a: PlannedAction, decision: Decision, outcome: Record<string, unknown>) =>
      store.appendAudit(this.#homeId, {
        at,
        kind: 'command',
        assistant,
        satellite: req.satellite,
        conversationId,
        principal,
        decision,
        outcome: {
          deviceId: a.deviceId,
          endpoint: a.endpoint,
          cluster: a.cluster,
          command: a.command,
          ...outcome,
        },
      });
    const writes = [
      ...refusals.map((r) => rec(r.action, r.decision, { status: 'refused', code: r.code })),
      ...executed.map((o) =>
        rec(o.action, 'allowed', { status: o.status, ...(o.error ? { code: o.error.code } : {}) }),
      ),
    ];
    return Promise.all(writes).then(() => {});
  }

  async finish(
    req: TurnRequest,
    principal: string,
    assistant: string | null,
    text: string,
    r: TurnResult,
    decision: Decision,
    detail: Record<string, unknown>,
    opts: { secret?: boolean; audited?: Promise<void> | undefined } = {},
  ): Promise<TurnResult> {
    const { store, bus, clock } = this.#ctx;
    const secret = opts.secret ?? false;
    const turn = store.appendAudit(this.#homeId, {
      at: clock.now(),
      kind: 'turn',
      assistant,
      satellite: req.satellite,
      conversationId: r.conversationId,
      principal,
      text: secret ? PIN_TEXT : req.text,
      decision,
      outcome: {
        ...detail,
        understood: r.understood,
        reply: r.response.text,
        actions: r.actions.map((a) => ({
          deviceId: a.deviceId,
          command: a.command,
          status: a.status,
          code: a.error?.code,
        })),
      },
    });
    // The actions' records were queued before this one (same batch, same order); wait for all.
    await (opts.audited ? Promise.all([opts.audited, turn]) : turn);
    bus.emit('turnHandled', {
      home: this.#homeId,
      conversationId: r.conversationId,
      satellite: req.satellite,
      assistant,
      text: secret ? PIN_TEXT : text,
      understood: r.understood,
      reply: r.response.text,
      actions: r.actions.map((a) => ({
        deviceId: a.deviceId,
        command: a.command,
        status: a.status,
        ...(a.error ? { errorCode: a.error.code } : {}),
      })),
      ...(r.intents ? { intents: r.intents } : {}),
      decision,
    });
    return secret ? { ...r, secret: true } : r;
  }
}
