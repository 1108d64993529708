/** Security rules: actions that need the household PIN, or that no one may take through the hub. */
import type { Security } from '../home/types.js';

export type SecurityRequirement = 'none' | 'pin' | 'forbidden';

export class SecurityRules {
  readonly #security: Security;

  constructor(security: Security) {
    this.#security = security;
  }

  requirement(deviceType: string, command: string): SecurityRequirement {
    let result: SecurityRequirement = 'none';
    for (const r of this.#security.rules) {
      if (!r.deviceTypes.includes(deviceType)) continue;
      if (r.commands.length > 0 && !r.commands.includes(command)) continue;
      if (r.require === 'forbidden') return 'forbidden';
      result = 'pin';
    }
    return result;
  }

  get hasPin(): boolean {
    return this.#security.voicePin !== null;
  }
}
