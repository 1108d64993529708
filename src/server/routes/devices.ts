import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../hub/hub.js';
import { unknownDevice } from '../../model/errors.js';
import { authorize, refusal } from '../auth.js';
import { idempotent } from '../idempotency.js';
import { commandBody, deviceParams, deviceSchema, errorSchema, homeParams } from '../schemas.js';

interface CommandBody {
  endpoint: string | number;
  cluster: string;
  command: string;
  args?: Record<string, unknown>;
  challenge?: { pin: string };
}

export function deviceRoutes(app: FastifyInstance, hub: Hub): void {
  app.get<{ Params: { home: string } }>(
    '/api/v1/homes/:home/devices',
    {
      schema: {
        summary: "The home's devices in the Matter model",
        params: homeParams,
        response: { 200: { type: 'array', items: deviceSchema }, '4xx': errorSchema },
      },
    },
    async (req) => {
      const access = authorize(hub, req, req.params.home, 'devices:read');
      return access.home.runtime.devices().filter((d) => access.canSee(d.id));
    },
  );

  app.get<{ Params: { home: string; id: string } }>(
    '/api/v1/homes/:home/devices/:id',
    {
      schema: {
        summary: 'One device',
        params: deviceParams,
        response: { 200: deviceSchema, '4xx': errorSchema },
      },
    },
    async (req) => {
      const { home } = authorize(hub, req, req.params.home, 'devices:read', req.params.id);
      const d = home.runtime.device(req.params.id);
      if (!d) throw unknownDevice(req.params.id);
      return d;
    },
  );

  app.post<{ Params: { home: string; id: string }; Body: CommandBody }>(
    '/api/v1/homes/:home/devices/:id/commands',
    {
      schema: {
        summary:
          'Run one Matter command on a device through its vendor connection (Idempotency-Key supported)',
        description:
          "args use the Matter field names. The hub extension command WriteAttributes takes {Attribute: value} of writable attributes. The gate decides first: an action the home's security rules forbid is 403 `forbidden` for everyone; one that needs the PIN is 403 `pin-required` unless the caller is a person signed in as owner or member, or the body carries `challenge: {pin}` (a wrong PIN is 403 `pin-invalid`; after 3 wrong PINs in 10 minutes, 429 `too-many-requests`).",
        params: deviceParams,
        body: commandBody,
        response: {
          200: { type: 'object', properties: { status: { type: 'string' }, commandId: { type: 'string' } } },
          '4xx': errorSchema,
          '5xx': errorSchema,
        },
      },
    },
    async (req, reply) => {
      const { home, origin, who } = authorize(hub, req, req.params.home, 'devices:operate', req.params.id);
      const b = req.body;
      const [d] = await home.gate.authorize(
        who,
        [{ kind: 'command', device: req.params.id, cluster: b.cluster, command: b.command }],
        b.challenge?.pin,
      );
      if (d && d.effect !== 'allow') throw refusal(d);
      return idempotent(
        hub.ctx.store,
        home.runtime.id,
        'command',
        req,
        reply,
        hub.ctx.clock.now(),
        async () => {
          const r = await home.runtime.command(
            req.params.id,
            { endpoint: String(b.endpoint), cluster: b.cluster, command: b.command, args: b.args ?? {} },
            origin,
          );
          return { status: 200, body: { status: r.status, commandId: r.commandId } };
        },
      );
    },
  );
}
