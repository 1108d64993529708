/**
 * Partner account linking (OAuth 2.0 authorization server) and the household's own access
 * management (people, tokens, links, clients).
 *
 * /oauth/*: RFC 6749 error shape `{"error", "error_description"}`, form-encoded bodies, client
 * authentication by HTTP Basic or in the body (never both). /api/v1/homes/{home}/people|tokens|
 * links|clients: the owner's administration, contract error shape.
 *
 * The parts live in ./oauth/: the protocol's answers and form bodies, client authentication, the
 * metadata, authorization (with its consent page), token, revocation and introspection endpoints,
 * and the administration routes.
 */
import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../hub/hub.js';
import { AuthorizationServer } from '../../hub/oauth/server.js';
import { tokenLinkClientRoutes } from './oauth/access.js';
import type { OAuthRouteOptions } from './oauth/answers.js';
import { authorizeRoutes } from './oauth/authorize.js';
import { consentScriptRoute } from './oauth/consent-page.js';
import { registerFormParser } from './oauth/form.js';
import { metadataRoute } from './oauth/metadata.js';
import { peopleRoutes } from './oauth/people.js';
import { revokeIntrospectRoutes } from './oauth/revoke-introspect.js';
import { tokenRoute } from './oauth/token.js';

export type { OAuthRouteOptions } from './oauth/answers.js';

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
    peopleRoutes(app, hub);
    tokenLinkClientRoutes(app, hub, as);
  };
}

/** The /oauth/* endpoints, in a scope of their own (the form body parser is theirs only). */
function oauthRoutes(app: FastifyInstance, hub: Hub, as: AuthorizationServer, opts: OAuthRouteOptions): void {
  registerFormParser(app);
  metadataRoute(app, opts);
  consentScriptRoute(app);
  authorizeRoutes(app, hub, as, opts);
  tokenRoute(app, as);
  revokeIntrospectRoutes(app, hub, as, opts);
}
