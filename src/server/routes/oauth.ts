/**
 * Partner account linking (OAuth 2.0 authorization server) and the household's own access
 * management (people, tokens, links, clients).
 *
 * /oauth/*: RFC 6749 error shape `{"error", "error_description"}`, form-encoded bodies, client
 * authentication by HTTP Basic or in the body (never both). /api/v1/homes/{home}/people|tokens|
 * links|clients: the owner's administration, contract error shape.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PersonRole } from '../../hub/auth.js';
import type { Hub } from '../../hub/hub.js';
import type { OAuthClient } from '../../hub/oauth/clients.js';
import { SCOPES } from '../../hub/oauth/clients.js';
import { AuthorizationServer, OAuthError, param } from '../../hub/oauth/server.js';
import { authenticate, authorize } from '../auth.js';
import { errorBody } from '../errors.js';
import { errorSchema, homeParams } from '../schemas.js';

type Params = Record<string, unknown>;

const DAY = 24 * 3600 * 1000;
const FORM = 'application/x-www-form-urlencoded';
const OAUTH_BODY_LIMIT = 16 * 1024;

const SCOPE_TEXT: Record<string, string> = {
  'devices:read': '기기 목록과 상태 보기 (view devices and their state)',
  'devices:operate': '기기 조작하기 (operate devices)',
  conversation: '음성·텍스트 명령 보내기 (send spoken or typed commands)',
};

export interface OAuthRouteOptions {
  /** The issuer identifier (RFC 9207 `iss`); default: YEONDONG_ISSUER or the request's origin. */
  issuer?: string;
}

/** The route group `serve` loads (see groups.ts). */
export function oauthRouteGroup(opts: OAuthRouteOptions = {}) {
  return async (app: FastifyInstance, hub: Hub): Promise<void> => {
    const as = new AuthorizationServer({
      store: hub.ctx.store,
      tokens: hub.tokens,
      clock: hub.ctx.clock,
      hasHome: (id) => hub.home(id) !== undefined,
    });
    for (const h of hub.homes()) await as.sweep(h.runtime.id);
    await app.register(async (scope) => oauthRoutes(scope, hub, as, opts));
    accessRoutes(app, hub, as);
  };
}

/** Parses a form body; repeated names become arrays (and are then refused by `param`). */
function parseForm(text: string): Params {
  const out: Params = Object.create(null);
  for (const [k, v] of new URLSearchParams(text)) {
    const cur = out[k];
    out[k] = cur === undefined ? v : Array.isArray(cur) ? [...cur, v] : [cur, v];
  }
  return out;
}

function oauthError(reply: FastifyReply, err: OAuthError) {
  reply.code(err.status).header('cache-control', 'no-store').header('pragma', 'no-cache');
  if (err.error === 'invalid_client')
    reply.header('www-authenticate', 'Basic realm="yeondong", charset="UTF-8"');
  if (err.error === 'invalid_token')
    reply.header('www-authenticate', 'Bearer realm="yeondong", error="invalid_token"');
  return reply.send({ error: err.error, error_description: err.description });
}

function issuerOf(req: FastifyRequest, opts: OAuthRouteOptions): string {
  return opts.issuer ?? process.env.YEONDONG_ISSUER ?? `${req.protocol}://${req.host}`;
}

/** The form body of an /oauth request, or an OAuthError. */
function formBody(req: FastifyRequest): Params {
  const ct = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (ct !== FORM) throw new OAuthError('invalid_request', `the body must be ${FORM}`);
  const b = req.body;
  return b && typeof b === 'object' ? (b as Params) : Object.create(null);
}

function formDecode(s: string): string {
  return decodeURIComponent(s.replace(/\+/g, ' '));
}

/** Client authentication: HTTP Basic (RFC 6749 §2.3.1, form-encoded parts) or client_id/client_secret in the body. */
async function clientOf(as: AuthorizationServer, req: FastifyRequest, body: Params): Promise<OAuthClient> {
  const h = req.headers.authorization;
  const bodyId = param(body, 'client_id');
  const bodySecret = param(body, 'client_secret');
  let id: string | undefined;
  let secret: string | undefined;
  if (typeof h === 'string' && /^basic\s/i.test(h)) {
    if (bodySecret !== undefined)
      throw new OAuthError('invalid_request', 'use one client authentication method, not two');
    const raw = Buffer.from(h.slice(6).trim(), 'base64').toString('utf8');
    const i = raw.indexOf(':');
    if (i < 0) throw new OAuthError('invalid_client', 'malformed HTTP Basic credentials', 401);
    try {
      id = formDecode(raw.slice(0, i));
      secret = formDecode(raw.slice(i + 1));
    } catch {
      throw new OAuthError('invalid_client', 'malformed HTTP Basic credentials', 401);
    }
    if (bodyId !== undefined && bodyId !== id)
      throw new OAuthError('invalid_request', 'client_id differs from the authenticated client');
  } else {
    id = bodyId;
    secret = bodySecret;
  }
  if (!id || !secret) throw new OAuthError('invalid_client', 'client authentication is required', 401);
  const client = await as.clients.authenticate(id, secret);
  if (!client) throw new OAuthError('invalid_client', 'client authentication failed', 401);
  return client;
}

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const CONSENT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function consentPage(clientName: string, home: string, scopes: string[], query: string): string {
  const items = scopes.map((s) => `<li><code>${esc(s)}</code> — ${esc(SCOPE_TEXT[s] ?? s)}</li>`).join('\n');
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>연동 — 계정 연결 승인</title>
<script src="/oauth/consent.js" defer></script>
</head>
<body>
<main>
<h1>계정 연결</h1>
<p><strong>${esc(clientName)}</strong> 이(가) 집 <strong>${esc(home)}</strong> 에 다음 권한을 요청합니다:</p>
<ul id="scopes">
${items}
</ul>
<form method="post" action="/oauth/authorize?${esc(query)}">
<label>가구 구성원 토큰 (household member token) <input type="password" name="access_token" id="access_token" autocomplete="off" required></label>
<button type="submit" name="approve" value="true">허용 (approve)</button>
<button type="submit" name="approve" value="false" formnovalidate>거부 (deny)</button>
</form>
</main>
</body>
</html>
`;
}

/** Fills the member token from the dashboard's sign-in (same origin); no inline script anywhere. */
const CONSENT_JS = `(() => {
  const input = document.getElementById('access_token');
  if (!input || input.value) return;
  let t = null;
  try {
    for (const s of [window.sessionStorage, window.localStorage]) {
      for (const k of ['yeondong.token', 'yeondong-token', 'token']) { t = t || s.getItem(k); }
    }
  } catch (e) { t = null; }
  if (t) input.value = t;
})();
`;

function oauthRoutes(app: FastifyInstance, hub: Hub, as: AuthorizationServer, opts: OAuthRouteOptions): void {
  app.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit: OAUTH_BODY_LIMIT }, (_req, body, done) => {
    try {
      done(null, parseForm(body as string));
    } catch {
      done(null, Object.create(null));
    }
  });

  const noStore = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-store').header('pragma', 'no-cache');

  /** Redirects an authorization response (RFC 6749 §4.1.2, RFC 9207 iss). */
  const redirectTo = (
    reply: FastifyReply,
    uri: string,
    values: Record<string, string | undefined>,
    iss: string,
  ) => {
    const u = new URL(uri);
    for (const [k, v] of Object.entries(values)) if (v !== undefined) u.searchParams.set(k, v);
    u.searchParams.set('iss', iss);
    return noStore(reply).redirect(u.toString(), 302);
  };

  app.get('/.well-known/oauth-authorization-server', async (req) => {
    const iss = issuerOf(req, opts);
    return {
      issuer: iss,
      authorization_endpoint: `${iss}/oauth/authorize`,
      token_endpoint: `${iss}/oauth/token`,
      revocation_endpoint: `${iss}/oauth/revoke`,
      introspection_endpoint: `${iss}/oauth/introspect`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      scopes_supported: [...SCOPES],
      authorization_response_iss_parameter_supported: true,
    };
  });

  app.get(
    '/oauth/consent.js',
    { schema: { summary: 'Script of the consent page (fills in the signed-in member token)' } },
    async (_req, reply) =>
      reply
        .header('content-type', 'text/javascript; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(CONSENT_JS),
  );

  app.get(
    '/oauth/authorize',
    {
      schema: {
        summary:
          'OAuth 2.0 authorization endpoint: the consent page listing the scopes (code flow, PKCE S256)',
      },
    },
    async (req, reply) => {
      const q = (req.query ?? {}) as Params;
      const iss = issuerOf(req, opts);
      let ar: Awaited<ReturnType<AuthorizationServer['checkAuthorization']>>;
      try {
        ar = await as.checkAuthorization(q);
      } catch (err) {
        if (!(err instanceof OAuthError)) throw err;
        return redirectOrError(reply, as, q, err, iss);
      }
      const query = new URLSearchParams(
        Object.entries(q).filter((e): e is [string, string] => typeof e[1] === 'string'),
      ).toString();
      return noStore(reply)
        .header('content-security-policy', CONSENT_CSP)
        .header('x-frame-options', 'DENY')
        .header('referrer-policy', 'no-referrer')
        .header('content-type', 'text/html; charset=utf-8')
        .send(consentPage(ar.client.name, ar.client.home, ar.scopes, query));
    },
  );

  app.post(
    '/oauth/authorize',
    {
      bodyLimit: OAUTH_BODY_LIMIT,
      schema: {
        summary:
          "Consent without the page: the authorization request's query parameters, a household member's bearer token and approve=true; answers 302 to the redirect URI with code, state and iss",
      },
    },
    async (req, reply) => {
      const q = (req.query ?? {}) as Params;
      const body = req.body && typeof req.body === 'object' ? (req.body as Params) : {};
      const iss = issuerOf(req, opts);
      // Parameters may come in the query or the form body; each at most once.
      const all: Params = Object.create(null);
      for (const src of [q, body]) {
        for (const [k, v] of Object.entries(src)) all[k] = all[k] === undefined ? v : [all[k], v].flat();
      }
      let ar: Awaited<ReturnType<AuthorizationServer['checkAuthorization']>>;
      try {
        ar = await as.checkAuthorization(all);
      } catch (err) {
        if (!(err instanceof OAuthError)) throw err;
        return redirectOrError(reply, as, all, err, iss);
      }
      // The household member who approves: bearer header, or the consent form's field.
      const h = req.headers.authorization;
      const m = typeof h === 'string' ? /^Bearer[ \t]+(\S+)\s*$/i.exec(h) : null;
      let token: string | undefined = m?.[1];
      if (!token) {
        try {
          token = param(all, 'access_token');
        } catch (err) {
          return oauthError(reply, err as OAuthError);
        }
      }
      const who = token ? hub.tokens.authenticate(token, hub.ctx.clock.now()) : null;
      if (!who)
        return oauthError(
          reply,
          new OAuthError('invalid_token', 'a household member must sign in to approve', 401),
        );
      if (who.home !== ar.client.home || (who.role !== 'owner' && who.role !== 'member')) {
        return oauthError(
          reply,
          new OAuthError('access_denied', 'only an owner or member of this home may link it', 403),
        );
      }
      let approve: string | undefined;
      try {
        approve = param(all, 'approve', true);
      } catch (err) {
        return redirectTo(
          reply,
          ar.redirectUri,
          { error: 'invalid_request', error_description: (err as Error).message, state: ar.state },
          iss,
        );
      }
      if (approve !== 'true') {
        return redirectTo(
          reply,
          ar.redirectUri,
          { error: 'access_denied', error_description: 'the household did not approve', state: ar.state },
          iss,
        );
      }
      const code = await as.issueCode(ar, who.id);
      return redirectTo(reply, ar.redirectUri, { code, state: ar.state }, iss);
    },
  );

  app.post(
    '/oauth/token',
    {
      bodyLimit: OAUTH_BODY_LIMIT,
      schema: {
        summary:
          'OAuth 2.0 token endpoint (form encoded): authorization_code with code_verifier, or refresh_token (rotated)',
      },
    },
    async (req, reply) => {
      try {
        const body = formBody(req);
        const client = await clientOf(as, req, body);
        const r = await as.token(client, body);
        return noStore(reply).send(r);
      } catch (err) {
        if (err instanceof OAuthError) return oauthError(reply, err);
        throw err;
      }
    },
  );

  app.post(
    '/oauth/revoke',
    {
      bodyLimit: OAUTH_BODY_LIMIT,
      schema: { summary: 'OAuth 2.0 token revocation (RFC 7009); a refresh token revokes its whole grant' },
    },
    async (req, reply) => {
      try {
        const body = formBody(req);
        const client = await clientOf(as, req, body);
        const token = param(body, 'token');
        if (!token) throw new OAuthError('invalid_request', 'token is required');
        await as.revoke(client, token);
        return noStore(reply).code(200).send({});
      } catch (err) {
        if (err instanceof OAuthError) return oauthError(reply, err);
        throw err;
      }
    },
  );

  app.post(
    '/oauth/introspect',
    {
      bodyLimit: OAUTH_BODY_LIMIT,
      schema: {
        summary:
          "OAuth 2.0 token introspection (RFC 7662), for a client's own tokens or, with the owner's bearer token, any token of the home",
      },
    },
    async (req, reply) => {
      try {
        const body = formBody(req);
        const iss = issuerOf(req, opts);
        const h = req.headers.authorization;
        let result: Record<string, unknown>;
        if (typeof h === 'string' && /^bearer\s/i.test(h)) {
          const owner = authenticate(hub, req);
          if (owner?.role !== 'owner') {
            throw new OAuthError('invalid_token', 'the owner token is required', 401);
          }
          const token = param(body, 'token');
          if (!token) throw new OAuthError('invalid_request', 'token is required');
          result = await as.introspect(token, { home: owner.home }, iss);
        } else {
          const client = await clientOf(as, req, body);
          const token = param(body, 'token');
          if (!token) throw new OAuthError('invalid_request', 'token is required');
          result = await as.introspect(token, { client }, iss);
        }
        return noStore(reply).send(result);
      } catch (err) {
        if (err instanceof OAuthError) return oauthError(reply, err);
        throw err;
      }
    },
  );
}

/** Errors the client may hear go to its redirect URI; problems with the client or redirect URI do not. */
async function redirectOrError(
  reply: FastifyReply,
  as: AuthorizationServer,
  p: Params,
  err: OAuthError,
  iss: string,
) {
  if (!err.redirect) return oauthError(reply, err);
  const client = await as.clients.get(String(p.client_id));
  const uri = typeof p.redirect_uri === 'string' ? p.redirect_uri : client?.redirectUris[0];
  if (!uri) return oauthError(reply, err);
  const u = new URL(uri);
  u.searchParams.set('error', err.error);
  u.searchParams.set('error_description', err.description);
  if (typeof p.state === 'string') u.searchParams.set('state', p.state);
  u.searchParams.set('iss', iss);
  return reply.header('cache-control', 'no-store').redirect(u.toString(), 302);
}

// Household administration -------------------------------------------------------------------------

const personParams = {
  type: 'object',
  required: ['home', 'person'],
  properties: { home: homeParams.properties.home, person: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

const tokenParams = {
  type: 'object',
  required: ['home', 'token'],
  properties: { home: homeParams.properties.home, token: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

const linkParams = {
  type: 'object',
  required: ['home', 'grant'],
  properties: { home: homeParams.properties.home, grant: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

const deviceList = {
  type: 'array',
  maxItems: 500,
  items: { type: 'string', minLength: 1, maxLength: 128 },
} as const;
const expiresInDays = { type: 'integer', minimum: 1, maximum: 3650 } as const;

const newPersonBody = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'role'],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' },
    name: { type: 'string', minLength: 1, maxLength: 100 },
    role: { type: 'string', enum: ['member', 'guest'] },
    devices: deviceList,
    expiresInDays,
  },
} as const;

const patchPersonBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { name: { type: 'string', minLength: 1, maxLength: 100 }, devices: deviceList },
} as const;

const newTokenBody = {
  type: 'object',
  additionalProperties: false,
  properties: { expiresInDays },
} as const;

function accessRoutes(app: FastifyInstance, hub: Hub, as: AuthorizationServer): void {
  const now = () => hub.ctx.clock.now();
  const notFound = (reply: FastifyReply, what: string) =>
    reply.code(404).send(errorBody('not-found', `no ${what}`));
  const checkDevices = (homeId: string, devices: string[] | undefined) => {
    const home = hub.home(homeId);
    const bad = (devices ?? []).filter((d) => !home?.runtime.device(d));
    return bad.length > 0 ? `unknown device(s): ${bad.slice(0, 5).join(', ')}` : null;
  };
  const defaultDays = (role: PersonRole) => (role === 'guest' ? 30 : 365);

  app.get<{ Params: { home: string } }>(
    '/api/v1/homes/:home/people',
    {
      schema: {
        summary: "The home's people (owner only)",
        params: homeParams,
        response: { '4xx': errorSchema },
      },
    },
    async (req) => {
      authorize(hub, req, req.params.home, 'admin');
      return hub.tokens.people(req.params.home);
    },
  );

  app.post<{
    Params: { home: string };
    Body: { id?: string; name: string; role: 'member' | 'guest'; devices?: string[]; expiresInDays?: number };
  }>(
    '/api/v1/homes/:home/people',
    {
      schema: {
        summary: 'Adds a member or guest (owner only); answers their first token, shown once',
        description: 'Guests view and operate only the devices listed in `devices`.',
        params: homeParams,
        body: newPersonBody,
        response: { '4xx': errorSchema },
      },
    },
    async (req, reply) => {
      authorize(hub, req, req.params.home, 'admin');
      const b = req.body;
      const bad = checkDevices(req.params.home, b.devices);
      if (bad) return reply.code(400).send(errorBody('invalid-request', bad));
      let person: Awaited<ReturnType<typeof hub.tokens.addPerson>>;
      try {
        person = await hub.tokens.addPerson(
          req.params.home,
          { ...(b.id ? { id: b.id } : {}), name: b.name, role: b.role, devices: b.devices ?? [] },
          now(),
        );
      } catch (err) {
        return reply.code(409).send(errorBody('conflict', (err as Error).message));
      }
      const t = await hub.tokens.issue({
        home: person.home,
        role: person.role,
        id: person.id,
        createdAt: now(),
        expiresAt: now() + (b.expiresInDays ?? defaultDays(person.role)) * DAY,
      });
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send({ person, ...t });
    },
  );

  app.patch<{ Params: { home: string; person: string }; Body: { name?: string; devices?: string[] } }>(
    '/api/v1/homes/:home/people/:person',
    {
      schema: {
        summary: "Changes a person's name or a guest's device list (owner only)",
        params: personParams,
        body: patchPersonBody,
        response: { '4xx': errorSchema },
      },
    },
    async (req, reply) => {
      authorize(hub, req, req.params.home, 'admin');
      const bad = checkDevices(req.params.home, req.body.devices);
      if (bad) return reply.code(400).send(errorBody('invalid-request', bad));
      const p = await hub.tokens.updatePerson(req.params.home, req.params.person, req.body);
      return p ?? notFound(reply, `person '${req.params.person}'`);
    },
  );

  app.delete<{ Params: { home: string; person: string } }>(
    '/api/v1/homes/:home/people/:person',
    {
      schema: {
        summary: 'Removes a person and revokes all their tokens (owner only)',
        params: personParams,
        response: { '4xx': errorSchema },
      },
    },
    async (req, reply) => {
      authorize(hub, req, req.params.home, 'admin');
      if (!(await hub.tokens.removePerson(req.params.home, req.params.person)))
        return notFound(reply, `person '${req.params.person}'`);
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { home: string; person: string }; Body: { expiresInDays?: number } }>(
    '/api/v1/homes/:home/people/:person/tokens',
    {
      schema: {
        summary: 'A new token for a person (owner only), shown once',
        params: personParams,
        body: newTokenBody,
        response: { '4xx': errorSchema },
      },
    },
    async (req, reply) => {
      authorize(hub, req, req.params.home, 'admin');
      const person = hub.tokens.person(req.params.home, req.params.person);
      if (!person) return notFound(reply, `person '${req.params.person}'`);
      const t = await hub.tokens.issue({
        home: person.home,
        role: person.role,
        id: person.id,
        createdAt: now(),
        expiresAt: now() + (req.body?.expiresInDays ?? defaultDays(person.role)) * DAY,
      });
      return reply.code(201).header('cache-control', 'no-store').send(t);
    },
  );

  app.get<{ Params: { home: string } }>(
    '/api/v1/homes/:home/tokens',
    {
      schema: {
        summary: "The home's live tokens, without their values (owner only)",
        params: homeParams,
        response: { '4xx': errorSchema },
      },
    },
    async (req) => {
      authorize(hub, req, req.params.home, 'admin');
      return hub.tokens.tokens(req.params.home, now());
    },
  );

  app.delete<{ Params: { home: string; token: string } }>(
    '/api/v1/homes/:home/tokens/:token',
    {
      schema: {
        summary: 'Revokes one token by its id (owner only)',
        params: tokenParams,
        response: { '4xx': errorSchema },
      },
    },
    async (req, reply) => {
      authorize(hub, req, req.params.home, 'admin');
      if (!(await hub.tokens.revokeTokenId(req.params.home, req.params.token)))
        return notFound(reply, 'such token');
      return reply.code(204).send();
    },
  );

  app.get<{ Params: { home: string } }>(
    '/api/v1/homes/:home/links',
    {
      schema: {
        summary: 'Partner links (OAuth grants) of the home (owner only)',
        params: homeParams,
        response: { '4xx': errorSchema },
      },
    },
    async (req) => {
      authorize(hub, req, req.params.home, 'admin');
      const clients = new Map((await as.clients.list(req.params.home)).map((c) => [c.clientId, c.name]));
      return (await as.grants(req.params.home)).map((g) => ({
        ...g,
        clientName: clients.get(g.clientId) ?? null,
      }));
    },
  );

  app.delete<{ Params: { home: string; grant: string } }>(
    '/api/v1/homes/:home/links/:grant',
    {
      schema: {
        summary: 'Unlinks a partner: the grant and all its tokens stop at once (owner only)',
        params: linkParams,
        response: { '4xx': errorSchema },
      },
    },
    async (req, reply) => {
      authorize(hub, req, req.params.home, 'admin');
      if (!(await as.revokeGrant(req.params.home, req.params.grant))) return notFound(reply, 'such link');
      return reply.code(204).send();
    },
  );

  app.get<{ Params: { home: string } }>(
    '/api/v1/homes/:home/clients',
    {
      schema: {
        summary: "The home's registered OAuth clients, without secrets (owner only)",
        params: homeParams,
        response: { '4xx': errorSchema },
      },
    },
    async (req) => {
      authorize(hub, req, req.params.home, 'admin');
      return as.clients.list(req.params.home);
    },
  );
}
