/** Small helpers the model, adapter and simulator tests share for commands and their outcomes. */
import type { HubError } from '../../src/model/errors.js';
import type { StatePatch } from '../../src/model/types.js';

export { cmd } from '../../src/model/command.js';

/** The error `p` rejects with; fails the test when it resolves. */
export async function rejectionOf(p: Promise<unknown>): Promise<HubError> {
  try {
    await p;
  } catch (err) {
    return err as HubError;
  }
  throw new Error('expected a rejection');
}

/** The attributes a list of state patches sets on one cluster of one endpoint. */
export const patchAttributes = (patches: StatePatch[], endpoint: string, cluster: string) =>
  patches.find((p) => p.endpoint === endpoint && p.cluster === cluster)?.attributes;

/** Polls `check` until it holds, or fails after `ms`. */
export async function waitUntil(check: () => boolean, ms = 2000, everyMs = 20): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
