/**
 * The assistants' route group: the Open Floor endpoint of each home (the hub is the floor manager
 * of the home's assistants), the assistants' manifests, and the satellites with their dialog state.
 *
 * - `POST /api/v1/homes/{home}/openfloor` — an Open Floor 1.1 envelope (or a legacy OVON 0.9.x
 *   one) in, an envelope out. A malformed envelope is a 400 `invalid-envelope`; never a 5xx.
 * - `GET /api/v1/homes/{home}/openfloor/manifests` — the assistants' manifests.
 * - `GET /api/v1/homes/{home}/satellites` — every satellite with its dialog state
 *   (idle/listening/thinking/speaking, who holds it) and, for players, what plays.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_TEXT } from '../../hub/conversation.js';
import type { HomeHandle, Hub } from '../../hub/hub.js';
import type { RouteGroup } from '../../server/app.js';
import { authorize } from '../../server/auth.js';
import { errorBody, toReply } from '../../server/errors.js';
import { listenUrl } from '../../server/listen.js';
import { errorSchema, homeParams } from '../../server/schemas.js';
import { FloorManager, type FloorOptions } from './floor.js';
import { fromLegacy, isLegacy, toLegacy } from './legacy.js';
import type { Envelope } from './types.js';
import { schemaError, structureError } from './validate.js';

const floors = new WeakMap<HomeHandle, FloorManager>();

function floorOf(home: HomeHandle, hub: Hub, opts: FloorOptions): FloorManager {
  let f = floors.get(home);
  if (!f) {
    f = new FloorManager(home, hub.ctx, opts);
    floors.set(home, f);
  }
  return f;
}

/** The floor's own serviceUrl, from configuration or the listening socket, never from the request. */
function serviceUrlOf(req: FastifyRequest, home: string, opts: FloorOptions): string {
  const base = (
    opts.publicUrl ??
    process.env.YEONDONG_ISSUER ??
    listenUrl(req.server.server) ??
    'http://127.0.0.1'
  ).replace(/\/+$/, '');
  return `${base}/api/v1/homes/${encodeURIComponent(home)}/openfloor`;
}

const invalid = (message: string) => ({ status: 400, body: errorBody('invalid-envelope', message) });

/** Why an incoming body is not an acceptable envelope, or the 1.1 envelope to handle. */
export function parseEnvelope(body: unknown): { env: Envelope; legacy: boolean } | { error: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { error: 'the body must be a JSON object' };
  if (isLegacy(body)) {
    const e = schemaError('ovon', body);
    if (e) return { error: `not a valid OVON 0.9.x envelope: ${e}` };
    const version = (body as { ovon: { schema?: { version?: unknown } } }).ovon.schema?.version;
    if (typeof version !== 'string' || !version.startsWith('0.9'))
      return { error: 'an "ovon" envelope must have schema.version 0.9.x' };
    const env = fromLegacy(body as Record<string, unknown>);
    const s = structureError(env);
    if (s) return { error: s };
    return { env, legacy: true };
  }
  const e = schemaError('envelope', body);
  if (e) return { error: `not a valid Open Floor 1.1 envelope: ${e}` };
  const s = structureError(body);
  if (s) return { error: s };
  return { env: body as Envelope, legacy: false };
}

function tooLong(env: Envelope): boolean {
  return env.openFloor.events.some((ev) => {
    const tokens = (
      ev.parameters?.dialogEvent as
        | { features?: { text?: { tokens?: Array<{ value?: unknown }> } } }
        | undefined
    )?.features?.text?.tokens;
    return (
      Array.isArray(tokens) &&
      tokens.reduce((n, t) => n + (typeof t?.value === 'string' ? t.value.length : 0), 0) > MAX_TEXT
    );
  });
}

/** Body parsing failures on the Open Floor route are malformed envelopes too. */
function envelopeErrors(hub: Hub) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toReply(err);
    if (status === 401 || status === 404 || status === 413 || status === 429 || status === 403) {
      reply.code(status).send(body);
      return;
    }
    if (status >= 500)
      hub.ctx.log.error('open floor request failed', { url: req.url, err: String(err?.stack ?? err) });
    reply
      .code(400)
      .send(
        errorBody(
          'invalid-envelope',
          status >= 500 ? 'the envelope could not be handled' : body.error.message,
        ),
      );
  };
}

export function openFloorRoutes(opts: FloorOptions = {}): RouteGroup {
  return (app: FastifyInstance, hub: Hub) => {
    app.post<{ Params: { home: string } }>(
      '/api/v1/homes/:home/openfloor',
      {
        schema: {
          summary:
            'Open Floor 1.1 envelope in, envelope out (legacy OVON 0.9.x accepted); the hub is the floor manager',
          params: homeParams,
          response: { '4xx': errorSchema },
        },
        errorHandler: envelopeErrors(hub),
      },
      async (req, reply) => {
        const { home, who } = authorize(hub, req, req.params.home);
        const parsed = parseEnvelope(req.body);
        if ('error' in parsed) {
          const r = invalid(parsed.error);
          return reply.code(r.status).send(r.body);
        }
        if (tooLong(parsed.env)) {
          const r = invalid(`an utterance is longer than ${MAX_TEXT} characters`);
          return reply.code(r.status).send(r.body);
        }
        const serviceUrl = serviceUrlOf(req, home.runtime.id, opts);
        const answer = await floorOf(home, hub, opts).handle(parsed.env, serviceUrl, who);
        return reply.code(200).send(parsed.legacy ? toLegacy(answer) : answer);
      },
    );

    app.get<{ Params: { home: string } }>(
      '/api/v1/homes/:home/openfloor/manifests',
      {
        schema: {
          summary: "The Open Floor manifests of the home's assistants",
          params: homeParams,
          response: { '4xx': errorSchema },
        },
      },
      async (req) => {
        const { home } = authorize(hub, req, req.params.home);
        const serviceUrl = serviceUrlOf(req, home.runtime.id, opts);
        return floorOf(home, hub, opts).manifests(serviceUrl);
      },
    );

    app.get<{ Params: { home: string } }>(
      '/api/v1/homes/:home/satellites',
      {
        schema: {
          summary: 'The satellites (microphones) with their dialog state and what their speaker plays',
          params: homeParams,
          response: { '4xx': errorSchema },
        },
      },
      async (req) => {
        const { home } = authorize(hub, req, req.params.home);
        return home.conversation.satellites();
      },
    );
  };
}
