/**
 * Issue #12, findings 10–12: what a stranger learns from /health, where the OAuth issuer comes
 * from, and what concurrent reuse of one refresh token does to its grant.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthRouteGroup } from '../../src/server/routes/oauth.js';
import { addClient, basic, link, type SecurityHub, startSecurityHub } from './support.js';

let h: SecurityHub;
/** The same hub's OAuth routes without a configured issuer (the default: the listen URL). */
let d: SecurityHub;

beforeAll(async () => {
  h = await startSecurityHub();
  const prev = process.env.YEONDONG_ISSUER;
  delete process.env.YEONDONG_ISSUER;
  d = await startSecurityHub({ groups: [oauthRouteGroup()] });
  if (prev !== undefined) process.env.YEONDONG_ISSUER = prev;
});
afterAll(async () => {
  await h?.stop();
  await d?.stop();
});

describe('health (finding 10)', () => {
  it('tells liveness only: no home ids, no connections, with or without a token', async () => {
    for (const token of [null, h.owner('seoul')]) {
      const r = await h.api('/api/v1/health', { token });
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ status: 'ok' });
      expect(JSON.stringify(r.body)).not.toMatch(/seoul|jeju/);
    }
  });

  it('tells a token which home it opens (GET /api/v1/me), and a stranger nothing', async () => {
    const me = await h.api('/api/v1/me', { token: h.owner('jeju') });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ home: 'jeju', role: 'owner' });
    for (const token of [null, 'yd_not-a-token-at-all']) {
      const r = await h.api('/api/v1/me', { token });
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('unauthorized');
    }
  });
});

/** A request with a Host header of our choosing (fetch does not let a caller set Host). */
function withHost(
  base: string,
  path: string,
  host: string,
  opts: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { method: opts.method ?? 'GET', headers: { host, ...opts.headers } },
      (res) => {
        let text = '';
        res.on('data', (c) => {
          text += String(c);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('OAuth issuer (finding 11)', () => {
  const evil = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };

  it('comes from configuration, never from the Host header', async () => {
    const meta = await withHost(h.url, '/.well-known/oauth-authorization-server', 'evil.example', {
      headers: evil,
    });
    expect(meta.status).toBe(200);
    expect(meta.body.issuer).toBe('https://hub.example');
    expect(meta.body.token_endpoint).toBe('https://hub.example/oauth/token');
  });

  it('defaults to the listen URL whatever Host says', async () => {
    const meta = await withHost(d.url, '/.well-known/oauth-authorization-server', 'evil.example', {
      headers: evil,
    });
    expect(meta.status).toBe(200);
    expect(meta.body.issuer).toBe(d.url);
    expect(JSON.stringify(meta.body)).not.toContain('evil.example');
    const c = await addClient(d, 'seoul');
    const tok = await link(d, c);
    const intro = await withHost(d.url, '/oauth/introspect', 'evil.example:8443', {
      method: 'POST',
      body: new URLSearchParams({ token: tok.access_token }).toString(),
      headers: {
        authorization: basic(c.clientId, c.clientSecret),
        'content-type': 'application/x-www-form-urlencoded',
        ...evil,
      },
    });
    expect(intro.body.active).toBe(true);
    expect(intro.body.iss).toBe(d.url);
  });
});

describe('refresh token reuse (finding 12)', () => {
  // Three rounds: on a hub that loses the race only sometimes, at least one round shows it.
  it.each([1, 2, 3])(
    'revokes the grant when one refresh token is used 8 times at once (round %i)',
    async () => {
      const c = await addClient(h, 'seoul');
      const tok = await link(h, c);
      const answers = await Promise.all(
        Array.from({ length: 8 }, () =>
          h.form(
            '/oauth/token',
            { grant_type: 'refresh_token', refresh_token: tok.refresh_token },
            { authorization: basic(c.clientId, c.clientSecret) },
          ),
        ),
      );
      const won = answers.filter((a) => a.status === 200);
      expect(won.length).toBeLessThanOrEqual(1);
      expect(answers.filter((a) => a.body.error === 'invalid_grant').length).toBeGreaterThanOrEqual(7);
      // Every token of the grant is gone: the first access token, and whatever the winner got.
      const after = [tok.access_token, ...won.map((w) => w.body.access_token as string)];
      for (const t of after)
        expect((await h.api('/api/v1/homes/seoul/devices', { token: t })).status).toBe(401);
      for (const w of won) {
        const again = await h.form(
          '/oauth/token',
          { grant_type: 'refresh_token', refresh_token: w.body.refresh_token },
          { authorization: basic(c.clientId, c.clientSecret) },
        );
        expect(again.body.error).toBe('invalid_grant');
      }
      const links = await h.api('/api/v1/homes/seoul/links');
      expect(links.body.some((l: { clientId: string }) => l.clientId === c.clientId)).toBe(false);
    },
  );

  it.each([1, 2, 3])('revokes the grant when one code is redeemed 8 times at once (round %i)', async () => {
    const c = await addClient(h, 'seoul');
    const { pkce, authorizeStep } = await import('./support.js');
    const { verifier, challenge } = pkce();
    const { location } = await authorizeStep(
      h,
      {
        response_type: 'code',
        client_id: c.clientId,
        redirect_uri: c.redirectUri,
        code_challenge: challenge,
        code_challenge_method: 'S256',
      },
      h.owner('seoul'),
    );
    const code = location?.searchParams.get('code') ?? '';
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        h.form(
          '/oauth/token',
          { grant_type: 'authorization_code', code, redirect_uri: c.redirectUri, code_verifier: verifier },
          { authorization: basic(c.clientId, c.clientSecret) },
        ),
      ),
    );
    const won = answers.filter((a) => a.status === 200);
    expect(won.length).toBeLessThanOrEqual(1);
    for (const w of won) {
      expect((await h.api('/api/v1/homes/seoul/devices', { token: w.body.access_token })).status).toBe(401);
    }
  });
});
