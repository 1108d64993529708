/** The hub's device shapes as its presentations (the dashboard, the CLI) read them (contract.md). */

export type Attrs = Record<string, unknown>;

export type { DeviceDescription as Device, Endpoint } from '../model/types.js';

export interface CommandBody {
  endpoint: string;
  cluster: string;
  command: string;
  args: Attrs;
}
