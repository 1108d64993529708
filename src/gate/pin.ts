/**
 * The household's PIN. The PIN from the home file is kept only as a scrypt hash in the store (kv
 * `voice-pin:hash`); presented PINs (spoken, or in a partner's `challenge`) are checked against that
 * hash in constant time. After 3 wrong PINs within 10 minutes, every PIN action of the home is
 * blocked for 10 minutes (kept in the store, so a restart does not lift it). Neither the PIN nor an
 * attempt is ever logged or returned.
 *
 * Checks of one home run one at a time: the block is read and a wrong PIN counted inside the same
 * critical section as the (slow) verification, so 60 guesses sent at once still get 3 tries, not
 * 60. Right PINs never count. Only the gate calls `check`, and only for a principal that may
 * perform the action otherwise, so a stranger's guesses never count against the household.
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import type { Store } from '../store/types.js';
import type { Clock } from '../util/clock.js';

export const PIN_MAX_FAILURES = 3;
export const PIN_FAILURE_WINDOW_MS = 10 * 60 * 1000;
export const PIN_BLOCK_MS = 10 * 60 * 1000;

const KEY_HASH = 'voice-pin:hash';
const KEY_FAILURES = 'voice-pin:failures';
const KEY_BLOCKED = 'voice-pin:blocked-until';
const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEYLEN = 32;

function derive(secret: string, salt: Buffer, o: { N: number; r: number; p: number }): Promise<Buffer> {
  const opts: ScryptOptions = { N: o.N, r: o.r, p: o.p, maxmem: 64 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFKC'), salt, KEYLEN, opts, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const salt = Buffer.from(parts[4] as string, 'base64url');
  const want = Buffer.from(parts[5] as string, 'base64url');
  if (!Number.isInteger(N) || !Number.isInteger(r) || !Number.isInteger(p) || want.length !== KEYLEN)
    return false;
  const got = await derive(pin, salt, { N, r, p });
  return timingSafeEqual(got, want);
}

export type PinCheck = 'ok' | 'wrong' | 'blocked' | 'no-pin';

export class VoicePin {
  readonly #store: Store;
  readonly #home: string;
  readonly #clock: Clock;
  #filePin: string | null;
  #ready: Promise<string | null> | null = null;
  #queue: Promise<void> = Promise.resolve();

  constructor(store: Store, home: string, clock: Clock, filePin: string | null) {
    this.#store = store;
    this.#home = home;
    this.#clock = clock;
    this.#filePin = filePin;
  }

  /** The stored hash, (re)written from the home file's PIN when it is missing or the PIN changed. */
  #hash(): Promise<string | null> {
    if (!this.#ready) {
      const pin = this.#filePin;
      this.#filePin = null; // keep the plain PIN no longer than needed
      this.#ready = (async () => {
        const stored = await this.#store.getKv(this.#home, KEY_HASH);
        if (pin === null) return stored;
        if (stored && (await verifyPin(pin, stored))) return stored;
        const h = await hashPin(pin);
        await this.#store.putKv(this.#home, KEY_HASH, h);
        return h;
      })();
      this.#ready.catch(() => {
        this.#ready = null;
      });
    }
    return this.#ready;
  }

  async configured(): Promise<boolean> {
    return (await this.#hash()) !== null;
  }

  /** Until when voice unlock is blocked (ms since the epoch), or null. */
  async blockedUntil(): Promise<number | null> {
    const v = Number(await this.#store.getKv(this.#home, KEY_BLOCKED));
    return Number.isFinite(v) && v > this.#clock.now() ? v : null;
  }

  /** Checks a presented PIN (digits only) and counts failures; one check of the home at a time. */
  check(digits: string): Promise<PinCheck> {
    const run = this.#queue.then(() => this.#check(digits));
    this.#queue = run.then(
      () => {},
      () => {},
    );
    return run;
  }

  async #check(digits: string): Promise<PinCheck> {
    const hash = await this.#hash();
    if (hash === null) return 'no-pin';
    if ((await this.blockedUntil()) !== null) return 'blocked';
    if (await verifyPin(digits, hash)) {
      await this.#store.deleteKv(this.#home, KEY_FAILURES);
      return 'ok';
    }
    const now = this.#clock.now();
    let failures: number[] = [];
    try {
      const raw = JSON.parse((await this.#store.getKv(this.#home, KEY_FAILURES)) ?? '[]');
      if (Array.isArray(raw)) failures = raw.filter((t): t is number => typeof t === 'number');
    } catch {
      failures = [];
    }
    failures = [...failures.filter((t) => now - t < PIN_FAILURE_WINDOW_MS), now];
    if (failures.length >= PIN_MAX_FAILURES) {
      await this.#store.putKv(this.#home, KEY_BLOCKED, String(now + PIN_BLOCK_MS));
      await this.#store.deleteKv(this.#home, KEY_FAILURES);
      return 'blocked';
    }
    await this.#store.putKv(this.#home, KEY_FAILURES, JSON.stringify(failures));
    return 'wrong';
  }
}
