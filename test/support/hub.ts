/** Starts a real hub (SQLite in a temp folder, simulators, HTTP on a free port) for tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadHomeFile, parseHomeFile } from '../../src/home/load.js';
import type { HomeFile } from '../../src/home/types.js';
import { Hub, type HubOptions } from '../../src/hub/hub.js';
import { buildApp, type RouteGroup } from '../../src/server/app.js';
import { silentLogger } from '../../src/util/log.js';

export const DEMO_HOME = resolve(import.meta.dirname, '../../fixtures/demo-home.yaml');
export const SECOND_HOME = resolve(import.meta.dirname, '../../fixtures/second-home.yaml');

export interface TestHub {
  hub: Hub;
  url: string;
  dataDir: string;
  token(home?: string): string;
  api(path: string, init?: RequestInit & { token?: string | null }): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

export const tempDir = (prefix = 'yd-test-') => mkdtempSync(join(tmpdir(), prefix));

export async function startTestHub(
  opts: {
    homes?: Array<string | HomeFile>;
    dataDir?: string;
    groups?: RouteGroup[];
  } & Partial<Omit<HubOptions, 'homes' | 'dataDir'>> = {},
): Promise<TestHub> {
  const { homes: homeArgs = [DEMO_HOME], dataDir = tempDir(), groups = [], ...rest } = opts;
  const homes = homeArgs.map((h) => (typeof h === 'string' ? loadHomeFile(h) : h));
  const hub = new Hub({ homes, dataDir, log: silentLogger, pollMs: 200, ...rest });
  await hub.start();
  const app = await buildApp(hub, groups);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const first = homes[0]?.home.id ?? '';
  const token = (home = first) => hub.ownerToken(home) ?? '';
  return {
    hub,
    url: address,
    dataDir,
    token,
    async api(path, init = {}) {
      const { token: tok = token(), headers, ...rest2 } = init;
      const res = await fetch(address + path, {
        ...rest2,
        headers: {
          ...(rest2.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(tok ? { authorization: `Bearer ${tok}` } : {}),
          ...(headers as Record<string, string> | undefined),
        },
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // not JSON
      }
      return { status: res.status, body };
    },
    async stop() {
      await app.close();
      await hub.stop();
    },
  };
}

/** A home file from YAML text (for tests that need small homes of their own). */
export const homeFromYaml = (text: string): HomeFile => parseHomeFile(text, 'test home');
