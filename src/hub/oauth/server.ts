/**
 * The hub's OAuth 2.0 authorization server for partner account linking (RFC 6749, RFC 7636,
 * RFC 7009, RFC 7662, RFC 9207, following RFC 9700):
 *
 * - authorization code grant only; PKCE with S256 required; redirect URIs compared exactly;
 * - codes live 60 s and are single use (a reused code revokes what it produced);
 * - access tokens live 15 min, carry the home's audience and the granted scopes;
 * - refresh tokens rotate on every use; a reused refresh token revokes the whole grant;
 * - everything is in the store (hashed), so a second process (the CLI) sees the same data.
 *
 * Store layout (kv, per home): oauth:code:<sha256>, oauth:refresh:<sha256>, oauth:grant:<id>.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../../store/types.js';
import { hashToken, type Principal, type TokenRegistry } from '../auth.js';
import type { Clock } from '../context.js';
import { ClientRegistry, isScope, type OAuthClient, type Scope } from './clients.js';

export const ACCESS_TTL_MS = 15 * 60 * 1000;
export const CODE_TTL_MS = 60 * 1000;
export const REFRESH_TTL_MS = 30 * 24 * 3600 * 1000;

const CODE_PREFIX = 'oauth:code:';
const REFRESH_PREFIX = 'oauth:refresh:';
const GRANT_PREFIX = 'oauth:grant:';

/** The audience of a home's access tokens (the resource they are good for). */
export const audienceFor = (home: string) => `urn:yeondong:home:${home}`;

/** An error in RFC 6749 shape. `redirect` says whether it may be sent to the client's redirect URI. */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
    readonly redirect = false,
  ) {
    super(description);
  }
}

export interface Grant {
  grantId: string;
  home: string;
  clientId: string;
  /** The household member who approved. */
  person: string;
  scopes: Scope[];
  createdAt: number;
}

interface CodeRecord {
  clientId: string;
  redirectUri: string;
  redirectGiven: boolean;
  scopes: Scope[];
  challenge: string;
  person: string;
  expiresAt: number;
  usedAt: number | null;
  grantId: string | null;
}

interface RefreshRecord {
  grantId: string;
  clientId: string;
  scopes: Scope[];
  expiresAt: number;
  usedAt: number | null;
}

export interface AuthorizationRequest {
  client: OAuthClient;
  redirectUri: string;
  redirectGiven: boolean;
  scopes: Scope[];
  state: string | undefined;
  challenge: string;
}

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
  scope: string;
}

type Params = Record<string, unknown>;

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

export const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/** One value of a parameter; repeated parameters are refused as RFC 6749 §3.1 asks. */
export function param(p: Params, name: string, redirect = false): string | undefined {
  const v = p[name];
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string')
    throw new OAuthError('invalid_request', `parameter '${name}' must be given once`, 400, redirect);
  if (v.length > 4096)
    throw new OAuthError('invalid_request', `parameter '${name}' is too long`, 400, redirect);
  return v;
}

export class AuthorizationServer {
  readonly clients: ClientRegistry;
  readonly #store: Store;
  readonly #tokens: TokenRegistry;
  readonly #clock: Clock;
  readonly #hasHome: (home: string) => boolean;
  /**
   * Redemptions of one code or refresh token run one after another, so a concurrent reuse is seen
   * as the reuse it is (and revokes the grant, including what the first use just got).
   */
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(opts: {
    store: Store;
    tokens: TokenRegistry;
    clock: Clock;
    hasHome: (home: string) => boolean;
  }) {
    this.#store = opts.store;
    this.#tokens = opts.tokens;
    this.#clock = opts.clock;
    this.#hasHome = opts.hasHome;
    this.clients = new ClientRegistry(opts.store);
  }

  // Authorization endpoint -------------------------------------------------------------------------

  /**
   * Checks an authorization request. Problems with the client or the redirect URI are never
   * redirected (RFC 6749 §4.1.2.1); the rest are, with `redirect: true`.
   */
  async checkAuthorization(p: Params): Promise<AuthorizationRequest> {
    const clientId = param(p, 'client_id');
    if (!clientId) throw new OAuthError('invalid_request', 'client_id is required');
    const client = await this.clients.get(clientId);
    if (!client || !this.#hasHome(client.home)) throw new OAuthError('invalid_request', 'unknown client_id');
    const given = param(p, 'redirect_uri');
    let redirectUri: string;
    if (given !== undefined) {
      if (!client.redirectUris.includes(given)) {
        throw new OAuthError(
          'invalid_request',
          'redirect_uri does not match a registered redirect URI exactly',
        );
      }
      redirectUri = given;
    } else if (client.redirectUris.length === 1) {
      redirectUri = client.redirectUris[0] as string;
    } else {
      throw new OAuthError('invalid_request', 'redirect_uri is required (the client has several)');
    }
    // From here on errors go back to the client through its redirect URI.
    const state = param(p, 'state', true);
    const responseType = param(p, 'response_type', true);
    if (!responseType) throw new OAuthError('invalid_request', 'response_type is required', 400, true);
    if (responseType !== 'code') {
      throw new OAuthError('unsupported_response_type', 'only response_type=code is supported', 400, true);
    }
    const challenge = param(p, 'code_challenge', true);
    const method = param(p, 'code_challenge_method', true);
    if (!challenge)
      throw new OAuthError('invalid_request', 'code challenge required (PKCE with S256)', 400, true);
    if (method !== 'S256') {
      throw new OAuthError(
        'invalid_request',
        'code_challenge_method must be S256 (transform algorithm not supported)',
        400,
        true,
      );
    }
    if (!CHALLENGE.test(challenge)) {
      throw new OAuthError(
        'invalid_request',
        'code_challenge must be the base64url SHA-256 of the verifier',
        400,
        true,
      );
    }
    const scopes = this.#scopes(param(p, 'scope', true), client.scopes, true);
    return { client, redirectUri, redirectGiven: given !== undefined, scopes, state, challenge };
  }

  #scopes(raw: string | undefined, allowed: Scope[], redirect: boolean): Scope[] {
    if (raw === undefined) return [...allowed];
    const asked = raw.split(' ').filter((s) => s.length > 0);
    if (asked.length === 0) return [...allowed];
    const out: Scope[] = [];
    for (const s of asked) {
      if (!isScope(s) || !allowed.includes(s))
        throw new OAuthError('invalid_scope', `scope '${s.slice(0, 64)}' is not available`, 400, redirect);
      if (!out.includes(s)) out.push(s);
    }
    return out;
  }

  /** Issues a code for an approved request. */
  async issueCode(req: AuthorizationRequest, person: string): Promise<string> {
    const code = `ydo_${randomBytes(32).toString('base64url')}`;
    const rec: CodeRecord = {
      clientId: req.client.clientId,
      redirectUri: req.redirectUri,
      redirectGiven: req.redirectGiven,
      scopes: req.scopes,
      challenge: req.challenge,
      person,
      expiresAt: this.#clock.now() + CODE_TTL_MS,
      usedAt: null,
      grantId: null,
    };
    await this.#store.putKv(req.client.home, CODE_PREFIX + hashToken(code), JSON.stringify(rec));
    return code;
  }

  // Token endpoint --------------------------------------------------------------------------------

  async token(client: OAuthClient, p: Params): Promise<TokenResponse> {
    const grantType = param(p, 'grant_type');
    if (!grantType) throw new OAuthError('invalid_request', 'grant_type is required');
    if (grantType === 'authorization_code') return this.#redeemCode(client, p);
    if (grantType === 'refresh_token') return this.#refresh(client, p);
    throw new OAuthError('unsupported_grant_type', 'only authorization_code and refresh_token are supported');
  }

  async #redeemCode(client: OAuthClient, p: Params): Promise<TokenResponse> {
    const code = param(p, 'code');
    if (!code) throw new OAuthError('invalid_request', 'code is required');
    const verifier = param(p, 'code_verifier');
    const redirectUri = param(p, 'redirect_uri');
    const key = CODE_PREFIX + hashToken(code);
    return this.#serially(`${client.home}\u0000${key}`, async () => {
      const rec = parse<CodeRecord>(await this.#store.getKv(client.home, key));
      const now = this.#clock.now();
      if (!rec || rec.clientId !== client.clientId) throw new OAuthError('invalid_grant', 'unknown code');
      if (rec.usedAt !== null) {
        // RFC 6749 §4.1.2: a code used twice revokes the tokens it produced.
        if (rec.grantId) await this.revokeGrant(client.home, rec.grantId);
        throw new OAuthError('invalid_grant', 'the code was already used; its grant is revoked');
      }
      if (rec.expiresAt <= now) throw new OAuthError('invalid_grant', 'the code has expired');
      if (
        rec.redirectGiven
          ? redirectUri !== rec.redirectUri
          : redirectUri !== undefined && redirectUri !== rec.redirectUri
      ) {
        throw new OAuthError('invalid_grant', 'redirect_uri differs from the authorization request');
      }
      if (!verifier) throw new OAuthError('invalid_grant', 'code_verifier is required (PKCE)');
      if (!VERIFIER.test(verifier) || s256(verifier) !== rec.challenge) {
        throw new OAuthError('invalid_grant', 'code_verifier does not match the code challenge');
      }
      const grant: Grant = {
        grantId: `g_${randomBytes(12).toString('hex')}`,
        home: client.home,
        clientId: client.clientId,
        person: rec.person,
        scopes: rec.scopes,
        createdAt: now,
      };
      await this.#store.putKv(
        client.home,
        key,
        JSON.stringify({ ...rec, usedAt: now, grantId: grant.grantId }),
      );
      await this.#store.putKv(client.home, GRANT_PREFIX + grant.grantId, JSON.stringify(grant));
      return await this.#issue(grant, grant.scopes, client.assistant);
    });
  }

  async #serially<T>(lock: string, fn: () => Promise<T>): Promise<T> {
    const run = (this.#queues.get(lock) ?? Promise.resolve()).catch(() => {}).then(fn);
    const tail = run.catch(() => {});
    this.#queues.set(lock, tail);
    try {
      return await run;
    } finally {
      if (this.#queues.get(lock) === tail) this.#queues.delete(lock);
    }
  }

  async #refresh(client: OAuthClient, p: Params): Promise<TokenResponse> {
    const token = param(p, 'refresh_token');
    if (!token) throw new OAuthError('invalid_request', 'refresh_token is required');
    const key = REFRESH_PREFIX + hashToken(token);
    return this.#serially(`${client.home}\u0000${key}`, async () => {
      const rec = parse<RefreshRecord>(await this.#store.getKv(client.home, key));
      const now = this.#clock.now();
      if (!rec || rec.clientId !== client.clientId)
        throw new OAuthError('invalid_grant', 'unknown refresh token');
      if (rec.usedAt !== null) {
        await this.revokeGrant(client.home, rec.grantId);
        throw new OAuthError(
          'invalid_grant',
          'the refresh token was already used; the whole grant is revoked',
        );
      }
      if (rec.expiresAt <= now) throw new OAuthError('invalid_grant', 'the refresh token has expired');
      const grant = await this.grant(client.home, rec.grantId);
      if (!grant) throw new OAuthError('invalid_grant', 'the grant was revoked');
      const scopes = this.#scopes(param(p, 'scope'), grant.scopes, false);
      await this.#store.putKv(client.home, key, JSON.stringify({ ...rec, usedAt: now }));
      return await this.#issue(grant, scopes, client.assistant);
    });
  }

  async #issue(grant: Grant, scopes: Scope[], assistant: string): Promise<TokenResponse> {
    const now = this.#clock.now();
    const access = await this.#tokens.issue(
      {
        home: grant.home,
        role: 'partner',
        id: grant.clientId,
        scopes,
        grantId: grant.grantId,
        assistant,
        audience: audienceFor(grant.home),
        createdAt: now,
        expiresAt: now + ACCESS_TTL_MS,
      },
      'yda',
    );
    const refresh = `ydr_${randomBytes(32).toString('base64url')}`;
    const rec: RefreshRecord = {
      grantId: grant.grantId,
      clientId: grant.clientId,
      scopes: grant.scopes,
      expiresAt: now + REFRESH_TTL_MS,
      usedAt: null,
    };
    await this.#store.putKv(grant.home, REFRESH_PREFIX + hashToken(refresh), JSON.stringify(rec));
    return {
      access_token: access.token,
      token_type: 'Bearer',
      expires_in: Math.round(ACCESS_TTL_MS / 1000),
      refresh_token: refresh,
      scope: scopes.join(' '),
    };
  }

  // Grants (links) ----------------------------------------------------------------------------------

  async grant(home: string, grantId: string): Promise<Grant | null> {
    return parse<Grant>(await this.#store.getKv(home, GRANT_PREFIX + grantId));
  }

  async grants(home: string): Promise<Grant[]> {
    const out: Grant[] = [];
    for (const { value } of await this.#store.listKv(home, GRANT_PREFIX)) {
      const g = parse<Grant>(value);
      if (g) out.push(g);
    }
    return out.sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Unlinks: the grant, its refresh tokens and its access tokens are gone at once. */
  async revokeGrant(home: string, grantId: string): Promise<boolean> {
    const existed = (await this.#store.getKv(home, GRANT_PREFIX + grantId)) !== null;
    await this.#store.deleteKv(home, GRANT_PREFIX + grantId);
    for (const { key, value } of await this.#store.listKv(home, REFRESH_PREFIX)) {
      if (parse<RefreshRecord>(value)?.grantId === grantId) await this.#store.deleteKv(home, key);
    }
    await this.#tokens.revokeWhere(home, (p) => p.role === 'partner' && p.grantId === grantId);
    return existed;
  }

  /** Removes a client with every grant and token it has. */
  async removeClient(clientId: string): Promise<boolean> {
    const client = await this.clients.get(clientId);
    if (!client) return false;
    await this.clients.remove(clientId);
    for (const g of await this.grants(client.home)) {
      if (g.clientId === clientId) await this.revokeGrant(client.home, g.grantId);
    }
    for (const { key, value } of await this.#store.listKv(client.home, REFRESH_PREFIX)) {
      if (parse<RefreshRecord>(value)?.clientId === clientId) await this.#store.deleteKv(client.home, key);
    }
    for (const { key, value } of await this.#store.listKv(client.home, CODE_PREFIX)) {
      if (parse<CodeRecord>(value)?.clientId === clientId) await this.#store.deleteKv(client.home, key);
    }
    await this.#tokens.revokeWhere(client.home, (p) => p.role === 'partner' && p.id === clientId);
    return true;
  }

  /** Drops expired codes and refresh tokens (used ones are kept until they expire, for reuse detection). */
  async sweep(home: string): Promise<number> {
    const now = this.#clock.now();
    let n = 0;
    for (const prefix of [CODE_PREFIX, REFRESH_PREFIX]) {
      for (const { key, value } of await this.#store.listKv(home, prefix)) {
        const rec = parse<{ expiresAt?: number }>(value);
        if (!rec || typeof rec.expiresAt !== 'number' || rec.expiresAt <= now) {
          await this.#store.deleteKv(home, key);
          n++;
        }
      }
    }
    return n;
  }

  // Revocation (RFC 7009) and introspection (RFC 7662) ------------------------------------------

  /**
   * Revokes a token of this client. Unknown tokens and tokens of other clients are answered the
   * same way (success, nothing done), so nothing about them leaks.
   */
  async revoke(client: OAuthClient, token: string): Promise<void> {
    const rec = parse<RefreshRecord>(await this.#store.getKv(client.home, REFRESH_PREFIX + hashToken(token)));
    if (rec && rec.clientId === client.clientId) {
      await this.revokeGrant(client.home, rec.grantId);
      return;
    }
    const p = this.#tokens.lookup(token);
    if (p && p.role === 'partner' && p.id === client.clientId) await this.#tokens.revoke(token);
  }

  /**
   * What a token is. `asClient`: only that client's tokens are described; `asHome`: any token of
   * that home (the hub's own services, with the owner's token).
   */
  async introspect(
    token: string,
    who: { client: OAuthClient } | { home: string },
    issuer: string,
  ): Promise<Record<string, unknown>> {
    const home = 'client' in who ? who.client.home : who.home;
    const mine = (clientId: string) => !('client' in who) || who.client.clientId === clientId;
    const now = this.#clock.now();
    const p: Principal | null = this.#tokens.authenticate(token, now);
    if (p && p.home === home && (p.role !== 'partner' ? !('client' in who) : mine(p.id))) {
      return {
        active: true,
        token_type: 'Bearer',
        scope: (p.scopes ?? []).join(' '),
        ...(p.role === 'partner' ? { client_id: p.id } : {}),
        sub:
          p.role === 'partner' ? ((p.grantId && (await this.grant(home, p.grantId))?.person) ?? p.id) : p.id,
        role: p.role,
        home,
        aud: p.audience ?? audienceFor(home),
        iss: issuer,
        ...(p.createdAt ? { iat: Math.floor(p.createdAt / 1000) } : {}),
        ...(p.expiresAt ? { exp: Math.floor(p.expiresAt / 1000) } : {}),
        ...(p.grantId ? { grant_id: p.grantId } : {}),
      };
    }
    const rec = parse<RefreshRecord>(await this.#store.getKv(home, REFRESH_PREFIX + hashToken(token)));
    if (rec && rec.usedAt === null && rec.expiresAt > now && mine(rec.clientId)) {
      const grant = await this.grant(home, rec.grantId);
      if (grant) {
        return {
          active: true,
          token_type: 'refresh_token',
          scope: rec.scopes.join(' '),
          client_id: rec.clientId,
          sub: grant.person,
          home,
          aud: audienceFor(home),
          iss: issuer,
          exp: Math.floor(rec.expiresAt / 1000),
          grant_id: rec.grantId,
        };
      }
    }
    return { active: false };
  }
}

function parse<T>(raw: string | null): T | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}
