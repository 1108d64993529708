/** Starts a real hub (SQLite in a temp folder, simulators, HTTP on a free port) for tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type FaceSettings, facesFor, routesOf, startFaces } from '../../src/faces/index.js';
import { loadHomeFile, parseHomeFile } from '../../src/home/load.js';
import type { HomeFile } from '../../src/home/types.js';
import { Hub, type HubOptions } from '../../src/hub/hub.js';
import { type AppOptions, buildApp, type RouteGroup } from '../../src/server/app.js';
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

/** A reply's body: parsed JSON, the text when it is not JSON, null when empty. */
export async function bodyOf(res: Response): Promise<any> {
  const text = await res.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text; // not JSON
  }
}

export async function startTestHub(
  opts: {
    homes?: Array<string | HomeFile>;
    dataDir?: string;
    /** Route groups beyond the faces' (OAuth, dashboard, or a face's routes with test options). */
    groups?: RouteGroup[];
    /** The faces' settings (the REST, conversation and Open Floor faces are always on). */
    faces?: FaceSettings;
    /** Options of the HTTP app (e.g. eagerSchemas). */
    app?: AppOptions;
  } & Partial<Omit<HubOptions, 'homes' | 'dataDir'>> = {},
): Promise<TestHub> {
  const {
    homes: homeArgs = [DEMO_HOME],
    dataDir = tempDir(),
    groups = [],
    faces = {},
    app: appOpts,
    ...rest
  } = opts;
  const homes = homeArgs.map((h) => (typeof h === 'string' ? loadHomeFile(h) : h));
  const hub = new Hub({ homes, dataDir, log: silentLogger, pollMs: 200, ...rest });
  await hub.start();
  const chosen = facesFor(faces);
  const stopFaces = await startFaces(hub, chosen);
  const app = await buildApp(hub, [...routesOf(chosen), ...groups], appOpts);
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
      return { status: res.status, body: await bodyOf(res) };
    },
    async stop() {
      await app.close();
      await stopFaces();
      await hub.stop();
    },
  };
}

/** A home file from YAML text (for tests that need small homes of their own). */
export const homeFromYaml = (text: string): HomeFile => parseHomeFile(text, 'test home');

/**
 * The `security` section of the small test homes, as YAML: the voice PIN, the PIN asked before a
 * door lock is unlocked by voice, and a gas valve never opened by voice.
 */
export const voiceSecurityYaml = (pin: string) => `security:
  voicePin: '${pin}'
  rules:
    - { deviceTypes: [DoorLock], commands: [UnlockDoor], require: pin }
    - { deviceTypes: [GasValve], commands: [Open], require: forbidden }`;
