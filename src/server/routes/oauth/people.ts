/** The household's people (members and guests) and their tokens, administered by the owner. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Person } from '../../../hub/auth.js';
import type { Hub } from '../../../hub/hub.js';
import {
  ADDABLE_ROLES,
  issuePersonToken,
  PERSON_ID,
  PERSON_LIMITS,
  unknownDevices,
} from '../../../hub/people.js';
import { authorize } from '../../auth.js';
import { errorBody } from '../../errors.js';
import { homeParams } from '../../schemas.js';
import { adminSchema, deleteRoute, idParams, listRoute, notFound } from './admin.js';

const personParams = idParams('person');

const deviceList = {
  type: 'array',
  maxItems: PERSON_LIMITS.devices,
  items: { type: 'string', minLength: 1, maxLength: PERSON_LIMITS.deviceId },
} as const;
const expiresInDays = { type: 'integer', minimum: 1, maximum: PERSON_LIMITS.maxDays } as const;
const name = { type: 'string', minLength: 1, maxLength: PERSON_LIMITS.name } as const;

const newPersonBody = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'role'],
  properties: {
    id: { type: 'string', pattern: PERSON_ID.source },
    name,
    role: { type: 'string', enum: ADDABLE_ROLES },
    devices: deviceList,
    expiresInDays,
  },
} as const;

const patchPersonBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { name, devices: deviceList },
} as const;

const newTokenBody = {
  type: 'object',
  additionalProperties: false,
  properties: { expiresInDays },
} as const;

/** A new token, shown once. */
const shownOnce = (reply: FastifyReply, body: unknown) =>
  reply.code(201).header('cache-control', 'no-store').send(body);

export function peopleRoutes(app: FastifyInstance, hub: Hub): void {
  const now = () => hub.ctx.clock.now();
  const checkDevices = (homeId: string, devices: string[] | undefined) => {
    const home = hub.home(homeId);
    return unknownDevices(devices, (d) => home?.runtime.device(d) !== undefined);
  };
  const issueFor = (person: Person, days: number | undefined) =>
    issuePersonToken(hub.tokens, person, now(), days);

  listRoute(app, hub, '/api/v1/homes/:home/people', "The home's people (owner only)", (home) =>
    hub.tokens.people(home),
  );

  app.post<{
    Params: { home: string };
    Body: { id?: string; name: string; role: 'member' | 'guest'; devices?: string[]; expiresInDays?: number };
  }>(
    '/api/v1/homes/:home/people',
    {
      schema: adminSchema(
        'Adds a member or guest (owner only); answers their first token, shown once',
        homeParams,
        { description: 'Guests view and operate only the devices listed in `devices`.', body: newPersonBody },
      ),
    },
    async (req, reply) => {
      authorize(hub, req, req.params.home, 'admin');
      const b = req.body;
      const bad = checkDevices(req.params.home, b.devices);
      if (bad) return reply.code(400).send(errorBody('invalid-request', bad));
      let person: Person;
      try {
        person = await hub.tokens.addPerson(
          req.params.home,
          { ...(b.id ? { id: b.id } : {}), name: b.name, role: b.role, devices: b.devices ?? [] },
          now(),
        );
      } catch (err) {
        return reply.code(409).send(errorBody('conflict', (err as Error).message));
      }
      const t = await issueFor(person, b.expiresInDays);
      return shownOnce(reply, { person, ...t });
    },
  );

  app.patch<{ Params: { home: string; person: string }; Body: { name?: string; devices?: string[] } }>(
    '/api/v1/homes/:home/people/:person',
    {
      schema: adminSchema("Changes a person's name or a guest's device list (owner only)", personParams, {
        body: patchPersonBody,
      }),
    },
    async (req, reply) => {
      authorize(hub, req, req.params.home, 'admin');
      const bad = checkDevices(req.params.home, req.body.devices);
      if (bad) return reply.code(400).send(errorBody('invalid-request', bad));
      const p = await hub.tokens.updatePerson(req.params.home, req.params.person, req.body);
      return p ?? notFound(reply, `person '${req.params.person}'`);
    },
  );

  deleteRoute(app, hub, {
    url: '/api/v1/homes/:home/people/:person',
    summary: 'Removes a person and revokes all their tokens (owner only)',
    key: 'person',
    remove: (home, id) => hub.tokens.removePerson(home, id),
    what: (id) => `person '${id}'`,
  });

  app.post<{ Params: { home: string; person: string }; Body: { expiresInDays?: number } }>(
    '/api/v1/homes/:home/people/:person/tokens',
    {
      schema: adminSchema('A new token for a person (owner only), shown once', personParams, {
        body: newTokenBody,
      }),
      // Every field is optional, so no body at all means the defaults.
      preValidation: async (req) => {
        req.body ??= {};
      },
    },
    async (req, reply) => {
      authorize(hub, req, req.params.home, 'admin');
      const person = hub.tokens.person(req.params.home, req.params.person);
      if (!person) return notFound(reply, `person '${req.params.person}'`);
      return shownOnce(reply, await issueFor(person, req.body?.expiresInDays));
    },
  );
}
