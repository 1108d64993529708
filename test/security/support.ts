/**
 * A hub with two homes for the security suites: "seoul" (a small home of virtual wall-pad devices,
 * defined here) and "jeju" (fixtures/second-home.yaml). Both have a device with the id "door".
 * Real HTTP on a free port; a clock the tests can move forward.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { facesFor, routesOf, startFaces } from '../../src/faces/index.js';
import type { MqttExportOptions } from '../../src/faces/mqtt-export.js';
import { loadHomeFile } from '../../src/home/load.js';
import { Hub } from '../../src/hub/hub.js';
import { buildApp, type RouteGroup } from '../../src/server/app.js';
import type { LimitOptions } from '../../src/server/limits.js';
import { oauthRouteGroup } from '../../src/server/routes/oauth.js';
import { silentLogger } from '../../src/util/log.js';
import { bodyOf, homeFromYaml, SECOND_HOME, tempDir, voiceSecurityYaml } from '../support/hub.js';

export const SEOUL_YAML = `
version: 1
home: { id: seoul, name: 서울 아파트, language: ko-KR, timezone: Asia/Seoul }
areas:
  - { id: living, name: 거실 }
  - { id: entrance, name: 현관 }
  - { id: kitchen, name: 주방 }
assistants:
  - { id: genie, name: 기가지니, provider: KT, wakeWords: [지니야] }
  - { id: kakao, name: 카카오 i, provider: Kakao, wakeWords: [헤이 카카오] }
satellites:
  - { id: console, name: 관리 콘솔, assistants: [genie, kakao] }
grants:
  - { assistant: kakao, deny: { deviceTypes: [DoorLock, GasValve] } }
  - { assistant: '*', privilege: operate }
${voiceSecurityYaml('1234')}
connections:
  - id: wallpad
    adapter: virtual
    tickMs: 100000000
    simulator:
      devices:
        - { externalId: heat-1, type: heating, state: { on: true, targetC: 22, currentC: 22 } }
        - { externalId: door-1, type: door-lock, state: { locked: true } }
        - { externalId: gas-1, type: gas-valve, state: { open: false } }
        - { externalId: vent-1, type: ventilator, state: { on: false, speed: LOW } }
devices:
  - { id: heat, connection: wallpad, externalId: heat-1, name: 거실 난방, area: living }
  - { id: door, connection: wallpad, externalId: door-1, name: 현관문, area: entrance }
  - { id: gas, connection: wallpad, externalId: gas-1, name: 가스 밸브, area: kitchen }
  - { id: vent, connection: wallpad, externalId: vent-1, name: 환기 장치, area: living }
`;

export interface Res {
  status: number;
  headers: Headers;
  body: any;
}

export interface SecurityHub {
  hub: Hub;
  app: FastifyInstance;
  url: string;
  dataDir: string;
  /** Moves the hub's clock forward. */
  advance(ms: number): void;
  owner(home: 'seoul' | 'jeju'): string;
  api(path: string, init?: RequestInit & { token?: string | null }): Promise<Res>;
  /** A JSON POST through `api` (the seoul owner's token unless another is given). */
  post(path: string, body: unknown, token?: string | null): Promise<Res>;
  /** A form POST (OAuth endpoints). */
  form(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Res>;
  /** Everything a request must not change: device states, command log, audit, people, tokens, links. */
  snapshot(): Promise<string>;
  stop(): Promise<void>;
}

export async function startSecurityHub(
  opts: {
    limits?: Partial<LimitOptions> | false;
    dataDir?: string;
    groups?: RouteGroup[];
    /** More YAML for the seoul home file (e.g. an `openFloor:` section). */
    seoulExtra?: string;
    mqttExport?: MqttExportOptions;
  } = {},
): Promise<SecurityHub> {
  let offset = 0;
  const dataDir = opts.dataDir ?? tempDir('yd-sec-');
  const homes = [homeFromYaml(SEOUL_YAML + (opts.seoulExtra ?? '')), loadHomeFile(SECOND_HOME)];
  const hub = new Hub({
    homes,
    dataDir,
    log: silentLogger,
    pollMs: 200,
    clock: { now: () => Date.now() + offset },
  });
  await hub.start();
  const faces = facesFor(opts.mqttExport ? { mqttExport: opts.mqttExport } : {});
  const stopFaces = await startFaces(hub, faces);
  const groups = opts.groups ?? [oauthRouteGroup({ issuer: 'https://hub.example' })];
  const app = await buildApp(hub, [...routesOf(faces), ...groups], { limits: opts.limits ?? false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const parse = async (res: Response): Promise<Res> => ({
    status: res.status,
    headers: res.headers,
    body: await bodyOf(res),
  });
  const owner = (home: 'seoul' | 'jeju') => hub.ownerToken(home) ?? '';
  const api: SecurityHub['api'] = async (path, init = {}) => {
    const { token = owner('seoul'), headers, ...rest } = init;
    const res = await fetch(url + path, {
      redirect: 'manual',
      ...rest,
      headers: {
        ...(rest.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(headers as Record<string, string> | undefined),
      },
    });
    return parse(res);
  };
  return {
    hub,
    app,
    url,
    dataDir,
    advance: (ms) => {
      offset += ms;
    },
    owner,
    api,
    post: (path, body, token) =>
      api(path, { method: 'POST', body: JSON.stringify(body), ...(token !== undefined ? { token } : {}) }),
    async form(path, fields, headers = {}) {
      const res = await fetch(url + path, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(fields).toString(),
      });
      return parse(res);
    },
    async snapshot() {
      const s = hub.ctx.store;
      const out: unknown[] = [];
      for (const id of ['seoul', 'jeju']) {
        const h = hub.home(id);
        out.push(
          // Measured values move by themselves (jeju's room cools toward its ambient temperature).
          JSON.stringify(
            h?.runtime.devices().map((d) => [d.id, d.online, d.endpoints]),
            (k, v) => (k === 'LocalTemperature' || k === 'MeasuredValue' ? undefined : v),
          ),
          await s.listCommands(id, 1000),
          await s.listAudit(id, 1000),
          (await s.listKv(id, '')).filter((r) => r.key !== 'auth:gen'),
          hub.tokens.people(id),
          hub.tokens.tokens(id, Date.now() - 1e12).length,
        );
      }
      return JSON.stringify(out);
    },
    async stop() {
      await app.close();
      await stopFaces();
      await hub.stop();
    },
  };
}

export const b64 = (s: string) => Buffer.from(s).toString('base64');
export const basic = (id: string, secret: string) =>
  `Basic ${b64(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`)}`;

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** Registers a client of a home directly through the store (the CLI does the same). */
export async function addClient(
  h: SecurityHub,
  home: string,
  opts: {
    redirectUris?: string[];
    scopes?: Array<'devices:read' | 'devices:operate' | 'conversation'>;
    assistant?: string;
  } = {},
) {
  const { ClientRegistry } = await import('../../src/hub/oauth/clients.js');
  const reg = new ClientRegistry(h.hub.ctx.store);
  const { client, clientSecret } = await reg.add(
    home,
    {
      name: 'Partner',
      redirectUris: opts.redirectUris ?? ['https://partner.example/cb'],
      ...(opts.scopes ? { scopes: opts.scopes } : {}),
      ...(opts.assistant ? { assistant: opts.assistant } : {}),
    },
    Date.now(),
  );
  return { clientId: client.clientId, clientSecret, redirectUri: client.redirectUris[0] as string };
}

/** Runs the authorization step (consent by a member) and returns the redirect's query. */
export async function authorizeStep(
  h: SecurityHub,
  params: Record<string, string>,
  memberToken: string | null,
  approve = 'true',
): Promise<{ res: Res; location: URL | null }> {
  const q = new URLSearchParams(params).toString();
  const res = await fetch(`${h.url}/oauth/authorize?${q}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(memberToken ? { authorization: `Bearer ${memberToken}` } : {}),
    },
    body: new URLSearchParams({ approve }).toString(),
  });
  const loc = res.headers.get('location');
  return {
    res: { status: res.status, headers: res.headers, body: await bodyOf(res) },
    location: loc ? new URL(loc) : null,
  };
}

/** The full flow: a client linked by the seoul owner; returns its tokens. */
export async function link(
  h: SecurityHub,
  client: { clientId: string; clientSecret: string; redirectUri: string },
  scope = 'devices:read devices:operate conversation',
) {
  const { verifier, challenge } = pkce();
  const state = randomBytes(8).toString('hex');
  const { location } = await authorizeStep(
    h,
    {
      response_type: 'code',
      client_id: client.clientId,
      redirect_uri: client.redirectUri,
      scope,
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    },
    h.owner('seoul'),
  );
  const code = location?.searchParams.get('code') ?? '';
  const tok = await h.form(
    '/oauth/token',
    { grant_type: 'authorization_code', code, redirect_uri: client.redirectUri, code_verifier: verifier },
    { authorization: basic(client.clientId, client.clientSecret) },
  );
  if (tok.status !== 200) throw new Error(`token exchange failed: ${JSON.stringify(tok.body)}`);
  return tok.body as { access_token: string; refresh_token: string; scope: string; expires_in: number };
}
