/**
 * `GET /api/v1/homes/{home}/devices/{id}/history`: one attribute of one device as time series
 * (one per endpoint that has it), raw points or one point per `step`.
 */
import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../hub/hub.js';
import { HubError, unknownDevice } from '../../model/errors.js';
import { authorize } from '../../server/auth.js';
import { deviceParams, errorSchema } from '../../server/schemas.js';

const DAY = 86_400_000;
/** The longest range one request may ask for, and the most points per series it returns. */
export const MAX_RANGE_DAYS = 400;
export const MAX_POINTS = 50_000;

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: DAY };

const bad = (message: string) => new HubError('invalid-request', 400, message);

/** `30s`, `1m`, `15m`, `1h`, `1d` (or ISO 8601 `PT1M`, `PT1H`, `P1D`) → ms; null when malformed. */
export function parseStep(text: string): number | null {
  const short = /^(\d{1,6})(s|m|h|d)$/.exec(text);
  if (short) return Number(short[1]) * (UNITS[short[2] as string] as number);
  const iso = /^P(?:(\d{1,4})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6})S)?)?$/.exec(text);
  if (!iso || text === 'P' || text.endsWith('T')) return null;
  const [, d, h, m, s] = iso.map((x) => Number(x ?? 0));
  return (d as number) * DAY + (h as number) * 3_600_000 + (m as number) * 60_000 + (s as number) * 1000;
}

/** An ISO 8601 instant with its zone (`2026-12-01T00:00:00Z`, `…+09:00`) → ms; null otherwise. */
export function parseInstant(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(text)) return null;
  const t = Date.parse(text);
  return Number.isFinite(t) ? t : null;
}

const point = {
  type: 'object',
  required: ['at', 'value'],
  properties: {
    at: { type: 'number', description: 'ms since the epoch (a step: the start of its bucket)' },
    value: { type: 'number', description: 'the value (a step or a downsampled stretch: the mean)' },
    min: { type: 'number' },
    max: { type: 'number' },
  },
} as const;

export const historySchema = {
  type: 'object',
  properties: {
    device: { type: 'string' },
    attribute: { type: 'string' },
    from: { type: 'string', format: 'date-time' },
    to: { type: 'string', format: 'date-time' },
    step: { type: ['number', 'null'], description: 'bucket width in ms, null for raw points' },
    series: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          endpoint: { type: 'string' },
          attribute: { type: 'string' },
          points: { type: 'array', items: point },
          truncated: { type: 'boolean' },
        },
      },
    },
  },
} as const;

export const historyQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['attribute'],
  properties: {
    attribute: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9]{0,63}\\.[A-Za-z][A-Za-z0-9]{0,63}$',
      description:
        'Cluster.Attribute, e.g. TemperatureMeasurement.MeasuredValue (Device.Online: the online state)',
    },
    endpoint: { type: 'string', maxLength: 64 },
    from: { type: 'string', maxLength: 40, description: 'ISO 8601 instant; default 24 h before `to`' },
    to: { type: 'string', maxLength: 40, description: 'ISO 8601 instant; default now' },
    step: { type: 'string', maxLength: 16, description: '30s, 1m, 1h, 1d or PT1M…; without it raw points' },
    access_token: { type: 'string' },
  },
} as const;

interface Query {
  attribute: string;
  endpoint?: string;
  from?: string;
  to?: string;
  step?: string;
}

export function historyRoute(app: FastifyInstance, hub: Hub): void {
  app.get<{ Params: { home: string; id: string }; Querystring: Query }>(
    '/api/v1/homes/:home/devices/:id/history',
    {
      schema: {
        summary: "One attribute of a device over time (the home's telemetry history)",
        description: `Raw points without \`step\`; with it, one point per bucket (mean, min, max). At most ${MAX_RANGE_DAYS} days per request and ${MAX_POINTS} points per series (\`truncated\` says so). Points older than the home's \`care.history.rawDays\` are downsampled.`,
        params: deviceParams,
        querystring: historyQuery,
        response: { 200: historySchema, '4xx': errorSchema },
      },
    },
    async (req) => {
      const { home } = authorize(hub, req, req.params.home, 'devices:read', req.params.id);
      if (!home.runtime.device(req.params.id)) throw unknownDevice(req.params.id);
      const q = req.query;
      const now = hub.ctx.clock.now();
      const to = q.to === undefined ? now : parseInstant(q.to);
      if (to === null) throw bad(`'to' must be an ISO 8601 instant with its zone (got '${q.to}')`);
      const from = q.from === undefined ? to - DAY : parseInstant(q.from);
      if (from === null) throw bad(`'from' must be an ISO 8601 instant with its zone (got '${q.from}')`);
      if (from >= to) throw bad("'from' must be before 'to'");
      if (to - from > MAX_RANGE_DAYS * DAY) throw bad(`at most ${MAX_RANGE_DAYS} days per request`);
      let step: number | undefined;
      if (q.step !== undefined) {
        const s = parseStep(q.step);
        if (s === null || s < 1000)
          throw bad(`'step' must be a duration of at least 1 s (30s, 1m, 1h, PT1M; got '${q.step}')`);
        if ((to - from) / s > MAX_POINTS)
          throw bad(`'step' is too fine for this range (at most ${MAX_POINTS} points)`);
        step = s;
      }
      const series = await hub.ctx.store.querySamples(home.runtime.id, {
        device: req.params.id,
        attribute: q.attribute,
        ...(q.endpoint !== undefined ? { endpoint: q.endpoint } : {}),
        from,
        to,
        ...(step !== undefined ? { step } : {}),
        limit: MAX_POINTS + 1,
      });
      return {
        device: req.params.id,
        attribute: q.attribute,
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        step: step ?? null,
        series: series.map((s) => ({
          endpoint: s.endpoint,
          attribute: s.attribute,
          points: s.points.slice(0, MAX_POINTS),
          truncated: s.points.length > MAX_POINTS,
        })),
      };
    },
  );
}
