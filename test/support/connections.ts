/**
 * The demo home's connections as written in fixtures/demo-home.yaml (the file read as plain YAML,
 * not through the home loader), so adapter and simulator tests seed the vendor simulators with the
 * same devices as the demo home.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ConnectionConfig } from '../../src/home/types.js';

const home = parse(readFileSync(new URL('../../fixtures/demo-home.yaml', import.meta.url), 'utf8')) as {
  connections: ConnectionConfig[];
};

/** One connection of the demo home, by id (lg, kt, samsung, zigbee, wallpad, …). */
export function demoConnection(id: string): ConnectionConfig {
  const c = home.connections.find((x) => x.id === id);
  if (!c) throw new Error(`the demo home has no connection ${id}`);
  return c;
}
