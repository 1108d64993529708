/** Partner account linking: the OAuth 2.0 authorization server, its RFC error codes and the grants it honours. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addClient,
  authorizeStep,
  basic,
  link,
  pkce,
  type SecurityHub,
  startSecurityHub,
} from './support.js';

let h: SecurityHub;

beforeAll(async () => {
  h = await startSecurityHub();
});
afterAll(async () => {
  await h?.stop();
});

const authParams = (
  c: { clientId: string; redirectUri: string },
  challenge: string,
  extra: Record<string, string> = {},
) => ({
  response_type: 'code',
  client_id: c.clientId,
  redirect_uri: c.redirectUri,
  scope: 'devices:read devices:operate',
  state: 'xyz-state',
  code_challenge: challenge,
  code_challenge_method: 'S256',
  ...extra,
});

async function codeFor(c: { clientId: string; redirectUri: string }, extra: Record<string, string> = {}) {
  const { verifier, challenge } = pkce();
  const { res, location } = await authorizeStep(h, authParams(c, challenge, extra), h.owner('seoul'));
  expect(res.status).toBe(302);
  return { code: location?.searchParams.get('code') ?? '', verifier, location };
}

const exchange = (
  c: { clientId: string; clientSecret: string; redirectUri: string },
  code: string,
  verifier?: string,
  extra: Record<string, string> = {},
) =>
  h.form(
    '/oauth/token',
    {
      grant_type: 'authorization_code',
      code,
      redirect_uri: c.redirectUri,
      ...(verifier !== undefined ? { code_verifier: verifier } : {}),
      ...extra,
    },
    { authorization: basic(c.clientId, c.clientSecret) },
  );

const refresh = (c: { clientId: string; clientSecret: string }, token: string) =>
  h.form('/oauth/token', {
    grant_type: 'refresh_token',
    refresh_token: token,
    client_id: c.clientId,
    client_secret: c.clientSecret,
  });

/** RFC 7009 revocation, authenticated as the client `by` (its Basic credentials). */
const revoke = (by: { clientId: string; clientSecret: string }, fields: Record<string, string>) =>
  h.form('/oauth/revoke', fields, { authorization: basic(by.clientId, by.clientSecret) });

describe('OAuth 2.0 account linking', () => {
  it('runs the full flow: consent page, code with state and iss, tokens, API access within the scopes', async () => {
    const c = await addClient(h, 'seoul');
    const { challenge, verifier } = pkce();
    const page = await fetch(`${h.url}/oauth/authorize?${new URLSearchParams(authParams(c, challenge))}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('devices:read');
    expect(html).toContain('devices:operate');
    // The home as its household names it, not its id, with no "이(가)" guesswork.
    expect(html).toContain('<strong>서울 아파트</strong>의');
    expect(html).not.toMatch(/이\(가\)|<strong>seoul<\/strong>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');

    const { res, location } = await authorizeStep(h, authParams(c, challenge), h.owner('seoul'));
    expect(res.status).toBe(302);
    expect(location?.origin + (location?.pathname ?? '')).toBe(c.redirectUri);
    expect(location?.searchParams.get('state')).toBe('xyz-state');
    expect(location?.searchParams.get('iss')).toBe('https://hub.example');
    const code = location?.searchParams.get('code') ?? '';
    expect(code.length).toBeGreaterThan(20);

    const tok = await exchange(c, code, verifier);
    expect(tok.status).toBe(200);
    expect(tok.headers.get('cache-control')).toBe('no-store');
    expect(tok.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 900,
      scope: 'devices:read devices:operate',
    });

    const devices = await h.api('/api/v1/homes/seoul/devices', { token: tok.body.access_token });
    expect(devices.status).toBe(200);
    expect(devices.body.map((d: { id: string }) => d.id).sort()).toEqual(['door', 'gas', 'heat', 'vent']);
    const cmd = await h.post(
      '/api/v1/homes/seoul/devices/vent/commands',
      {
        endpoint: devices.body.find((d: { id: string }) => d.id === 'vent').endpoints[0].id,
        cluster: 'FanControl',
        command: 'WriteAttributes',
        args: { FanMode: 2 },
      },
      tok.body.access_token,
    );
    expect([200, 400, 422]).toContain(cmd.status);
    // No conversation scope, no audit, no other home.
    const turn = await h.post(
      '/api/v1/homes/seoul/conversation',
      { text: '지니야, 환기 꺼줘', satellite: 'console' },
      tok.body.access_token,
    );
    expect(turn.status).toBe(403);
    expect((await h.api('/api/v1/homes/seoul/audit', { token: tok.body.access_token })).status).toBe(403);
    expect((await h.api('/api/v1/homes/jeju/devices', { token: tok.body.access_token })).status).toBe(404);

    // Introspection for the client itself and for the hub's own services (owner token).
    const intro = await h.form(
      '/oauth/introspect',
      { token: tok.body.access_token },
      { authorization: basic(c.clientId, c.clientSecret) },
    );
    expect(intro.body).toMatchObject({
      active: true,
      client_id: c.clientId,
      scope: 'devices:read devices:operate',
      aud: 'urn:yeondong:home:seoul',
      iss: 'https://hub.example',
      sub: 'owner',
    });
    expect(intro.body.exp - intro.body.iat).toBe(900);
    const intro2 = await h.form(
      '/oauth/introspect',
      { token: tok.body.access_token },
      { authorization: `Bearer ${h.owner('seoul')}` },
    );
    expect(intro2.body.active).toBe(true);
    const intro3 = await h.form(
      '/oauth/introspect',
      { token: tok.body.access_token },
      { authorization: `Bearer ${h.owner('jeju')}` },
    );
    expect(intro3.body).toEqual({ active: false });
    const refreshIntro = await h.form('/oauth/introspect', {
      token: tok.body.refresh_token,
      client_id: c.clientId,
      client_secret: c.clientSecret,
    });
    expect(refreshIntro.body).toMatchObject({ active: true, client_id: c.clientId });
  });

  it('takes the approving member token from the consent form or the header, never from the query string', async () => {
    const c = await addClient(h, 'seoul');
    const { challenge } = pkce();
    const post = (query: Record<string, string>, form: Record<string, string>) =>
      fetch(`${h.url}/oauth/authorize?${new URLSearchParams({ ...authParams(c, challenge), ...query })}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ approve: 'true', ...form }).toString(),
      });
    const inQuery = await post({ access_token: h.owner('seoul') }, {});
    expect(inQuery.status).toBe(401);
    expect(inQuery.headers.get('location')).toBeNull();
    const inForm = await post({}, { access_token: h.owner('seoul') });
    expect(inForm.status).toBe(302);
    expect(new URL(inForm.headers.get('location') ?? '').searchParams.get('code')).toBeTruthy();
  });

  it('honours the home file grants for partners (kakao may not see the door lock or gas valve)', async () => {
    const c = await addClient(h, 'seoul', { assistant: 'kakao' });
    const t = await link(h, c);
    const list = await h.api('/api/v1/homes/seoul/devices', { token: t.access_token });
    expect(list.body.map((d: { id: string }) => d.id).sort()).toEqual(['heat', 'vent']);
    expect((await h.api('/api/v1/homes/seoul/devices/door', { token: t.access_token })).status).toBe(404);
    const open = await h.post(
      '/api/v1/homes/seoul/devices/door/commands',
      { endpoint: '1', cluster: 'DoorLock', command: 'UnlockDoor' },
      t.access_token,
    );
    expect(open.status).toBe(404);
  });

  it("lets a partner's turn speak only as its own assistant", async () => {
    const c = await addClient(h, 'seoul', { assistant: 'kakao' });
    const t = await link(h, c, 'conversation');
    const turn = (body: Record<string, string>, token = t.access_token) =>
      h.post('/api/v1/homes/seoul/conversation', { satellite: 'console', ...body }, token);
    expect((await turn({ text: '지니야, 현관문 열어줘' })).status).toBe(403);
    expect((await turn({ text: '지니야, 현관문 열어줘', assistant: 'kakao' })).status).toBe(403);
    expect((await turn({ text: '현관문 열어줘', assistant: 'genie' })).status).toBe(403);
    const own = await turn({ text: '헤이 카카오, 현관문 열어줘', assistant: 'kakao' });
    expect(own.status).toBe(200);
    expect(own.body.assistant).toBe('kakao');
    expect(own.body.actions.every((a: { status: string }) => a.status !== 'success')).toBe(true);
    const stranger = await link(h, await addClient(h, 'seoul'), 'conversation');
    expect((await turn({ text: '환기 켜줘', assistant: 'kakao' }, stranger.access_token)).status).toBe(403);
  });

  it('clients may only ask for their registered scopes', async () => {
    const c = await addClient(h, 'seoul', { scopes: ['devices:read'] });
    const { challenge } = pkce();
    const { res, location } = await authorizeStep(
      h,
      authParams(c, challenge, { scope: 'devices:read conversation' }),
      h.owner('seoul'),
    );
    expect(res.status).toBe(302);
    expect(location?.searchParams.get('error')).toBe('invalid_scope');
    expect(location?.searchParams.get('state')).toBe('xyz-state');
    expect(location?.searchParams.get('iss')).toBe('https://hub.example');
  });

  it('refuses a wrong code verifier with invalid_grant', async () => {
    const c = await addClient(h, 'seoul');
    const { code } = await codeFor(c);
    const r = await exchange(c, code, pkce().verifier);
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('invalid_grant');
    expect(typeof r.body.error_description).toBe('string');
    const none = await exchange(c, code);
    expect(none.body.error).toBe('invalid_grant');
  });

  it('requires PKCE with S256 at the authorization endpoint (invalid_request, redirected with state and iss)', async () => {
    const c = await addClient(h, 'seoul');
    const { challenge } = pkce();
    const params = authParams(c, challenge) as Record<string, string>;
    delete params.code_challenge;
    delete params.code_challenge_method;
    const missing = await authorizeStep(h, params, h.owner('seoul'));
    expect(missing.res.status).toBe(302);
    expect(missing.location?.searchParams.get('error')).toBe('invalid_request');
    expect(missing.location?.searchParams.get('code')).toBeNull();
    expect(missing.location?.searchParams.get('state')).toBe('xyz-state');
    const plain = await authorizeStep(
      h,
      authParams(c, challenge, { code_challenge_method: 'plain' }),
      h.owner('seoul'),
    );
    expect(plain.location?.searchParams.get('error')).toBe('invalid_request');
    const noMethod = { ...authParams(c, challenge) } as Record<string, string>;
    delete noMethod.code_challenge_method;
    expect((await authorizeStep(h, noMethod, h.owner('seoul'))).location?.searchParams.get('error')).toBe(
      'invalid_request',
    );
    const wrongType = await authorizeStep(
      h,
      authParams(c, challenge, { response_type: 'token' }),
      h.owner('seoul'),
    );
    expect(wrongType.location?.searchParams.get('error')).toBe('unsupported_response_type');
  });

  it('never redirects to an unregistered or changed redirect URI, and refuses a changed one at the token endpoint', async () => {
    const c = await addClient(h, 'seoul', {
      redirectUris: ['https://partner.example/cb', 'https://partner.example/cb2'],
    });
    const { challenge } = pkce();
    for (const uri of [
      'https://evil.example/cb',
      'https://partner.example/cb/',
      'https://partner.example/cb?x=1',
      'https://PARTNER.example/cb',
    ]) {
      const r = await authorizeStep(h, authParams(c, challenge, { redirect_uri: uri }), h.owner('seoul'));
      expect(r.res.status).toBe(400);
      expect(r.location).toBeNull();
      expect(r.res.body.error).toBe('invalid_request');
    }
    const page = await fetch(
      `${h.url}/oauth/authorize?${new URLSearchParams(authParams(c, challenge, { redirect_uri: 'https://evil.example/' }))}`,
      { redirect: 'manual' },
    );
    expect(page.status).toBe(400);
    const unknown = await authorizeStep(
      h,
      authParams({ clientId: 'ydc_000000000000000000000000.seoul', redirectUri: c.redirectUri }, challenge),
      h.owner('seoul'),
    );
    expect(unknown.res.status).toBe(400);
    expect(unknown.location).toBeNull();

    const { code, verifier } = await codeFor(c);
    const changed = await exchange(c, code, verifier, { redirect_uri: 'https://partner.example/cb2' });
    expect(changed.status).toBe(400);
    expect(changed.body.error).toBe('invalid_grant');
  });

  it('refuses a reused code with invalid_grant and revokes the tokens it produced', async () => {
    const c = await addClient(h, 'seoul');
    const { code, verifier } = await codeFor(c);
    const first = await exchange(c, code, verifier);
    expect(first.status).toBe(200);
    const again = await exchange(c, code, verifier);
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');
    expect((await h.api('/api/v1/homes/seoul/devices', { token: first.body.access_token })).status).toBe(401);
    expect((await refresh(c, first.body.refresh_token)).body.error).toBe('invalid_grant');
  });

  it('a code is bound to its client', async () => {
    const a = await addClient(h, 'seoul');
    const b = await addClient(h, 'seoul');
    const { code, verifier } = await codeFor(a);
    const stolen = await exchange({ ...b, redirectUri: a.redirectUri }, code, verifier);
    expect(stolen.body.error).toBe('invalid_grant');
    expect((await exchange(a, code, verifier)).status).toBe(200);
  });

  it('rotates refresh tokens; a reused refresh token revokes the whole grant', async () => {
    const c = await addClient(h, 'seoul');
    const t1 = await link(h, c);
    const r2 = await refresh(c, t1.refresh_token);
    expect(r2.status).toBe(200);
    expect(r2.body.refresh_token).not.toBe(t1.refresh_token);
    const t2 = r2.body;
    expect((await h.api('/api/v1/homes/seoul/devices', { token: t2.access_token })).status).toBe(200);
    // The old refresh token again: refused, and everything of the grant dies.
    const reuse = await refresh(c, t1.refresh_token);
    expect(reuse.status).toBe(400);
    expect(reuse.body.error).toBe('invalid_grant');
    expect((await h.api('/api/v1/homes/seoul/devices', { token: t2.access_token })).status).toBe(401);
    expect((await h.api('/api/v1/homes/seoul/devices', { token: t1.access_token })).status).toBe(401);
    expect((await refresh(c, t2.refresh_token)).body.error).toBe('invalid_grant');
    const links = await h.api('/api/v1/homes/seoul/links');
    expect(links.body.filter((l: { clientId: string }) => l.clientId === c.clientId)).toEqual([]);
  });

  it('refuses an expired access token (15 minutes)', async () => {
    const c = await addClient(h, 'seoul');
    const t = await link(h, c);
    expect((await h.api('/api/v1/homes/seoul/devices', { token: t.access_token })).status).toBe(200);
    h.advance(15 * 60 * 1000 + 1000);
    try {
      const r = await h.api('/api/v1/homes/seoul/devices', { token: t.access_token });
      expect(r.status).toBe(401);
      const intro = await h.form(
        '/oauth/introspect',
        { token: t.access_token },
        { authorization: basic(c.clientId, c.clientSecret) },
      );
      expect(intro.body).toEqual({ active: false });
      // The refresh token still works and gives a fresh access token.
      const r2 = await refresh(c, t.refresh_token);
      expect(r2.status).toBe(200);
      expect((await h.api('/api/v1/homes/seoul/devices', { token: r2.body.access_token })).status).toBe(200);
    } finally {
      h.advance(-(15 * 60 * 1000 + 1000));
    }
  });

  it('stops a partner within a second of unlinking (by the household, by revocation, by removing the client)', async () => {
    const c = await addClient(h, 'seoul');
    // 1. The owner unlinks.
    const t = await link(h, c);
    const links = await h.api('/api/v1/homes/seoul/links');
    const mine = links.body.find((l: { clientId: string }) => l.clientId === c.clientId);
    expect(mine.clientName).toBe('Partner');
    expect((await h.api(`/api/v1/homes/seoul/links/${mine.grantId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await h.api('/api/v1/homes/seoul/devices', { token: t.access_token })).status).toBe(401);
    expect((await refresh(c, t.refresh_token)).body.error).toBe('invalid_grant');
    // 2. The partner revokes its refresh token (RFC 7009): the grant goes.
    const t2 = await link(h, c);
    const rv = await revoke(c, { token: t2.refresh_token, token_type_hint: 'refresh_token' });
    expect(rv.status).toBe(200);
    expect((await h.api('/api/v1/homes/seoul/devices', { token: t2.access_token })).status).toBe(401);
    // Revoking an unknown token is fine (RFC 7009 §2.2).
    expect((await revoke(c, { token: 'nonsense' })).status).toBe(200);
    // 3. Revoking only an access token.
    const t3 = await link(h, c);
    await revoke(c, { token: t3.access_token });
    expect((await h.api('/api/v1/homes/seoul/devices', { token: t3.access_token })).status).toBe(401);
    // 4. Another client cannot revoke this client's tokens.
    const other = await addClient(h, 'seoul');
    const t4 = await link(h, c);
    await revoke(other, { token: t4.refresh_token });
    expect((await h.api('/api/v1/homes/seoul/devices', { token: t4.access_token })).status).toBe(200);
    expect((await refresh(c, t4.refresh_token)).status).toBe(200);
  });

  it('authenticates clients by HTTP Basic or in the body, never both, and answers invalid_client with 401', async () => {
    const c = await addClient(h, 'seoul');
    const { code, verifier } = await codeFor(c);
    const wrong = await h.form(
      '/oauth/token',
      { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: c.redirectUri },
      { authorization: basic(c.clientId, 'wrong') },
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_client');
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic/);
    const both = await h.form(
      '/oauth/token',
      {
        grant_type: 'authorization_code',
        code,
        code_verifier: verifier,
        redirect_uri: c.redirectUri,
        client_secret: c.clientSecret,
      },
      { authorization: basic(c.clientId, c.clientSecret) },
    );
    expect(both.body.error).toBe('invalid_request');
    const none = await h.form('/oauth/token', {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
    });
    expect(none.status).toBe(401);
    const body = await h.form('/oauth/token', {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: c.redirectUri,
      client_id: c.clientId,
      client_secret: c.clientSecret,
    });
    expect(body.status).toBe(200);
    const json = await h.api('/oauth/token', {
      token: null,
      method: 'POST',
      body: JSON.stringify({ grant_type: 'refresh_token' }),
      headers: { authorization: basic(c.clientId, c.clientSecret) },
    });
    expect(json.body.error).toBe('invalid_request');
    const grant = await h.form(
      '/oauth/token',
      { grant_type: 'password', username: 'a', password: 'b' },
      { authorization: basic(c.clientId, c.clientSecret) },
    );
    expect(grant.body.error).toBe('unsupported_grant_type');
    const dup = await fetch(`${h.url}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basic(c.clientId, c.clientSecret),
      },
      body: 'grant_type=refresh_token&refresh_token=a&refresh_token=b',
    });
    expect(((await dup.json()) as { error: string }).error).toBe('invalid_request');
  });

  it('only an owner or member of the home may approve; a denial goes back as access_denied', async () => {
    const c = await addClient(h, 'seoul');
    const { challenge } = pkce();
    const none = await authorizeStep(h, authParams(c, challenge), null);
    expect(none.res.status).toBe(401);
    expect(none.location).toBeNull();
    const other = await authorizeStep(h, authParams(c, challenge), h.owner('jeju'));
    expect(other.res.status).toBe(403);
    expect(other.location).toBeNull();
    const guest = await h.post('/api/v1/homes/seoul/people', {
      name: '손님',
      role: 'guest',
      devices: ['vent'],
    });
    expect((await authorizeStep(h, authParams(c, challenge), guest.body.token)).res.status).toBe(403);
    const member = await h.post('/api/v1/homes/seoul/people', { name: '가족', role: 'member' });
    const ok = await authorizeStep(h, authParams(c, challenge), member.body.token);
    expect(ok.res.status).toBe(302);
    expect(ok.location?.searchParams.get('code')).toBeTruthy();
    const denied = await authorizeStep(h, authParams(c, challenge), member.body.token, 'false');
    expect(denied.location?.searchParams.get('error')).toBe('access_denied');
    expect(denied.location?.searchParams.get('state')).toBe('xyz-state');
  });

  it('a client of one home gets nothing of another home', async () => {
    const j = await addClient(h, 'jeju');
    const { challenge } = pkce();
    // A seoul member cannot link a jeju client …
    expect((await authorizeStep(h, authParams(j, challenge), h.owner('seoul'))).res.status).toBe(403);
    // … and a jeju link never reaches seoul.
    const { verifier, challenge: ch2 } = pkce();
    const a = await authorizeStep(h, authParams(j, ch2), h.owner('jeju'));
    const tok = await exchange(j, a.location?.searchParams.get('code') ?? '', verifier);
    expect(tok.status).toBe(200);
    expect((await h.api('/api/v1/homes/seoul/devices', { token: tok.body.access_token })).status).toBe(404);
    expect((await h.api('/api/v1/homes/seoul/devices/door', { token: tok.body.access_token })).status).toBe(
      404,
    );
    expect((await h.api('/api/v1/homes/jeju/devices/door', { token: tok.body.access_token })).status).toBe(
      200,
    );
    // Seoul's owner does not see jeju's links.
    const links = await h.api('/api/v1/homes/seoul/links');
    expect(links.body.some((l: { clientId: string }) => l.clientId === j.clientId)).toBe(false);
  });

  it('publishes authorization server metadata (RFC 8414)', async () => {
    const r = await h.api('/.well-known/oauth-authorization-server', { token: null });
    expect(r.body).toMatchObject({
      issuer: 'https://hub.example',
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
    });
  });
});
