/**
 * The hub as a HomeGraph client: Report State and Request Sync, authenticated as Google asks — a
 * JWT (RS256) signed with the service account's private key exchanged at the key's `token_uri` for
 * an access token (OAuth 2.0 JWT bearer grant, RFC 7523), cached until shortly before it expires.
 *
 * Configuration: the HomeGraph base URL (YEONDONG_GOOGLE_HOMEGRAPH_URL, or the face's settings)
 * and the service-account key file (YEONDONG_GOOGLE_SERVICE_ACCOUNT). The key is sealed into the hub's secrets store
 * (src/hub/secrets.ts) on start; later starts may leave the file out.
 */
import { randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getSecret, putSecret, SecretBox } from '../../../hub/secrets.js';
import type { Store } from '../../../store/types.js';

export interface ServiceAccount {
  client_email: string;
  private_key: string;
  private_key_id?: string;
  token_uri: string;
}

export interface HomeGraphOptions {
  /** HomeGraph API base URL (Google's is https://homegraph.googleapis.com). */
  url: string;
  /** The service-account key file (JSON, as the Google Cloud console downloads it). */
  keyFile?: string;
}

/** Where the key is kept (hub-wide, not per home). */
const SECRET_HOME = '';
const SECRET_NAME = 'partners/google/service-account';
export const HOMEGRAPH_SCOPE = 'https://www.googleapis.com/auth/homegraph';

function parseAccount(text: string): ServiceAccount {
  const j = JSON.parse(text) as Partial<ServiceAccount>;
  if (
    typeof j.client_email !== 'string' ||
    typeof j.private_key !== 'string' ||
    typeof j.token_uri !== 'string'
  )
    throw new Error('the Google service-account key needs client_email, private_key and token_uri');
  return j as ServiceAccount;
}

/** Reads the key file (when given) into the secrets store, and returns the key in use. */
export async function loadServiceAccount(
  store: Store,
  dataDir: string,
  keyFile: string | undefined,
): Promise<ServiceAccount | null> {
  const box = SecretBox.forDataDir(dataDir);
  if (keyFile) {
    const text = readFileSync(keyFile, 'utf8');
    const account = parseAccount(text);
    await putSecret(store, box, SECRET_HOME, SECRET_NAME, text);
    return account;
  }
  const kept = await getSecret(store, box, SECRET_HOME, SECRET_NAME);
  return kept ? parseAccount(kept) : null;
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

export class HomeGraphClient {
  readonly #url: string;
  readonly #account: ServiceAccount;
  #token: { value: string; until: number } | null = null;
  #pending: Promise<string> | null = null;

  constructor(url: string, account: ServiceAccount) {
    this.#url = url.replace(/\/+$/, '');
    this.#account = account;
  }

  /** The signed assertion of the JWT bearer grant. */
  assertion(nowMs = Date.now()): string {
    const iat = Math.floor(nowMs / 1000);
    const header = {
      alg: 'RS256',
      typ: 'JWT',
      ...(this.#account.private_key_id ? { kid: this.#account.private_key_id } : {}),
    };
    const claims = {
      iss: this.#account.client_email,
      sub: this.#account.client_email,
      scope: HOMEGRAPH_SCOPE,
      aud: this.#account.token_uri,
      iat,
      exp: iat + 3600,
    };
    const input = `${b64url(header)}.${b64url(claims)}`;
    const sig = sign('sha256', Buffer.from(input), this.#account.private_key).toString('base64url');
    return `${input}.${sig}`;
  }

  async #accessToken(): Promise<string> {
    if (this.#token && this.#token.until > Date.now()) return this.#token.value;
    this.#pending ??= (async () => {
      try {
        const res = await fetch(this.#account.token_uri, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
            assertion: this.assertion(),
          }).toString(),
          signal: AbortSignal.timeout(10_000),
        });
        if (!res.ok) throw new Error(`the token endpoint answered ${res.status}`);
        const j = (await res.json()) as { access_token?: unknown; expires_in?: unknown };
        if (typeof j.access_token !== 'string') throw new Error('the token endpoint gave no access_token');
        const ttl = typeof j.expires_in === 'number' ? j.expires_in : 3600;
        this.#token = { value: j.access_token, until: Date.now() + Math.max(0, ttl - 60) * 1000 };
        return j.access_token;
      } finally {
        this.#pending = null;
      }
    })();
    return this.#pending;
  }

  async #post(path: string, body: unknown, retry = true): Promise<void> {
    const token = await this.#accessToken();
    const res = await fetch(this.#url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status === 401 && retry) {
      this.#token = null;
      return this.#post(path, body, false);
    }
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`HomeGraph ${path} answered ${res.status}`);
  }

  /** Report State of some devices of one user (the home). */
  reportState(agentUserId: string, states: Record<string, Record<string, unknown>>): Promise<void> {
    return this.#post('/v1/devices:reportStateAndNotification', {
      requestId: randomUUID(),
      agentUserId,
      payload: { devices: { states } },
    });
  }

  /** Request Sync: Google asks SYNC again (devices added or removed). */
  requestSync(agentUserId: string): Promise<void> {
    return this.#post('/v1/devices:requestSync', { agentUserId, async: true });
  }
}
