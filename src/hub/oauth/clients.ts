/**
 * OAuth 2.0 clients (partners) registered per home. Kept in the store only, never cached, so a
 * client added by `yeondong clients add` in another process is accepted by a running hub at once.
 * Secrets are 256-bit random values shown once; only their SHA-256 is stored.
 *
 * Client id: `ydc_<24 hex>.<home id>` — the home is part of the id, so the token endpoint finds
 * the client's home without an index (hex has no '.', home ids may have one).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { nameProblem } from '../../model/text.js';
import type { Store } from '../../store/types.js';

export const SCOPES = ['devices:read', 'devices:operate', 'conversation'] as const;
export type Scope = (typeof SCOPES)[number];

export interface OAuthClient {
  clientId: string;
  home: string;
  name: string;
  redirectUris: string[];
  /** The scopes this client may ever ask for. */
  scopes: Scope[];
  /** Whose grants in the home file apply (an assistant id or the client id; '*' rules always apply). */
  assistant: string;
  secretHash: string;
  createdAt: number;
}

export type PublicClient = Omit<OAuthClient, 'secretHash'>;

const CLIENT_PREFIX = 'oauth:client:';
const CLIENT_ID = /^ydc_([0-9a-f]{24})\.([A-Za-z0-9_.-]{1,64})$/;

const sha256 = (s: string) => createHash('sha256').update(s).digest();

export const homeOfClientId = (clientId: string): string | null => CLIENT_ID.exec(clientId)?.[2] ?? null;

export const isScope = (s: string): s is Scope => (SCOPES as readonly string[]).includes(s);

/** A redirect URI a client may register: absolute, no fragment; http only for loopback. */
export function checkRedirectUri(uri: string): string | null {
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    return 'is not an absolute URI';
  }
  if (u.hash || uri.includes('#')) return 'must not have a fragment';
  if (u.username || u.password) return 'must not carry credentials';
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  if (u.protocol === 'http:' && !loopback) return 'must use https (http only for loopback addresses)';
  if (['javascript:', 'data:', 'file:', 'vbscript:'].includes(u.protocol)) return 'has a forbidden scheme';
  if (uri.length > 2000) return 'is too long';
  return null;
}

export class ClientRegistry {
  readonly #store: Store;

  constructor(store: Store) {
    this.#store = store;
  }

  async add(
    home: string,
    c: { name: string; redirectUris: string[]; scopes?: Scope[]; assistant?: string },
    now: number,
  ): Promise<{ client: PublicClient; clientSecret: string }> {
    const badName = nameProblem('the client name', c.name);
    if (badName) throw new Error(badName);
    if (c.redirectUris.length === 0) throw new Error('at least one redirect URI is needed');
    for (const u of c.redirectUris) {
      const problem = checkRedirectUri(u);
      if (problem) throw new Error(`redirect URI '${u}' ${problem}`);
    }
    const clientId = `ydc_${randomBytes(12).toString('hex')}.${home}`;
    if (!CLIENT_ID.test(clientId)) throw new Error(`'${home}' is not a valid home id`);
    const clientSecret = `ydcs_${randomBytes(32).toString('base64url')}`;
    const client: OAuthClient = {
      clientId,
      home,
      name: c.name,
      redirectUris: [...new Set(c.redirectUris)],
      scopes: c.scopes && c.scopes.length > 0 ? [...new Set(c.scopes)] : [...SCOPES],
      assistant: c.assistant ?? clientId,
      secretHash: sha256(clientSecret).toString('hex'),
      createdAt: now,
    };
    await this.#store.putKv(home, CLIENT_PREFIX + clientId, JSON.stringify(client));
    return { client: publicClient(client), clientSecret };
  }

  /** The client, read from the store on every call. */
  async get(clientId: string): Promise<OAuthClient | null> {
    const home = homeOfClientId(clientId);
    if (!home) return null;
    const raw = await this.#store.getKv(home, CLIENT_PREFIX + clientId);
    if (!raw) return null;
    try {
      const c = JSON.parse(raw) as OAuthClient;
      return c.clientId === clientId && c.home === home ? c : null;
    } catch {
      return null;
    }
  }

  /** The client if the secret is right (constant-time comparison of hashes), else null. */
  async authenticate(clientId: string, secret: string): Promise<OAuthClient | null> {
    const c = await this.get(clientId);
    const given = sha256(secret);
    const want = Buffer.from(c?.secretHash ?? '0'.repeat(64), 'hex');
    const ok = want.length === given.length && timingSafeEqual(want, given);
    return c && ok ? c : null;
  }

  async list(home: string): Promise<PublicClient[]> {
    const out: PublicClient[] = [];
    for (const { value } of await this.#store.listKv(home, CLIENT_PREFIX)) {
      try {
        out.push(publicClient(JSON.parse(value) as OAuthClient));
      } catch {
        // ignored
      }
    }
    return out.sort((a, b) => a.createdAt - b.createdAt);
  }

  async remove(clientId: string): Promise<boolean> {
    const c = await this.get(clientId);
    if (!c) return false;
    await this.#store.deleteKv(c.home, CLIENT_PREFIX + clientId);
    return true;
  }
}

export function publicClient(c: OAuthClient): PublicClient {
  const { secretHash: _drop, ...rest } = c;
  return rest;
}
