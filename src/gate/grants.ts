/**
 * Grants: the home file's ordered rules with Matter privileges. For an assistant and a device the
 * first rule that matches decides; no rule, no access.
 */
import type { GrantRule } from '../home/types.js';
import { PRIVILEGE_LEVEL, type Privilege } from '../model/types.js';

export interface GrantTarget {
  id: string;
  deviceType: string;
  area: string | null;
}

export interface GrantDecision {
  allowed: boolean;
  /** The rule index that decided, or -1 when none matched. */
  rule: number;
  reason: 'granted' | 'denied-by-rule' | 'insufficient-privilege' | 'no-rule';
}

export class Grants {
  readonly #rules: GrantRule[];

  constructor(rules: GrantRule[]) {
    this.#rules = rules;
  }

  decide(assistant: string, device: GrantTarget, needed: Privilege): GrantDecision {
    for (let i = 0; i < this.#rules.length; i++) {
      const r = this.#rules[i] as GrantRule;
      if (r.assistant !== '*' && r.assistant !== assistant) continue;
      if (r.deny) {
        const hit =
          r.deny.deviceTypes.includes(device.deviceType) ||
          r.deny.devices.includes(device.id) ||
          (device.area !== null && r.deny.areas.includes(device.area));
        if (hit) return { allowed: false, rule: i, reason: 'denied-by-rule' };
        continue;
      }
      if (r.privilege) {
        const ok = PRIVILEGE_LEVEL[r.privilege] >= PRIVILEGE_LEVEL[needed];
        return { allowed: ok, rule: i, reason: ok ? 'granted' : 'insufficient-privilege' };
      }
    }
    return { allowed: false, rule: -1, reason: 'no-rule' };
  }

  /** What each assistant may do, for the dashboard's read-only table. */
  describe(): GrantRule[] {
    return structuredClone(this.#rules);
  }
}

/** The privilege a command needs: reading is view; everything else here is operate. */
export const privilegeFor = (cluster: string, command: string): Privilege =>
  command === 'Read' ? 'view' : cluster === 'AccessControl' ? 'administer' : 'operate';
