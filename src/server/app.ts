/** The HTTP surface: Fastify 5 with the contract's routes, OpenAPI, and the event stream. */
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import type { Hub } from '../hub/hub.js';
import { authenticate, installAccessGuard, unauthorized } from './auth.js';
import { errorBody, errorHandler } from './errors.js';
import { lazySerializerFactory, lazyValidatorFactory } from './lazy-schemas.js';
import { installRateLimits, installSecurityHeaders, type LimitOptions } from './limits.js';
import { collectRoutes, openApi } from './openapi.js';
import { installPrincipal } from './principal.js';
import { errorSchema } from './schemas.js';
import { installTextGuard } from './text-guard.js';

export interface AppOptions {
  /** Largest request body, bytes. */
  bodyLimit?: number;
  /** Rate limits (see limits.ts); false turns them off. */
  limits?: Partial<LimitOptions> | false;
  /** Compile every route schema while getting ready (Fastify's default) instead of on first use. */
  eagerSchemas?: boolean;
  /** Hooks that run before every other (src/fleet: a request for a home served elsewhere is forwarded). */
  front?: (app: FastifyInstance) => void;
}

/** Extra route groups other parts add (Open Floor, OAuth, dashboard) without editing this file. */
export type RouteGroup = (app: FastifyInstance, hub: Hub) => void | Promise<void>;

export async function buildApp(
  hub: Hub,
  extra: RouteGroup[] = [],
  opts: AppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    // Nagle off on every accepted connection, WebSockets included (also Node's default; see util/net.ts).
    http: { noDelay: true },
    bodyLimit: opts.bodyLimit ?? 256 * 1024,
    ajv: {
      customOptions: {
        removeAdditional: false,
        coerceTypes: false,
        useDefaults: true,
        allErrors: false,
        allowUnionTypes: true,
      },
    },
    routerOptions: { maxParamLength: 200 },
    // Each route's validator and serializer is compiled on its first request (lazy-schemas.ts).
    schemaController: opts.eagerSchemas
      ? {}
      : ({
          compilersFactory: {
            buildValidator: lazyValidatorFactory(),
            buildSerializer: lazySerializerFactory(),
          },
        } as FastifyServerOptions['schemaController']),
    return503OnClosing: true,
    // A URL the router cannot decode (`%C0%AE`) is bad input like any other: the contract's shape.
    frameworkErrors: (err, _req, reply) => {
      (reply as FastifyReply).code(400).send(errorBody('invalid-request', err.message));
    },
  });
  opts.front?.(app);
  const ops = collectRoutes(app);
  app.setErrorHandler(errorHandler(hub.ctx.log));
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send(errorBody('not-found', `no route ${req.method} ${req.url.split('?')[0]}`));
  });
  installPrincipal(app, hub);
  installRateLimits(app, opts.limits ?? {});
  installSecurityHeaders(app);
  installAccessGuard(app, hub);
  installTextGuard(app);
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  // Liveness only: a stranger learns nothing about the homes (not even their ids).
  app.get(
    '/api/v1/health',
    {
      schema: {
        summary: 'Liveness (no token needed); tells nothing about the homes',
        response: { 200: { type: 'object', properties: { status: { type: 'string' } } } },
      },
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/api/v1/me',
    {
      schema: {
        summary: "The home a token opens and the token's role (any valid token)",
        response: {
          200: {
            type: 'object',
            properties: { home: { type: 'string' }, role: { type: 'string' }, id: { type: 'string' } },
          },
          '4xx': errorSchema,
        },
      },
    },
    async (req) => {
      const p = authenticate(hub, req);
      if (!p) throw unauthorized();
      return { home: p.home, role: p.role, id: p.id };
    },
  );
  app.get('/api/v1/openapi.json', { schema: { summary: 'This description' } }, async () => openApi(ops));

  for (const group of extra) await group(app, hub);
  return app;
}
