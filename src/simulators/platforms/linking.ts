/**
 * Account linking as the assistants' clouds do it (Google, SmartThings, Clova, NUGU): the OAuth 2.0
 * authorization code flow with PKCE against the partner's authorization and token endpoints, with
 * the client credentials the partner registered. Knows nothing of the hub: the person who approves
 * is a callback that gets the authorization URL and returns the redirect the browser ended on.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface LinkingConfig {
  authorizationUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scope?: string;
}

export interface LinkedTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

/** The person's browser: opens the URL, approves, returns where it was redirected. */
export type Approve = (authorizationUrl: string) => Promise<string>;

export async function linkAccount(cfg: LinkingConfig, approve: Approve): Promise<LinkedTokens> {
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(12).toString('base64url');
  const url = new URL(cfg.authorizationUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: cfg.clientId,
    redirect_uri: cfg.redirectUri,
    state,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...(cfg.scope ? { scope: cfg.scope } : {}),
  }).toString();
  const back = new URL(await approve(url.href));
  if (back.searchParams.get('state') !== state) throw new Error('linking: the state came back different');
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`linking refused: ${back.searchParams.get('error') ?? 'no code'}`);
  return tokenRequest(cfg, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: cfg.redirectUri,
    code_verifier: verifier,
  });
}

export async function refreshTokens(cfg: LinkingConfig, refreshToken: string): Promise<LinkedTokens> {
  return tokenRequest(cfg, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

async function tokenRequest(cfg: LinkingConfig, fields: Record<string, string>): Promise<LinkedTokens> {
  const res = await fetch(cfg.tokenUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(cfg.clientId)}:${encodeURIComponent(cfg.clientSecret)}`).toString('base64')}`,
    },
    body: new URLSearchParams(fields).toString(),
  });
  const j = (await res.json()) as Record<string, unknown>;
  if (!res.ok || typeof j.access_token !== 'string' || typeof j.refresh_token !== 'string')
    throw new Error(`linking: the token endpoint answered ${res.status} ${String(j.error ?? '')}`);
  return {
    accessToken: j.access_token,
    refreshToken: j.refresh_token,
    expiresAt: Date.now() + (typeof j.expires_in === 'number' ? j.expires_in : 3600) * 1000,
  };
}
