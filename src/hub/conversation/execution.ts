/** Execution of allowed actions on the home's devices, and their outcomes in planned order. */
import { isHubError } from '../../model/errors.js';
import type { ActionOutcome, PlannedAction } from '../../nlu/types.js';
import type { HomeRuntime } from '../home-runtime.js';
import type { Refusal } from './types.js';

export async function execute(
  home: HomeRuntime,
  action: PlannedAction,
  assistant: string,
): Promise<ActionOutcome> {
  try {
    await home.command(
      action.deviceId,
      { endpoint: action.endpoint, cluster: action.cluster, command: action.command, args: action.args },
      `assistant:${assistant}`,
    );
    return { action, status: 'success' };
  } catch (err) {
    const code = isHubError(err) ? err.code : 'internal';
    return {
      action,
      status: 'error',
      error: { code, message: err instanceof Error ? err.message : String(err) },
    };
  }
}

/** Outcomes in the order the actions were planned. */
export function inOrder(
  actions: PlannedAction[],
  executed: ActionOutcome[],
  refusals: Refusal[],
): ActionOutcome[] {
  return actions.map((a) => {
    const e = executed.find((o) => o.action === a);
    if (e) return e;
    const r = refusals.find((x) => x.action === a);
    return { action: a, status: 'error', error: { code: r?.code ?? 'not-allowed' } };
  });
}
