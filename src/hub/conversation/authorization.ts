/** Authorization of a turn's planned actions: the gate decides, as the turn's assistant. */
import type { HomeGate } from '../../gate/gate.js';
import type { AssistantPrincipal, Decision as GateDecision } from '../../gate/types.js';
import type { ActionOutcome, PlannedAction } from '../../nlu/types.js';
import type { Decision, Refusal } from './types.js';

const DECISION_RANK: Record<Decision, number> = {
  'not-understood': 0,
  allowed: 1,
  'pin-required': 2,
  denied: 3,
  forbidden: 4,
};

const commandOf = (a: PlannedAction) =>
  ({ kind: 'command', device: a.deviceId, cluster: a.cluster, command: a.command }) as const;

/** The gate's decisions on `actions` (with the PIN when the turn answered a PIN question). */
export async function authorizeActions(
  gate: HomeGate,
  speaker: AssistantPrincipal,
  actions: PlannedAction[],
  pin?: string,
): Promise<{ allowed: PlannedAction[]; refusals: Refusal[] }> {
  const decisions = await gate.authorize(speaker, actions.map(commandOf), pin);
  const allowed: PlannedAction[] = [];
  const refusals: Refusal[] = [];
  actions.forEach((action, i) => {
    const d = decisions[i] as GateDecision;
    if (d.effect === 'allow') allowed.push(action);
    else refusals.push(refusalOf(action, d));
  });
  return { allowed, refusals };
}

function refusalOf(action: PlannedAction, d: Exclude<GateDecision, { effect: 'allow' }>): Refusal {
  if (d.effect === 'challenge') return { action, decision: 'pin-required', code: 'pin-required' };
  return { action, decision: d.code === 'forbidden' ? 'forbidden' : 'denied', code: d.code };
}

export function decisionOf(executed: ActionOutcome[], refusals: Refusal[]): Decision {
  let d: Decision = executed.length > 0 || refusals.length === 0 ? 'allowed' : 'not-understood';
  for (const r of refusals) if (DECISION_RANK[r.decision] > DECISION_RANK[d]) d = r.decision;
  return d;
}
