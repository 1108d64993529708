/**
 * Who is asking, decided in one place. Every request is bound to a home and a principal; tokens
 * are stored hashed (SHA-256 of a 256-bit random value), shown once, revocable, with expiry.
 *
 * Store layout (kv, per home):
 *   token:<sha256>   → Principal (JSON)
 *   person:<id>      → Person (JSON)
 *   auth:gen         → a nonce changed on every write, so a running hub notices tokens or people
 *                      changed by another process on the same data folder (the CLI) within ~250 ms.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/types.js';

export type Role = 'owner' | 'member' | 'guest' | 'partner';
export type PersonRole = Exclude<Role, 'partner'>;

export interface Principal {
  home: string;
  role: Role;
  /** Person id, or the OAuth client id for partners. */
  id: string;
  /** OAuth scopes for partners; undefined = everything the role allows. */
  scopes?: string[];
  expiresAt?: number | null;
  createdAt?: number;
  /** Partners: the OAuth grant (link) the token belongs to, and the token's audience. */
  grantId?: string;
  audience?: string;
  /** Partners: whose rules in the home file's grants apply (an assistant id or the client id). */
  assistant?: string;
}

export interface Person {
  id: string;
  home: string;
  name: string;
  role: PersonRole;
  /** Guests: the devices they may view and operate (the owner's list). Ignored for other roles. */
  devices: string[];
  createdAt: number;
}

export interface TokenInfo {
  tokenId: string;
  home: string;
  role: Role;
  id: string;
  grantId?: string;
  scopes?: string[];
  createdAt: number | null;
  expiresAt: number | null;
}

/** The last tokens hashed, so a token used on every request is hashed once (bounded: cleared when full). */
const hashed = new Map<string, string>();

export const hashToken = (token: string): string => {
  let h = hashed.get(token);
  if (h === undefined) {
    h = createHash('sha256').update(token).digest('hex');
    if (hashed.size >= 1024) hashed.clear();
    hashed.set(token, h);
  }
  return h;
};

export const newToken = (prefix = 'yd'): string => `${prefix}_${randomBytes(32).toString('base64url')}`;

/** A public handle of a token (for listing and revoking) derived from its hash; reveals nothing usable. */
export const tokenIdOf = (hash: string): string => `tk_${hash.slice(0, 20)}`;

const TOKEN_PREFIX = 'token:';
const PERSON_PREFIX = 'person:';
const GEN_KEY = 'auth:gen';
const POLL_MS = 250;
const PERSON_ID = /^[A-Za-z0-9_.-]{1,64}$/;

interface Entry {
  p: Principal;
  seq: number;
}

export class TokenRegistry {
  readonly #byHash = new Map<string, Entry>();
  /** The hashes of #byHash by their principal's home (a home's tokens without a scan of all homes'). */
  readonly #byHome = new Map<string, Set<string>>();
  readonly #people = new Map<string, Map<string, Person>>();
  readonly #gens = new Map<string, string | null>();
  readonly #store: Store;
  #seq = 0;
  #timer: NodeJS.Timeout | undefined;
  #syncing = false;
  /** The store's change mark at the last sync (store.changeMark). */
  #mark: string | undefined;

  readonly #watch: boolean;

  /**
   * `watch: false` (a fleet node): no polling for changes by other processes; a home's tokens are
   * only changed through the node serving it, and loaded afresh when a home moves.
   */
  constructor(store: Store, opts: { watch?: boolean } = {}) {
    this.#store = store;
    this.#watch = opts.watch ?? true;
  }

  /** Loads a home's tokens and people, and starts watching the store for changes by other processes. */
  async load(home: string): Promise<void> {
    this.#gens.set(home, await this.#store.getKv(home, GEN_KEY));
    await this.#reload(home, true);
    await this.purgeExpired(home, Date.now());
    if (!this.#timer && this.#watch) {
      this.#timer = setInterval(() => void this.sync(), POLL_MS);
      this.#timer.unref?.();
    }
  }

  /** Forgets a home's tokens and people (fleet mode: the home is now served by another node). */
  unload(home: string): void {
    this.#gens.delete(home);
    this.#people.delete(home);
    for (const [h] of this.#entriesOf(home)) this.#drop(h);
  }

  /** Stops watching the store. */
  close(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Re-reads every home whose data changed in the store since the last look. */
  async sync(): Promise<void> {
    if (this.#syncing) return;
    this.#syncing = true;
    try {
      // Nothing committed by another process since the last look: no home to re-read (with many
      // homes, reading each one's generation 4 times a second was most of the hub's idle CPU).
      const mark = await this.#store.changeMark?.();
      if (mark !== undefined && mark === this.#mark) return;
      for (const [home, known] of this.#gens) {
        const gen = await this.#store.getKv(home, GEN_KEY);
        if (gen === known) continue;
        this.#gens.set(home, gen);
        await this.#reload(home, false);
      }
      this.#mark = mark;
    } catch (err) {
      if ((err as { code?: string }).code === 'storage-unavailable') this.close();
    } finally {
      this.#syncing = false;
    }
  }

  async #reload(home: string, first: boolean): Promise<void> {
    const startSeq = this.#seq;
    const rows = await this.#store.listKv(home, TOKEN_PREFIX);
    const present = new Set<string>();
    for (const { key, value } of rows) {
      const h = key.slice(TOKEN_PREFIX.length);
      present.add(h);
      if (!this.#byHash.has(h)) {
        try {
          this.#put(h, { p: JSON.parse(value) as Principal, seq: ++this.#seq });
        } catch {
          // a damaged row is ignored (and never authenticates)
        }
      }
    }
    if (!first) {
      // Forget tokens removed by another process, but keep those added here while we were reading.
      for (const [h, e] of this.#entriesOf(home)) {
        if (e.seq <= startSeq && !present.has(h)) this.#drop(h);
      }
    }
    const people = new Map<string, Person>();
    for (const { key, value } of await this.#store.listKv(home, PERSON_PREFIX)) {
      try {
        people.set(key.slice(PERSON_PREFIX.length), JSON.parse(value) as Person);
      } catch {
        // ignored
      }
    }
    this.#people.set(home, people);
  }

  #put(h: string, e: Entry): void {
    const old = this.#byHash.get(h);
    if (old && old.p.home !== e.p.home) this.#byHome.get(old.p.home)?.delete(h);
    this.#byHash.set(h, e);
    let hashes = this.#byHome.get(e.p.home);
    if (!hashes) {
      hashes = new Set();
      this.#byHome.set(e.p.home, hashes);
    }
    hashes.add(h);
  }

  #drop(h: string): void {
    const e = this.#byHash.get(h);
    if (!e) return;
    this.#byHash.delete(h);
    this.#byHome.get(e.p.home)?.delete(h);
  }

  /** A home's entries (a copy: the caller may drop some while it goes through them). */
  #entriesOf(home: string): Array<[string, Entry]> {
    const out: Array<[string, Entry]> = [];
    for (const h of this.#byHome.get(home) ?? []) {
      const e = this.#byHash.get(h);
      if (e) out.push([h, e]);
    }
    return out;
  }

  async #bump(home: string): Promise<void> {
    const gen = randomBytes(8).toString('hex');
    await this.#store.putKv(home, GEN_KEY, gen);
    if (this.#gens.has(home)) this.#gens.set(home, gen);
  }

  async add(token: string, principal: Principal): Promise<void> {
    const h = hashToken(token);
    await this.#store.putKv(principal.home, TOKEN_PREFIX + h, JSON.stringify(principal));
    this.#put(h, { p: principal, seq: ++this.#seq });
    await this.#bump(principal.home);
  }

  /** Creates a new token for a principal; the token itself is returned once and never stored. */
  async issue(
    principal: Principal,
    prefix = 'yd',
  ): Promise<{ token: string; tokenId: string; expiresAt: number | null }> {
    const token = newToken(prefix);
    await this.add(token, principal);
    return { token, tokenId: tokenIdOf(hashToken(token)), expiresAt: principal.expiresAt ?? null };
  }

  async revoke(token: string): Promise<boolean> {
    const h = hashToken(token);
    const e = this.#byHash.get(h);
    if (!e) return false;
    await this.#store.deleteKv(e.p.home, TOKEN_PREFIX + h);
    this.#drop(h);
    await this.#bump(e.p.home);
    return true;
  }

  /** Revokes every token of a home that matches; returns how many. */
  async revokeWhere(home: string, match: (p: Principal, tokenId: string) => boolean): Promise<number> {
    // Read the store too: tokens written by another process may not be in memory yet.
    const hashes = new Set<string>();
    for (const { key, value } of await this.#store.listKv(home, TOKEN_PREFIX)) {
      const h = key.slice(TOKEN_PREFIX.length);
      try {
        if (match(JSON.parse(value) as Principal, tokenIdOf(h))) hashes.add(h);
      } catch {
        hashes.add(h);
      }
    }
    for (const [h, e] of this.#entriesOf(home)) if (match(e.p, tokenIdOf(h))) hashes.add(h);
    for (const h of hashes) {
      await this.#store.deleteKv(home, TOKEN_PREFIX + h);
      this.#drop(h);
    }
    if (hashes.size > 0) await this.#bump(home);
    return hashes.size;
  }

  async revokeTokenId(home: string, tokenId: string): Promise<boolean> {
    return (await this.revokeWhere(home, (_p, id) => id === tokenId)) > 0;
  }

  /** The principal of a bearer token, or null (unknown, malformed, expired, revoked). */
  authenticate(token: string, now: number): Principal | null {
    if (token.length < 8 || token.length > 512) return null;
    const e = this.#byHash.get(hashToken(token));
    if (!e) return null;
    if (e.p.expiresAt && e.p.expiresAt <= now) return null;
    return e.p;
  }

  /** The principal of a token by its hash-derived id, for introspection by the hub's own services. */
  lookup(token: string): Principal | null {
    return this.#byHash.get(hashToken(token))?.p ?? null;
  }

  tokens(home: string, now: number): TokenInfo[] {
    const out: TokenInfo[] = [];
    for (const [h, { p }] of this.#entriesOf(home)) {
      if (p.expiresAt && p.expiresAt <= now) continue;
      out.push({
        tokenId: tokenIdOf(h),
        home,
        role: p.role,
        id: p.id,
        ...(p.grantId ? { grantId: p.grantId } : {}),
        ...(p.scopes ? { scopes: p.scopes } : {}),
        createdAt: p.createdAt ?? null,
        expiresAt: p.expiresAt ?? null,
      });
    }
    return out.sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
  }

  /** Drops expired tokens from the store (they never authenticate anyway). */
  async purgeExpired(home: string, now: number): Promise<number> {
    return this.revokeWhere(home, (p) => !!p.expiresAt && p.expiresAt <= now);
  }

  // People ------------------------------------------------------------------------------------

  person(home: string, id: string): Person | undefined {
    return this.#people.get(home)?.get(id);
  }

  people(home: string): Person[] {
    return [...(this.#people.get(home)?.values() ?? [])].sort((a, b) => a.createdAt - b.createdAt);
  }

  async addPerson(
    home: string,
    p: { id?: string; name: string; role: PersonRole; devices?: string[] },
    now: number,
  ): Promise<Person> {
    const id = p.id ?? `p_${randomBytes(6).toString('hex')}`;
    if (!PERSON_ID.test(id)) throw new Error(`'${id}' is not a valid person id`);
    if (this.person(home, id) || (await this.#store.getKv(home, PERSON_PREFIX + id))) {
      throw new Error(`person '${id}' already exists`);
    }
    const person: Person = {
      id,
      home,
      name: p.name,
      role: p.role,
      devices: [...new Set(p.devices ?? [])],
      createdAt: now,
    };
    await this.#savePerson(person);
    return person;
  }

  async updatePerson(
    home: string,
    id: string,
    patch: { name?: string; devices?: string[] },
  ): Promise<Person | null> {
    const cur = this.person(home, id);
    if (!cur) return null;
    const next: Person = {
      ...cur,
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.devices !== undefined ? { devices: [...new Set(patch.devices)] } : {}),
    };
    await this.#savePerson(next);
    return next;
  }

  /** Removes a person and revokes every token of theirs. */
  async removePerson(home: string, id: string): Promise<boolean> {
    const cur = this.person(home, id);
    if (!cur) return false;
    await this.revokeWhere(home, (p) => p.role !== 'partner' && p.id === id);
    await this.#store.deleteKv(home, PERSON_PREFIX + id);
    this.#people.get(home)?.delete(id);
    await this.#bump(home);
    return true;
  }

  async #savePerson(person: Person): Promise<void> {
    await this.#store.putKv(person.home, PERSON_PREFIX + person.id, JSON.stringify(person));
    let m = this.#people.get(person.home);
    if (!m) {
      m = new Map();
      this.#people.set(person.home, m);
    }
    m.set(person.id, person);
    await this.#bump(person.home);
  }

  /**
   * Makes sure the home has an owner token: reuses the token file when its hash is known,
   * otherwise creates a new token and writes it with mode 0600.
   */
  async ensureOwnerToken(home: string, files: string[]): Promise<string> {
    for (const f of files) {
      if (!existsSync(f)) continue;
      const token = readFileSync(f, 'utf8').trim();
      const p = this.#byHash.get(hashToken(token))?.p;
      if (p && p.home === home && p.role === 'owner') {
        // Rewritten only where missing or different (a restart of many homes rewrote each file).
        for (const g of files) if (!holdsSecret(g, token)) writeSecret(g, token);
        return token;
      }
    }
    const token = newToken();
    await this.add(token, { home, role: 'owner', id: 'owner', createdAt: Date.now(), expiresAt: null });
    for (const f of files) writeSecret(f, token);
    return token;
  }
}

/** Whether a file holds exactly what writeSecret would write, readable by its owner only. */
function holdsSecret(path: string, content: string): boolean {
  try {
    return (statSync(path).mode & 0o777) === 0o600 && readFileSync(path, 'utf8') === `${content}\n`;
  } catch {
    return false;
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
