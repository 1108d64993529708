/** The home's live tokens, partner links (OAuth grants) and registered OAuth clients, for the owner. */
import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../../hub/hub.js';
import type { AuthorizationServer } from '../../../hub/oauth/server.js';
import { deleteRoute, listRoute } from './admin.js';

export function tokenLinkClientRoutes(app: FastifyInstance, hub: Hub, as: AuthorizationServer): void {
  listRoute(
    app,
    hub,
    '/api/v1/homes/:home/tokens',
    "The home's live tokens, without their values (owner only)",
    (home) => hub.tokens.tokens(home, hub.ctx.clock.now()),
  );

  deleteRoute(app, hub, {
    url: '/api/v1/homes/:home/tokens/:token',
    summary: 'Revokes one token by its id (owner only)',
    key: 'token',
    remove: (home, id) => hub.tokens.revokeTokenId(home, id),
    what: () => 'such token',
  });

  listRoute(
    app,
    hub,
    '/api/v1/homes/:home/links',
    'Partner links (OAuth grants) of the home (owner only)',
    async (home) => {
      const clients = new Map((await as.clients.list(home)).map((c) => [c.clientId, c.name]));
      return (await as.grants(home)).map((g) => ({ ...g, clientName: clients.get(g.clientId) ?? null }));
    },
  );

  deleteRoute(app, hub, {
    url: '/api/v1/homes/:home/links/:grant',
    summary: 'Unlinks a partner: the grant and all its tokens stop at once (owner only)',
    key: 'grant',
    remove: (home, id) => as.revokeGrant(home, id),
    what: () => 'such link',
  });

  listRoute(
    app,
    hub,
    '/api/v1/homes/:home/clients',
    "The home's registered OAuth clients, without secrets (owner only)",
    (home) => as.clients.list(home),
  );
}
