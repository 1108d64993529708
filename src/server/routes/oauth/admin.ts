/**
 * What the household's administration routes (/api/v1/homes/{home}/people|tokens|links|clients)
 * share: owner only, contract error shape, lists and deletions of one kind each.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Hub } from '../../../hub/hub.js';
import { authorize } from '../../auth.js';
import { errorBody } from '../../errors.js';
import { errorSchema, homeParams } from '../../schemas.js';

/** Path parameters: the home and the id of one of its things. */
export const idParams = <K extends string>(key: K) =>
  ({
    type: 'object',
    required: ['home', key],
    properties: { home: homeParams.properties.home, [key]: { type: 'string', minLength: 1, maxLength: 64 } },
  }) as const;

/** The schema of an owner-only route. */
export const adminSchema = (
  summary: string,
  params: object,
  more: { description?: string; body?: object } = {},
) => ({
  summary,
  ...more,
  params,
  response: { '4xx': errorSchema },
});

export const notFound = (reply: FastifyReply, what: string) =>
  reply.code(404).send(errorBody('not-found', `no ${what}`));

/** GET of a list of the home's things. */
export function listRoute(
  app: FastifyInstance,
  hub: Hub,
  url: string,
  summary: string,
  list: (home: string) => unknown,
): void {
  app.get<{ Params: { home: string } }>(url, { schema: adminSchema(summary, homeParams) }, async (req) => {
    authorize(hub, req, req.params.home, 'admin');
    return list(req.params.home);
  });
}

/** DELETE of one of the home's things by its id (path parameter `key`): 204, or 404 with `no ${what(id)}`. */
export function deleteRoute(
  app: FastifyInstance,
  hub: Hub,
  route: {
    url: string;
    summary: string;
    key: string;
    remove: (home: string, id: string) => Promise<boolean>;
    what: (id: string) => string;
  },
): void {
  app.delete<{ Params: { home: string } & Record<string, string> }>(
    route.url,
    { schema: adminSchema(route.summary, idParams(route.key)) },
    async (req, reply) => {
      authorize(hub, req, req.params.home, 'admin');
      const id = req.params[route.key] as string; // required by the schema
      if (!(await route.remove(req.params.home, id))) return notFound(reply, route.what(id));
      return reply.code(204).send();
    },
  );
}
