/** The hub's device shapes as its presentations (the dashboard, the CLI) read them (contract.md). */

export type Attrs = Record<string, unknown>;

export interface Endpoint {
  id: string;
  deviceTypes: string[];
  tags: string[];
  name?: string;
  clusters: Record<string, Attrs>;
}

export interface Device {
  id: string;
  name: string;
  aliases?: string[];
  area: string | null;
  connection: string;
  online: boolean;
  deviceType: string;
  vendor?: string;
  model?: string;
  endpoints: Endpoint[];
}

export interface CommandBody {
  endpoint: string;
  cluster: string;
  command: string;
  args: Attrs;
}
