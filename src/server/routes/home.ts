import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../hub/hub.js';
import { vendorOf } from '../../vendors/index.js';
import { authorize } from '../auth.js';
import { errorSchema, homeParams, limitQuery } from '../schemas.js';

/** The home itself: its description, the audit log and the command log. */
export function homeRoutes(app: FastifyInstance, hub: Hub): void {
  app.get<{ Params: { home: string }; Querystring: { limit?: string; before?: string } }>(
    '/api/v1/homes/:home/audit',
    {
      schema: {
        summary: 'The newest audit records (turns and commands), newest first; page with ?before=<seq>',
        params: homeParams,
        querystring: limitQuery,
        response: { '4xx': errorSchema },
      },
    },
    async (req) => {
      const { home } = authorize(hub, req, req.params.home, 'audit');
      const limit = Math.min(Number(req.query.limit ?? 50) || 50, 1000);
      const before = req.query.before ? Number(req.query.before) : undefined;
      return hub.ctx.store.listAudit(home.runtime.id, limit, before);
    },
  );

  app.get<{ Params: { home: string }; Querystring: { limit?: string } }>(
    '/api/v1/homes/:home/commands',
    {
      schema: {
        summary: 'The command log, newest first',
        params: homeParams,
        querystring: limitQuery,
        response: { '4xx': errorSchema },
      },
    },
    async (req) => {
      const { home } = authorize(hub, req, req.params.home, 'audit');
      return hub.ctx.store.listCommands(home.runtime.id, Math.min(Number(req.query.limit ?? 50) || 50, 1000));
    },
  );

  app.get<{ Params: { home: string } }>(
    '/api/v1/homes/:home',
    {
      schema: {
        summary: 'The home: areas, assistants, satellites, grants, connections',
        params: homeParams,
        response: { '4xx': errorSchema },
      },
    },
    async (req) => {
      const { home } = authorize(hub, req, req.params.home);
      const f = home.runtime.file;
      return {
        id: f.home.id,
        name: f.home.name,
        language: f.home.language,
        timezone: f.home.timezone,
        areas: f.areas,
        assistants: f.assistants.map((a) => ({
          id: a.id,
          name: a.name,
          provider: a.provider,
          wakeWords: a.wakeWords,
        })),
        satellites: f.satellites,
        grants: home.conversation.grants.describe(),
        security: { rules: f.security.rules, pin: f.security.voicePin !== null },
        connections: home.runtime.connectionStates(),
        // Each connection's vendor by its descriptor's title ("LG ThinQ"), for people to read.
        vendors: Object.fromEntries(
          f.connections.map((c) => [c.id, vendorOf(c.adapter)?.title ?? c.adapter]),
        ),
        // Whether `serve --matter` runs this home's bridge (the dashboard asks for it only then).
        matter: app.hasRoute({ method: 'GET', url: '/api/v1/homes/:home/matter' }),
      };
    },
  );

  app.get<{ Params: { home: string } }>(
    '/api/v1/homes/:home/areas',
    {
      schema: {
        summary:
          "The home's areas by id and name: all of them for the owner and members, else only the areas of the devices this token may see",
        params: homeParams,
        response: {
          200: {
            type: 'array',
            items: {
              type: 'object',
              properties: { id: { type: 'string' }, name: { type: 'string' } },
              required: ['id', 'name'],
            },
          },
          '4xx': errorSchema,
        },
      },
    },
    async (req) => {
      const access = authorize(hub, req, req.params.home, 'devices:read');
      const areas = access.home.runtime.file.areas.map((a) => ({ id: a.id, name: a.name }));
      if (access.full) return areas;
      const seen = new Set(
        access.home.runtime
          .devices()
          .filter((d) => access.canSee(d.id))
          .map((d) => d.area),
      );
      return areas.filter((a) => seen.has(a.id));
    },
  );
}
