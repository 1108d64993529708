/**
 * Secrets at rest. Vendor credentials in a home file may be `${ENV_NAME}` references (expanded by
 * home/load.ts) or values sealed with this module (`ydenc:v1:…`); credentials the hub keeps in its
 * store (vendor refresh tokens and the like) are sealed with AES-256-GCM under a key from
 * YEONDONG_SECRET_KEY or the key file DATA/secret.key (created with mode 0600). Nothing here ever
 * logs a secret; every log line goes through `redact` (src/util/redact.ts).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/types.js';

const PREFIX = 'ydenc:v1:';
const KEY_FILE = 'secret.key';
const SECRET_KV = 'secret:';

export class SecretError extends Error {}

/** The key: YEONDONG_SECRET_KEY (32 bytes as base64 or hex, or a passphrase), else DATA/secret.key. */
export function loadSecretKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.YEONDONG_SECRET_KEY;
  if (fromEnv !== undefined && fromEnv !== '') return keyFromText(fromEnv);
  const path = join(dataDir, KEY_FILE);
  if (existsSync(path)) {
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    return keyFromText(readFileSync(path, 'utf8').trim());
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST')
      return keyFromText(readFileSync(path, 'utf8').trim());
    throw err;
  }
  chmodSync(path, 0o600);
  return key;
}

function keyFromText(text: string): Buffer {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  const b = Buffer.from(text, 'base64');
  if (b.length === 32 && /^[A-Za-z0-9+/_-]{43}=?$/.test(text)) return b;
  if (text.length < 16)
    throw new SecretError(
      'YEONDONG_SECRET_KEY must be 32 bytes (base64 or hex) or a passphrase of 16+ characters',
    );
  return scryptSync(text, 'yeondong-secret-key-v1', 32);
}

export class SecretBox {
  readonly #key: Buffer;
  /** A short fingerprint of the key (never the key), to tell keys apart in messages. */
  readonly keyId: string;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new SecretError('the secret key must be 32 bytes');
    this.#key = Buffer.from(key);
    this.keyId = createHash('sha256').update(key).digest('hex').slice(0, 8);
  }

  static forDataDir(dataDir: string, env: NodeJS.ProcessEnv = process.env): SecretBox {
    return new SecretBox(loadSecretKey(dataDir, env));
  }

  static isSealed(value: string): boolean {
    return value.startsWith(PREFIX);
  }

  /** Seals a value; `context` (e.g. "home/connection/token") is bound to it as associated data. */
  seal(plain: string, context = ''): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.#key, iv);
    c.setAAD(Buffer.from(context));
    const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return PREFIX + Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64url');
  }

  open(sealed: string, context = ''): string {
    if (!SecretBox.isSealed(sealed)) throw new SecretError('not a sealed value');
    const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
    if (raw.length < 28) throw new SecretError('sealed value is damaged');
    const d = createDecipheriv('aes-256-gcm', this.#key, raw.subarray(0, 12));
    d.setAAD(Buffer.from(context));
    d.setAuthTag(raw.subarray(12, 28));
    try {
      return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
    } catch {
      throw new SecretError('sealed value cannot be opened with this key (wrong key or tampered)');
    }
  }

  /** A home file credential: sealed values are opened, anything else is returned as it is. */
  reveal(value: string | undefined, context = ''): string | undefined {
    return value !== undefined && SecretBox.isSealed(value) ? this.open(value, context) : value;
  }
}

/** Keeps a secret of a home in the store, sealed. */
export async function putSecret(
  store: Store,
  box: SecretBox,
  home: string,
  name: string,
  value: string,
): Promise<void> {
  await store.putKv(home, SECRET_KV + name, box.seal(value, `${home}/${name}`));
}

export async function getSecret(
  store: Store,
  box: SecretBox,
  home: string,
  name: string,
): Promise<string | null> {
  const v = await store.getKv(home, SECRET_KV + name);
  return v === null ? null : box.open(v, `${home}/${name}`);
}

export async function deleteSecret(store: Store, home: string, name: string): Promise<void> {
  await store.deleteKv(home, SECRET_KV + name);
}

export { redact } from '../util/redact.js';
