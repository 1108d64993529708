/**
 * `GET /api/v1/homes/{home}/care` (the findings), `POST …/care/{finding}/dismiss`, and
 * `GET /api/v1/homes/{home}/air` (each room with a CO₂ sensor): the household's (owner and
 * members), like the home's audit; guests and partners are refused.
 */
import type { FastifyInstance } from 'fastify';
import type { HomeCare } from '../../care/home-care.js';
import type { Hub } from '../../hub/hub.js';
import { HubError } from '../../model/errors.js';
import { authorize } from '../../server/auth.js';
import { errorSchema, homeParams } from '../../server/schemas.js';

const findingSchema = {
  type: 'object',
  required: ['id', 'deviceId', 'kind', 'severity', 'since', 'evidence', 'advice', 'state'],
  properties: {
    id: { type: 'string' },
    deviceId: { type: 'string' },
    endpoint: { type: 'string' },
    kind: {
      type: 'string',
      enum: [
        'door-left-open',
        'compressor-failing',
        'freezer-warming',
        'washer-cycles-longer',
        'washer-errors',
        'filter-end',
        'heating-not-reaching',
        'sensor-stuck',
        'sensor-offline',
        'battery-low',
      ],
    },
    severity: { type: 'string', enum: ['info', 'warning', 'critical'] },
    since: { type: 'string', format: 'date-time' },
    confidence: { type: 'number', description: 'how sure, 0–1' },
    evidence: { type: 'object', additionalProperties: { type: 'number' } },
    advice: { type: 'string', description: 'what to do, in Korean' },
    state: { type: 'string', enum: ['open', 'dismissed', 'closed'] },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

const airSchema = {
  type: 'object',
  required: ['area', 'co2', 'ventilationAdvice', 'infectionRisk'],
  properties: {
    area: { type: 'string' },
    areaName: { type: 'string' },
    device: { type: 'string' },
    co2: { type: 'number', description: 'ppm' },
    pm25: { type: 'number', description: 'µg/m³, when the room measures it' },
    level: { type: 'string', enum: ['good', 'ventilate', 'ventilate-now'] },
    ventilationAdvice: { type: 'string' },
    infectionRisk: {
      type: 'object',
      properties: {
        value: { type: 'number', description: 'probability 0–1 under the assumptions (not a medical claim)' },
        rebreathedFraction: { type: 'number' },
        assumptions: { type: 'object', additionalProperties: true },
      },
    },
  },
} as const;

const iso = (ms: number) => new Date(ms).toISOString();

export function careRoutes(
  app: FastifyInstance,
  hub: Hub,
  careOf: (home: string) => HomeCare | undefined,
): void {
  const care = (home: string): HomeCare => {
    const c = careOf(home);
    if (!c) throw new HubError('storage-unavailable', 503, 'care is not running for this home yet');
    return c;
  };

  app.get<{ Params: { home: string }; Querystring: { state?: string } }>(
    '/api/v1/homes/:home/care',
    {
      schema: {
        summary: "Proactive care: findings about the home's appliances and sensors (newest first)",
        description:
          'Open and dismissed findings; `?state=all` adds those closed by recovery (kept 30 days). A finding is one kind of problem of one device (and endpoint): it is not repeated, a dismissed one stays dismissed while the problem lasts, and it closes itself when the data recover.',
        params: homeParams,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            state: { type: 'string', enum: ['all', 'current'] },
            access_token: { type: 'string' },
          },
        },
        response: { 200: { type: 'array', items: findingSchema }, '4xx': errorSchema },
      },
    },
    async (req) => {
      const access = authorize(hub, req, req.params.home);
      return care(req.params.home)
        .engine.list({ includeClosed: req.query.state === 'all' })
        .filter((f) => access.canSee(f.deviceId))
        .map((f) => ({ ...f, since: iso(f.since), updatedAt: iso(f.updatedAt) }));
    },
  );

  app.post<{ Params: { home: string; finding: string } }>(
    '/api/v1/homes/:home/care/:finding/dismiss',
    {
      schema: {
        summary: 'Dismisses a finding (owner and members); it stays dismissed while the problem lasts',
        params: {
          type: 'object',
          required: ['home', 'finding'],
          properties: {
            home: homeParams.properties.home,
            finding: { type: 'string', minLength: 1, maxLength: 300 },
          },
        },
        response: { 200: findingSchema, '4xx': errorSchema },
      },
    },
    async (req) => {
      authorize(hub, req, req.params.home);
      const f = await care(req.params.home).engine.dismiss(req.params.finding, hub.ctx.clock.now());
      if (!f) throw new HubError('unknown-finding', 404, `no finding '${req.params.finding}'`);
      return { ...f, since: iso(f.since), updatedAt: iso(f.updatedAt) };
    },
  );

  app.get<{ Params: { home: string } }>(
    '/api/v1/homes/:home/air',
    {
      schema: {
        summary:
          'Clean air per room with a CO₂ sensor: CO₂, PM2.5, ventilation advice and an airborne-risk estimate',
        description:
          'infectionRisk is the Wells–Riley probability with the rebreathed fraction from CO₂ (Rudnick & Milton 2003) under the stated assumptions: a model estimate, not a medical claim.',
        params: homeParams,
        response: { 200: { type: 'array', items: airSchema }, '4xx': errorSchema },
      },
    },
    async (req) => {
      const access = authorize(hub, req, req.params.home);
      return care(req.params.home)
        .air()
        .filter((r) => access.canSee(r.device));
    },
  );
}
