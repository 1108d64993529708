/** Building command requests (what the hub passes to an adapter). */
import type { CommandRequest } from './types.js';

/** A command request: endpoint, cluster, command and its arguments (none by default). */
export const cmd = (
  endpoint: string,
  cluster: string,
  command: string,
  args: Record<string, unknown> = {},
): CommandRequest => ({ endpoint, cluster, command, args });
