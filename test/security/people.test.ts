/**
 * People and their tokens (shown once, hashed, revocable, with expiry), the `clients` command on
 * the same data folder as a running hub, rate limits, security headers, and secrets at rest.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clientsCommand } from '../../src/cli/clients.js';
import { hashToken } from '../../src/hub/auth.js';
import { getSecret, loadSecretKey, putSecret, redact, SecretBox } from '../../src/hub/secrets.js';
import { RateLimiter } from '../../src/server/limits.js';
import { tempDir } from '../support/hub.js';
import { authorizeStep, basic, pkce, type SecurityHub, startSecurityHub } from './support.js';

let h: SecurityHub;

beforeAll(async () => {
  h = await startSecurityHub();
});
afterAll(async () => {
  await h?.stop();
});

/** Runs `yeondong clients …` in-process; its own SQLite connection to the hub's file, as a second process would have. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await clientsCommand(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** `yeondong clients add` for the seoul home, on the running hub's data folder. */
const addClientByCli = (name: string, ...flags: string[]) =>
  cli(['add', '--data', h.dataDir, '--home', 'seoul', '--name', name, ...flags]);

const addPerson = (person: Record<string, unknown>) => h.post('/api/v1/homes/seoul/people', person);

describe('people and tokens', () => {
  it('shows a token once, stores only its hash, and lists it without its value', async () => {
    const r = await addPerson({ name: '아빠', role: 'member', expiresInDays: 7 });
    expect(r.status).toBe(201);
    expect(r.headers.get('cache-control')).toBe('no-store');
    const { token, tokenId, expiresAt, person } = r.body;
    expect(person.role).toBe('member');
    expect(expiresAt).toBeGreaterThan(Date.now() + 6 * 86400_000);
    const kv = await h.hub.ctx.store.listKv('seoul', '');
    expect(JSON.stringify(kv)).not.toContain(token);
    expect(kv.some((e) => e.key === `token:${hashToken(token)}`)).toBe(true);
    const list = await h.api('/api/v1/homes/seoul/tokens');
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(list.body.find((t: { tokenId: string }) => t.tokenId === tokenId)).toMatchObject({
      role: 'member',
      id: person.id,
    });
    expect((await h.api('/api/v1/homes/seoul/devices', { token })).status).toBe(200);
    // Removing the person revokes every token of theirs.
    expect((await h.api(`/api/v1/homes/seoul/people/${person.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await h.api('/api/v1/homes/seoul/devices', { token })).status).toBe(401);
  });

  it('issues another token for a person with no body at all (every field is optional)', async () => {
    const r = await addPerson({ name: '이모', role: 'member' });
    const again = await h.api(`/api/v1/homes/seoul/people/${r.body.person.id}/tokens`, { method: 'POST' });
    expect(again.status).toBe(201);
    expect((await h.api('/api/v1/homes/seoul/devices', { token: again.body.token })).status).toBe(200);
  });

  it('expires tokens', async () => {
    const r = await addPerson({ name: '손님', role: 'guest', devices: ['vent'], expiresInDays: 1 });
    expect((await h.api('/api/v1/homes/seoul/devices', { token: r.body.token })).status).toBe(200);
    h.advance(86400_000 + 1000);
    try {
      expect((await h.api('/api/v1/homes/seoul/devices', { token: r.body.token })).status).toBe(401);
    } finally {
      h.advance(-(86400_000 + 1000));
    }
  });

  it('refuses guest lists with devices of another home or unknown fields', async () => {
    const bad = await addPerson({ name: 'x', role: 'guest', devices: ['fridge'] });
    expect(bad.status).toBe(400);
    const owner = await addPerson({ name: 'x', role: 'owner' });
    expect(owner.status).toBe(400);
    const extra = await addPerson({ name: 'x', role: 'member', admin: true });
    expect(extra.status).toBe(400);
  });

  it('writes owner token files with mode 0600, one per home', () => {
    for (const f of ['owner.token', 'tokens/seoul.token', 'tokens/jeju.token']) {
      expect(statSync(join(h.dataDir, f)).mode & 0o777).toBe(0o600);
    }
    expect(readFileSync(join(h.dataDir, 'owner.token'), 'utf8').trim()).toBe(h.owner('seoul'));
    expect(readFileSync(join(h.dataDir, 'tokens/jeju.token'), 'utf8').trim()).toBe(h.owner('jeju'));
  });
});

describe('yeondong clients (same data folder as a running hub)', () => {
  it('adds a client the running hub accepts at once, lists it without the secret, and removing it stops its tokens within a second', async () => {
    const add = await addClientByCli('Clova', '--redirect-uri', 'https://partner.example/cb');
    expect(add.code).toBe(0);
    const lines = add.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const { clientId, clientSecret } = JSON.parse(lines[0] as string);
    expect(clientId).toMatch(/^ydc_/);
    expect(clientSecret).toMatch(/^ydcs_/);
    // The running hub accepts it at once.
    const { verifier, challenge } = pkce();
    const a = await authorizeStep(
      h,
      {
        response_type: 'code',
        client_id: clientId,
        redirect_uri: 'https://partner.example/cb',
        scope: 'devices:read',
        state: 's',
        code_challenge: challenge,
        code_challenge_method: 'S256',
      },
      h.owner('seoul'),
    );
    expect(a.res.status).toBe(302);
    const tok = await h.form(
      '/oauth/token',
      {
        grant_type: 'authorization_code',
        code: a.location?.searchParams.get('code') ?? '',
        redirect_uri: 'https://partner.example/cb',
        code_verifier: verifier,
      },
      { authorization: basic(clientId, clientSecret) },
    );
    expect(tok.status).toBe(200);
    expect((await h.api('/api/v1/homes/seoul/devices', { token: tok.body.access_token })).status).toBe(200);

    const list = await cli(['list', '--data', h.dataDir, '--home', 'seoul']);
    expect(list.out).toContain(clientId);
    expect(list.out).not.toContain(clientSecret);
    expect(list.out).not.toContain('secretHash');

    const rm = await cli(['remove', '--data', h.dataDir, '--client', clientId]);
    expect(rm.code).toBe(0);
    const t0 = Date.now();
    let status = 200;
    while (Date.now() - t0 < 1000 && status === 200) {
      status = (await h.api('/api/v1/homes/seoul/devices', { token: tok.body.access_token })).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(401);
    expect(Date.now() - t0).toBeLessThan(1000);
    const refresh = await h.form(
      '/oauth/token',
      { grant_type: 'refresh_token', refresh_token: tok.body.refresh_token },
      { authorization: basic(clientId, clientSecret) },
    );
    expect(refresh.body.error).toBe('invalid_client');
  });

  it('refuses bad input with a message and exit code 2', async () => {
    for (const flags of [
      ['--redirect-uri', 'http://evil.example/cb'],
      [],
      ['--redirect-uri', 'https://a.example/cb', '--scope', 'admin'],
    ]) {
      expect((await addClientByCli('x', ...flags)).code, flags.join(' ')).toBe(2);
    }
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['--help'])).code).toBe(0);
  });
});

describe('limits and headers', () => {
  it('answers 429 with Retry-After per token and per address', async () => {
    const l = await startSecurityHub({ limits: { windowMs: 60_000, perToken: 5, perAddress: 12 } });
    try {
      const seen: number[] = [];
      for (let i = 0; i < 6; i++) seen.push((await l.api('/api/v1/homes/seoul/devices')).status);
      expect(seen.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      const r = await l.api('/api/v1/homes/seoul/devices');
      expect(r.status).toBe(429);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(r.body.error.code).toBe('too-many-requests');
      // Another principal from the same address is counted on its own.
      expect((await l.api('/api/v1/homes/jeju/devices', { token: l.owner('jeju') })).status).toBe(200);
      // Requests without a token count against the address.
      const anon: number[] = [];
      for (let i = 0; i < 13; i++) anon.push((await l.api('/api/v1/health', { token: null })).status);
      expect(anon.slice(0, 12).every((s) => s === 200)).toBe(true);
      expect(anon[12]).toBe(429);
    } finally {
      await l.stop();
    }
  });

  it('keeps a bounded number of counters', () => {
    let now = 0;
    const rl = new RateLimiter({ windowMs: 1000, maxKeys: 100 }, () => now);
    for (let i = 0; i < 1000; i++) rl.hit(`k${i}`, 10);
    now = 2000;
    expect(rl.hit('k1', 1)).toBe(0);
    expect(rl.hit('k1', 1)).toBeGreaterThan(0);
  });

  it('puts a CSP without inline script and frame-ancestors none on HTML pages', async () => {
    const c = await h.api('/oauth/authorize?client_id=x', { token: null });
    expect(c.status).toBe(400);
    const { challenge } = pkce();
    const { ClientRegistry } = await import('../../src/hub/oauth/clients.js');
    const { client } = await new ClientRegistry(h.hub.ctx.store).add(
      'seoul',
      { name: '<b>Evil</b>', redirectUris: ['https://p.example/cb'] },
      Date.now(),
    );
    const page = await fetch(
      `${h.url}/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: client.clientId, code_challenge: challenge, code_challenge_method: 'S256', state: '"><script>' })}`,
    );
    const html = await page.text();
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(html).not.toContain('<b>Evil</b>');
    expect(html).not.toContain('"><script>');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe('secrets at rest', () => {
  it('creates a key file with mode 0600 and seals values with AES-256-GCM', async () => {
    const dir = tempDir('yd-secret-');
    const box = SecretBox.forDataDir(dir, {});
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    const sealed = box.seal('vendor-refresh-token', 'seoul/lg');
    expect(sealed).toMatch(/^ydenc:v1:/);
    expect(sealed).not.toContain('vendor-refresh-token');
    expect(box.open(sealed, 'seoul/lg')).toBe('vendor-refresh-token');
    expect(() => box.open(sealed, 'jeju/lg')).toThrow();
    // The same key file gives the same key; another key cannot open it.
    expect(SecretBox.forDataDir(dir, {}).open(sealed, 'seoul/lg')).toBe('vendor-refresh-token');
    expect(() => SecretBox.forDataDir(tempDir('yd-secret-'), {}).open(sealed, 'seoul/lg')).toThrow();
    // From the environment: 32 bytes base64/hex or a passphrase.
    const env = { YEONDONG_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') };
    expect(loadSecretKey(dir, env)).toEqual(Buffer.alloc(32, 7));
    expect(loadSecretKey(dir, { YEONDONG_SECRET_KEY: 'a long enough passphrase' })).toHaveLength(32);
    expect(() => loadSecretKey(dir, { YEONDONG_SECRET_KEY: 'short' })).toThrow();
  });

  it('keeps secrets in the store sealed, and redacts them from logs', async () => {
    const box = new SecretBox(Buffer.alloc(32, 1));
    await putSecret(h.hub.ctx.store, box, 'seoul', 'lg/refresh', 'rt-123456');
    const raw = await h.hub.ctx.store.getKv('seoul', 'secret:lg/refresh');
    expect(raw).not.toContain('rt-123456');
    expect(await getSecret(h.hub.ctx.store, box, 'seoul', 'lg/refresh')).toBe('rt-123456');
    await h.hub.ctx.store.deleteKv('seoul', 'secret:lg/refresh');
    const r = redact({
      url: '/x',
      token: 'abc',
      headers: { authorization: 'Bearer x' },
      nested: [{ clientSecret: 's' }],
      note: `yd_${'a'.repeat(43)}`,
    }) as Record<string, unknown>;
    expect(JSON.stringify(r)).not.toMatch(/abc|Bearer x|"s"|yd_a/);
    expect(r.url).toBe('/x');
  });
});
