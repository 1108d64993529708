/** The HTTP surface: Fastify 5 with the contract's routes, OpenAPI, and the event stream. */
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Hub } from '../hub/hub.js';
import { installAccessGuard } from './auth.js';
import { errorBody, errorHandler } from './errors.js';
import { installRateLimits, installSecurityHeaders, type LimitOptions } from './limits.js';
import { collectRoutes, openApi } from './openapi.js';
import { conversationRoutes } from './routes/conversation.js';
import { deviceRoutes } from './routes/devices.js';
import { eventRoutes } from './routes/events.js';

export interface AppOptions {
  /** Largest request body, bytes. */
  bodyLimit?: number;
  /** Rate limits (see limits.ts); false turns them off. */
  limits?: Partial<LimitOptions> | false;
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
    return503OnClosing: true,
    // A URL the router cannot decode (`%C0%AE`) is bad input like any other: the contract's shape.
    frameworkErrors: (err, _req, reply) => {
      (reply as FastifyReply).code(400).send(errorBody('invalid-request', err.message));
    },
  });
  const ops = collectRoutes(app);
  app.setErrorHandler(errorHandler(hub.ctx.log));
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send(errorBody('not-found', `no route ${req.method} ${req.url.split('?')[0]}`));
  });
  installRateLimits(app, opts.limits ?? {});
  installSecurityHeaders(app);
  installAccessGuard(app, hub);
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  app.get(
    '/api/v1/health',
    { schema: { summary: 'Liveness and readiness (no token needed)' } },
    async () => ({
      status: 'ok',
      homes: hub.homes().map((h) => ({ id: h.runtime.id, connections: h.runtime.connectionStates() })),
    }),
  );
  app.get('/api/v1/openapi.json', { schema: { summary: 'This description' } }, async () => openApi(ops));

  deviceRoutes(app, hub);
  conversationRoutes(app, hub);
  eventRoutes(app, hub);
  for (const group of extra) await group(app, hub);
  return app;
}
