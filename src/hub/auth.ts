/**
 * Who is asking, decided in one place. Every request is bound to a home and a principal; tokens
 * are stored hashed. A token of one home used on another home is treated as "not found" by the
 * surfaces, identical to an unknown home, so nothing leaks.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/types.js';

export type Role = 'owner' | 'member' | 'guest' | 'partner';

export interface Principal {
  home: string;
  role: Role;
  /** Person or client id. */
  id: string;
  /** OAuth scopes for partners; undefined = everything the role allows. */
  scopes?: string[];
  expiresAt?: number | null;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const newToken = (prefix = 'yd'): string => `${prefix}_${randomBytes(32).toString('base64url')}`;

const TOKEN_PREFIX = 'token:';

export class TokenRegistry {
  readonly #byHash = new Map<string, Principal>();
  readonly #store: Store;

  constructor(store: Store) {
    this.#store = store;
  }

  async load(home: string): Promise<void> {
    for (const { key, value } of await this.#store.listKv(home, TOKEN_PREFIX)) {
      this.#byHash.set(key.slice(TOKEN_PREFIX.length), JSON.parse(value) as Principal);
    }
  }

  async add(token: string, principal: Principal): Promise<void> {
    const h = hashToken(token);
    await this.#store.putKv(principal.home, TOKEN_PREFIX + h, JSON.stringify(principal));
    this.#byHash.set(h, principal);
  }

  async revoke(token: string): Promise<boolean> {
    const h = hashToken(token);
    const p = this.#byHash.get(h);
    if (!p) return false;
    await this.#store.deleteKv(p.home, TOKEN_PREFIX + h);
    this.#byHash.delete(h);
    return true;
  }

  /** The principal of a bearer token, or null (unknown, expired). */
  authenticate(token: string, now: number): Principal | null {
    const p = this.#byHash.get(hashToken(token));
    if (!p) return null;
    if (p.expiresAt && p.expiresAt <= now) return null;
    return p;
  }

  /**
   * Makes sure the home has an owner token: reuses the token file when its hash is known,
   * otherwise creates a new token and writes it with mode 0600.
   */
  async ensureOwnerToken(home: string, files: string[]): Promise<string> {
    for (const f of files) {
      if (!existsSync(f)) continue;
      const token = readFileSync(f, 'utf8').trim();
      const p = this.#byHash.get(hashToken(token));
      if (p && p.home === home && p.role === 'owner') {
        for (const g of files) writeSecret(g, token);
        return token;
      }
    }
    const token = newToken();
    await this.add(token, { home, role: 'owner', id: 'owner' });
    for (const f of files) writeSecret(f, token);
    return token;
  }
}

export function writeSecret(path: string, content: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `${content}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
