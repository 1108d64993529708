/** The Korean reply of a turn: the engine's or the plan's phrasing, refusals, and the PIN question. */

import type { AssistantEntry } from '../../home/types.js';
import { eul, eun } from '../../nlu/ko/particles.js';
import type { ActionOutcome, PlannedAction, Understander } from '../../nlu/types.js';
import type { HomeRuntime } from '../home-runtime.js';
import { canVerb, MESSAGES, toVerb } from './messages.js';
import type { Plan, Refusal } from './types.js';

export class Replies {
  readonly #home: HomeRuntime;
  readonly #understander: Understander;
  readonly #assistants: Map<string, AssistantEntry>;

  constructor(home: HomeRuntime, understander: Understander, assistants: Map<string, AssistantEntry>) {
    this.#home = home;
    this.#understander = understander;
    this.#assistants = assistants;
  }

  replyFor(plan: Plan, executed: ActionOutcome[]): string {
    if (plan.reply) return plan.reply(executed);
    const u = { ...plan.u, actions: executed.map((o) => o.action) };
    return this.#understander.reply(u, executed, this.#home.view());
  }

  #deviceName(id: string): string {
    return this.#home.device(id)?.name ?? id;
  }

  refusalTexts(assistant: string, refusals: Refusal[]): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const who = this.#assistants.get(assistant)?.name ?? assistant;
    for (const r of refusals) {
      const name = this.#deviceName(r.action.deviceId);
      const key = `${r.code}\u0000${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (r.code === 'pin-not-set') out.push(MESSAGES.pinNotSet);
      else if (r.code === 'not-allowed' || r.code === 'unknown-device')
        out.push(`${who}에게는 ${eul(name)} 제어할 권한이 없어요.`);
      else if (r.code === 'forbidden')
        out.push(`안전을 위해 ${eun(name)} 허브를 통해서는 ${canVerb(r.action.command)} 수 없어요.`);
      else if (r.code === 'too-many-requests') out.push(MESSAGES.pinBlocked);
      else if (r.code === 'pin-invalid') out.push(MESSAGES.pinWrong);
    }
    return [...new Set(out)];
  }

  pinPrompt(actions: PlannedAction[]): string {
    const names = [...new Set(actions.map((a) => this.#deviceName(a.deviceId)))];
    const first = actions[0];
    if (names.length === 1 && first) {
      return `${eul(names[0] as string)} ${toVerb(first.command)} 비밀번호가 필요해요. 비밀번호를 말씀해 주세요.`;
    }
    return MESSAGES.pinPrompt;
  }
}
