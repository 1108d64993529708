/** Authorization of planned actions: the assistant's grants, then the home's security rules. */
import { type Grants, privilegeFor } from '../../assistants/grants.js';
import type { SecurityRules } from '../../assistants/security.js';
import type { ActionOutcome, PlannedAction } from '../../nlu/types.js';
import type { HomeRuntime } from '../home-runtime.js';
import type { Decision, Refusal } from './types.js';

const DECISION_RANK: Record<Decision, number> = {
  'not-understood': 0,
  allowed: 1,
  'pin-required': 2,
  denied: 3,
  forbidden: 4,
};

export class Authorizer {
  readonly #home: HomeRuntime;
  readonly #grants: Grants;
  readonly #security: SecurityRules;

  constructor(home: HomeRuntime, grants: Grants, security: SecurityRules) {
    this.#home = home;
    this.#grants = grants;
    this.#security = security;
  }

  requirement(action: PlannedAction): 'none' | 'pin' | 'forbidden' {
    const dev = this.#home.device(action.deviceId);
    return this.#security.requirement(dev?.deviceType ?? 'Unknown', action.command);
  }

  /** A grant refusal, or a forbidden action; PIN-protected actions pass only with `pinGiven`. */
  authorize(assistant: string, action: PlannedAction, pinGiven: boolean): Refusal | null {
    const dev = this.#home.device(action.deviceId);
    const deviceType = dev?.deviceType ?? 'Unknown';
    const grant = this.#grants.decide(
      assistant,
      { id: action.deviceId, deviceType, area: dev?.area ?? null },
      privilegeFor(action.cluster, action.command),
    );
    if (!grant.allowed) return { action, decision: 'denied', code: 'not-allowed' };
    const need = this.#security.requirement(deviceType, action.command);
    if (need === 'forbidden') return { action, decision: 'forbidden', code: 'forbidden' };
    if (need === 'pin' && !pinGiven) return { action, decision: 'pin-required', code: 'pin-required' };
    return null;
  }
}

export function decisionOf(executed: ActionOutcome[], refusals: Refusal[]): Decision {
  let d: Decision = executed.length > 0 || refusals.length === 0 ? 'allowed' : 'not-understood';
  for (const r of refusals) if (DECISION_RANK[r.decision] > DECISION_RANK[d]) d = r.decision;
  return d;
}
