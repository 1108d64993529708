/**
 * The authorization endpoint (code flow, PKCE S256): GET shows the consent page, POST takes the
 * household's decision and answers 302 to the client's redirect URI.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../../../hub/auth.js';
import type { Hub } from '../../../hub/hub.js';
import {
  type AuthorizationRequest,
  type AuthorizationServer,
  OAuthError,
  param,
} from '../../../hub/oauth/server.js';
import { issuerOf, type OAuthRouteOptions, oauthError, redirectOrError, redirectTo } from './answers.js';
import { sendConsentPage } from './consent-page.js';
import { OAUTH_BODY_LIMIT, type Params } from './form.js';

/** The checked authorization request, or null once its error has been answered. */
async function checked(
  reply: FastifyReply,
  as: AuthorizationServer,
  p: Params,
  iss: string,
): Promise<AuthorizationRequest | null> {
  try {
    return await as.checkAuthorization(p);
  } catch (err) {
    if (!(err instanceof OAuthError)) throw err;
    await redirectOrError(reply, as, p, err, iss);
    return null;
  }
}

/** Parameters may come in the query or the form body; each at most once. */
function queryAndBody(req: FastifyRequest): Params {
  const q = (req.query ?? {}) as Params;
  const body = req.body && typeof req.body === 'object' ? (req.body as Params) : {};
  const all: Params = Object.create(null);
  for (const src of [q, body]) {
    for (const [k, v] of Object.entries(src)) all[k] = all[k] === undefined ? v : [all[k], v].flat();
  }
  return all;
}

/** The household member who approves: bearer header, or the consent form's field. */
/**
 * The household member approving: their token from the Authorization header or the consent form's
 * body, never from the query string (a token in a URL ends up in histories and logs).
 */
function approver(hub: Hub, req: FastifyRequest, home: string): Principal {
  const h = req.headers.authorization;
  const m = typeof h === 'string' ? /^Bearer[ \t]+(\S+)\s*$/i.exec(h) : null;
  const body = req.body && typeof req.body === 'object' ? (req.body as Params) : {};
  const token = m?.[1] || param(body, 'access_token');
  const who = token ? hub.tokens.authenticate(token, hub.ctx.clock.now()) : null;
  if (!who) throw new OAuthError('invalid_token', 'a household member must sign in to approve', 401);
  if (who.home !== home || (who.role !== 'owner' && who.role !== 'member'))
    throw new OAuthError('access_denied', 'only an owner or member of this home may link it', 403);
  return who;
}

export function authorizeRoutes(
  app: FastifyInstance,
  hub: Hub,
  as: AuthorizationServer,
  opts: OAuthRouteOptions,
): void {
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
      const ar = await checked(reply, as, q, issuerOf(req, opts));
      if (!ar) return reply;
      const query = new URLSearchParams(
        Object.entries(q).filter((e): e is [string, string] => typeof e[1] === 'string'),
      ).toString();
      const homeName = hub.home(ar.client.home)?.runtime.file.home.name ?? ar.client.home;
      return sendConsentPage(reply, ar.client, homeName, ar.scopes, query);
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
      const all = queryAndBody(req);
      const iss = issuerOf(req, opts);
      const ar = await checked(reply, as, all, iss);
      if (!ar) return reply;
      let who: Principal;
      try {
        who = approver(hub, req, ar.client.home);
      } catch (err) {
        if (!(err instanceof OAuthError)) throw err;
        return oauthError(reply, err);
      }
      const back = (values: Record<string, string>) =>
        redirectTo(reply, ar.redirectUri, { ...values, state: ar.state }, iss);
      let approve: string | undefined;
      try {
        approve = param(all, 'approve', true);
      } catch (err) {
        return back({ error: 'invalid_request', error_description: (err as Error).message });
      }
      if (approve !== 'true')
        return back({ error: 'access_denied', error_description: 'the household did not approve' });
      return back({ code: await as.issueCode(ar, who.id) });
    },
  );
}
