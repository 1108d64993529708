/** Token revocation (RFC 7009) and introspection (RFC 7662). */
import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../../hub/hub.js';
import type { OAuthClient } from '../../../hub/oauth/clients.js';
import { type AuthorizationServer, OAuthError } from '../../../hub/oauth/server.js';
import { authenticate } from '../../auth.js';
import { issuerOf, type OAuthRouteOptions } from './answers.js';
import { clientOf } from './client-auth.js';
import { formEndpoint, requiredToken } from './form.js';

export function revokeIntrospectRoutes(
  app: FastifyInstance,
  hub: Hub,
  as: AuthorizationServer,
  opts: OAuthRouteOptions,
): void {
  formEndpoint(
    app,
    '/oauth/revoke',
    'OAuth 2.0 token revocation (RFC 7009); a refresh token revokes its whole grant',
    async (req, body) => {
      const client = await clientOf(as, req, body);
      await as.revoke(client, requiredToken(body));
      return {};
    },
  );

  formEndpoint(
    app,
    '/oauth/introspect',
    "OAuth 2.0 token introspection (RFC 7662), for a client's own tokens or, with the owner's bearer token, any token of the home",
    async (req, body) => {
      const iss = issuerOf(req, opts);
      const h = req.headers.authorization;
      let who: { client: OAuthClient } | { home: string };
      if (typeof h === 'string' && /^bearer\s/i.test(h)) {
        const owner = authenticate(hub, req);
        if (owner?.role !== 'owner') {
          throw new OAuthError('invalid_token', 'the owner token is required', 401);
        }
        who = { home: owner.home };
      } else {
        who = { client: await clientOf(as, req, body) };
      }
      return as.introspect(requiredToken(body), who, iss);
    },
  );
}
