/**
 * The hub's side of SmartThings Schema callbacks, in the shapes of the `st-schema` SDK's callback
 * client: the callback token obtained from SmartThings' token endpoint with the code of
 * `grantCallbackAccess` (interactionType `accessTokenRequest`), refreshed when the callback answers
 * 401 (`refreshAccessTokens`), and state callbacks (`stateCallback`). The tokens are kept sealed by
 * the hub's secrets module, per home.
 */
import { randomUUID } from 'node:crypto';
import { deleteSecret, getSecret, putSecret, type SecretBox } from '../../../hub/secrets.js';
import type { Store } from '../../../store/types.js';
import type { StState } from './schema.js';

export interface StCredentials {
  /** The client id and secret SmartThings gave the connector for callbacks. */
  clientId: string;
  clientSecret: string;
}

export interface CallbackAccess {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  oauthToken: string;
  stateCallback: string;
}

const SECRET = 'partners/smartthings/callback';
const headers = (interactionType: string) => ({
  schema: 'st-schema',
  version: '1.0',
  interactionType,
  requestId: randomUUID(),
});

async function postJson(
  url: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    // not JSON: only the status counts
  }
  return { status: res.status, json };
}

function tokensOf(json: Record<string, unknown>): {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
} {
  const a = json.callbackAuthentication as Record<string, unknown> | undefined;
  if (!a || typeof a.accessToken !== 'string' || typeof a.refreshToken !== 'string')
    throw new Error('the SmartThings token endpoint gave no callback tokens');
  return {
    accessToken: a.accessToken,
    refreshToken: a.refreshToken,
    expiresIn: typeof a.expiresIn === 'number' ? a.expiresIn : 86400,
  };
}

/** Exchanges the code of grantCallbackAccess for callback tokens. */
export async function exchangeCode(
  creds: StCredentials,
  code: string,
  urls: { oauthToken: string; stateCallback: string },
): Promise<CallbackAccess> {
  const { status, json } = await postJson(urls.oauthToken, {
    headers: headers('accessTokenRequest'),
    callbackAuthentication: {
      grantType: 'authorization_code',
      code,
      clientId: creds.clientId,
      clientSecret: creds.clientSecret,
    },
  });
  if (status !== 200) throw new Error(`the SmartThings token endpoint answered ${status}`);
  const t = tokensOf(json);
  return { ...t, expiresAt: Date.now() + t.expiresIn * 1000, ...urls };
}

export class CallbackStore {
  constructor(
    readonly store: Store,
    readonly box: SecretBox,
  ) {}
  async get(home: string): Promise<CallbackAccess | null> {
    const raw = await getSecret(this.store, this.box, home, SECRET).catch(() => null);
    return raw ? (JSON.parse(raw) as CallbackAccess) : null;
  }
  put(home: string, a: CallbackAccess): Promise<void> {
    return putSecret(this.store, this.box, home, SECRET, JSON.stringify(a));
  }
  drop(home: string): Promise<void> {
    return deleteSecret(this.store, home, SECRET);
  }
}

/** Sends one state callback; refreshes the callback token once when it is refused. */
export async function sendStates(
  creds: StCredentials,
  kept: CallbackStore,
  home: string,
  deviceState: Array<{ externalDeviceId: string; states: StState[] }>,
): Promise<void> {
  const access = await kept.get(home);
  if (!access) return;
  const send = (token: string) =>
    postJson(access.stateCallback, {
      headers: headers('stateCallback'),
      authentication: { tokenType: 'Bearer', token },
      deviceState,
    });
  let { status } = await send(access.accessToken);
  if (status === 401) {
    const r = await postJson(access.oauthToken, {
      headers: headers('refreshAccessTokens'),
      callbackAuthentication: {
        grantType: 'refresh_token',
        refreshToken: access.refreshToken,
        clientId: creds.clientId,
        clientSecret: creds.clientSecret,
      },
    });
    if (r.status !== 200) throw new Error(`the SmartThings token refresh answered ${r.status}`);
    const t = tokensOf(r.json);
    await kept.put(home, { ...access, ...t, expiresAt: Date.now() + t.expiresIn * 1000 });
    ({ status } = await send(t.accessToken));
  }
  if (status < 200 || status >= 300) throw new Error(`the SmartThings state callback answered ${status}`);
}
