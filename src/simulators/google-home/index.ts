/**
 * A stand-in for Google's smart-home cloud side, knowing nothing of the hub:
 *
 * - the service account: a fresh RSA key pair, given out as the key file the Google Cloud console
 *   downloads (`serviceAccountKey()`), whose `token_uri` is this simulator's;
 * - the OAuth token endpoint of that key (`POST /token`, the JWT bearer grant: the assertion's RS256
 *   signature, issuer, audience, scope and lifetime are checked);
 * - HomeGraph (`POST /v1/devices:reportStateAndNotification`, `POST /v1/devices:requestSync`),
 *   which accepts only the access tokens it issued, and keeps what it was told;
 * - the Assistant side of a partner: account linking (OAuth code flow with PKCE) and the
 *   fulfillment intents SYNC, QUERY, EXECUTE, DISCONNECT sent to the partner's fulfillment URL.
 */
import { generateKeyPairSync, type KeyObject, randomBytes, randomUUID, verify } from 'node:crypto';
import { type SimRequest, serveJson, Waiters } from '../platforms/http.js';
import { type Approve, type LinkedTokens, type LinkingConfig, linkAccount } from '../platforms/linking.js';

export const HOMEGRAPH_SCOPE = 'https://www.googleapis.com/auth/homegraph';

export interface StateReport {
  agentUserId: string;
  deviceId: string;
  state: Record<string, unknown>;
  /** performance.now() when it arrived. */
  at: number;
}

export interface HomeGraphSimulator {
  url: string;
  /** The service-account key file's content (JSON text). */
  serviceAccountKey(): string;
  reports: StateReport[];
  syncRequests: string[];
  /** Resolves once a report matches. */
  waitForReport(match: (r: StateReport) => boolean, ms?: number): Promise<StateReport>;
  stop(): Promise<void>;
}

const unb64 = (s: string) => Buffer.from(s, 'base64url');

function checkAssertion(
  assertion: string,
  publicKey: KeyObject,
  email: string,
  tokenUri: string,
): string | null {
  const parts = assertion.split('.');
  if (parts.length !== 3) return 'the assertion is not a JWT';
  const [h, c, sig] = parts as [string, string, string];
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = JSON.parse(unb64(h).toString('utf8'));
    claims = JSON.parse(unb64(c).toString('utf8'));
  } catch {
    return 'the JWT is not JSON';
  }
  if (header.alg !== 'RS256') return 'the JWT must be RS256';
  if (!verify('sha256', Buffer.from(`${h}.${c}`), publicKey, unb64(sig))) return 'bad JWT signature';
  const now = Math.floor(Date.now() / 1000);
  if (claims.iss !== email) return 'wrong issuer';
  if (claims.aud !== tokenUri) return 'wrong audience';
  if (claims.scope !== HOMEGRAPH_SCOPE) return 'wrong scope';
  if (
    typeof claims.exp !== 'number' ||
    claims.exp < now ||
    typeof claims.iat !== 'number' ||
    claims.iat > now + 60
  )
    return 'the JWT has expired or is not yet valid';
  if (claims.exp - claims.iat > 3600) return 'the JWT lives longer than an hour';
  return null;
}

export async function startHomeGraphSimulator(opts: { port?: number } = {}): Promise<HomeGraphSimulator> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const email = 'yeondong-homegraph@simulated-project.iam.gserviceaccount.com';
  const keyId = randomBytes(20).toString('hex');
  const tokens = new Set<string>();
  const reports: StateReport[] = [];
  const syncRequests: string[] = [];
  const waiters = new Waiters();
  let tokenUri = '';
  const authorized = (req: SimRequest) => {
    const m = /^Bearer (\S+)$/.exec(String(req.headers.authorization ?? ''));
    return m !== null && tokens.has(m[1] as string);
  };
  const unauthenticated = {
    status: 401,
    body: {
      error: {
        code: 401,
        message: 'Request had invalid authentication credentials.',
        status: 'UNAUTHENTICATED',
      },
    },
  };
  const bad = (message: string) => ({
    status: 400,
    body: { error: { code: 400, message, status: 'INVALID_ARGUMENT' } },
  });
  const server = await serveJson(
    {
      'POST /token': (req) => {
        const b = req.body as Record<string, unknown>;
        if (b.grant_type !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || typeof b.assertion !== 'string')
          return { status: 400, body: { error: 'unsupported_grant_type' } };
        const problem = checkAssertion(b.assertion, publicKey, email, tokenUri);
        if (problem) return { status: 400, body: { error: 'invalid_grant', error_description: problem } };
        const t = `ya29.${randomBytes(24).toString('base64url')}`;
        tokens.add(t);
        return { body: { access_token: t, expires_in: 3599, token_type: 'Bearer' } };
      },
      'POST /v1/devices:reportStateAndNotification': (req) => {
        if (!authorized(req)) return unauthenticated;
        const b = req.body as { agentUserId?: unknown; payload?: { devices?: { states?: unknown } } };
        const states = b.payload?.devices?.states;
        if (typeof b.agentUserId !== 'string' || typeof states !== 'object' || states === null)
          return bad('agentUserId and payload.devices.states are required');
        const at = performance.now();
        for (const [deviceId, state] of Object.entries(states as Record<string, Record<string, unknown>>))
          reports.push({ agentUserId: b.agentUserId, deviceId, state, at });
        waiters.notify();
        return { body: { requestId: (b as { requestId?: string }).requestId ?? randomUUID() } };
      },
      'POST /v1/devices:requestSync': (req) => {
        if (!authorized(req)) return unauthenticated;
        const b = req.body as { agentUserId?: unknown };
        if (typeof b.agentUserId !== 'string') return bad('agentUserId is required');
        syncRequests.push(b.agentUserId);
        waiters.notify();
        return { body: {} };
      },
    },
    '127.0.0.1',
    opts.port ?? 0,
  );
  tokenUri = `${server.url}/token`;
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return {
    url: server.url,
    serviceAccountKey: () =>
      JSON.stringify({
        type: 'service_account',
        project_id: 'simulated-project',
        private_key_id: keyId,
        private_key: pem,
        client_email: email,
        client_id: '100000000000000000001',
        token_uri: tokenUri,
      }),
    reports,
    syncRequests,
    async waitForReport(match, ms = 5000) {
      let found: StateReport | undefined;
      await waiters.until(() => {
        found = reports.find(match);
        return found !== undefined;
      }, ms);
      return found as StateReport;
    },
    stop: () => server.stop(),
  };
}

/** The Assistant side: one user's linked partner, as Google's cloud calls it (`B`: the answers' type). */
export class GoogleAssistantSimulator<B = unknown> {
  readonly #fulfillmentUrl: string;
  readonly #linking: LinkingConfig;
  tokens: LinkedTokens | null = null;

  constructor(opts: { fulfillmentUrl: string; linking: LinkingConfig }) {
    this.#fulfillmentUrl = opts.fulfillmentUrl;
    this.#linking = opts.linking;
  }

  async link(approve: Approve): Promise<void> {
    this.tokens = await linkAccount(this.#linking, approve);
  }

  /** One intent; the answer's HTTP status and body. */
  async send(
    intent: string,
    payload?: unknown,
    token = this.tokens?.accessToken,
  ): Promise<{ status: number; body: B }> {
    const res = await fetch(this.#fulfillmentUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({
        requestId: randomUUID(),
        inputs: [{ intent, ...(payload ? { payload } : {}) }],
      }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as B };
  }

  sync() {
    return this.send('action.devices.SYNC');
  }

  query(ids: string[]) {
    return this.send('action.devices.QUERY', { devices: ids.map((id) => ({ id })) });
  }

  /** EXECUTE of one command on some devices; `pin` answers a pinNeeded challenge. */
  execute(ids: string[], command: string, params: Record<string, unknown>, pin?: string) {
    return this.send('action.devices.EXECUTE', {
      commands: [
        {
          devices: ids.map((id) => ({ id })),
          execution: [{ command, params, ...(pin !== undefined ? { challenge: { pin } } : {}) }],
        },
      ],
    });
  }

  disconnect() {
    return this.send('action.devices.DISCONNECT');
  }
}
