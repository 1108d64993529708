/**
 * Routines over HTTP: GET/POST /api/v1/homes/{home}/routines, GET/PATCH/DELETE …/routines/{id},
 * POST …/routines/{id}/run (run now) and GET …/routines/{id}/runs (the last runs). Owner and
 * members (the `home` surface); a routine acts as whoever created it, checked by the gate at
 * creation and at every run.
 */
import type { FastifyInstance } from 'fastify';
import type { Hub } from '../../hub/hub.js';
import { HubError, invalidRequest } from '../../model/errors.js';
import type { RoutineEngine } from '../../routines/engine.js';
import {
  routineCreateBody,
  routineParams,
  routinePatchBody,
  routineRunSchema,
  routineSchema,
} from '../../routines/schemas.js';
import type { RoutineInput } from '../../routines/types.js';
import { checkRoutine, describeProblems, ROUTINE_KEYS } from '../../routines/validate.js';
import { authorize } from '../auth.js';
import { errorSchema, homeParams } from '../schemas.js';

const IGNORED = ['createdBy', 'createdVia', 'createdAt'];

function bodyOf(raw: unknown, partial: boolean): Partial<RoutineInput> {
  const o = { ...(raw as Record<string, unknown>) };
  for (const k of IGNORED) delete o[k];
  if (partial) delete o.id;
  const { value, problems } = checkRoutine(o, { partial, keys: ROUTINE_KEYS });
  if (problems.length > 0) throw invalidRequest(describeProblems(problems), { problems });
  return value;
}

const routinesOf = (hub: Hub, home: string): RoutineEngine => {
  const h = hub.home(home);
  if (!h) throw new HubError('unknown-home', 404, `no home '${home}'`);
  return h.routines;
};

const unknownRoutine = (id: string) => new HubError('unknown-routine', 404, `no routine '${id}'`);

export function routineRoutes(app: FastifyInstance, hub: Hub): void {
  const H = '/api/v1/homes/:home/routines';
  app.get<{ Params: { home: string } }>(
    H,
    {
      schema: {
        summary: "The home's routines",
        params: homeParams,
        response: { 200: { type: 'array', items: routineSchema }, '4xx': errorSchema },
      },
    },
    async (req) => {
      const { home } = authorize(hub, req, req.params.home);
      return routinesOf(hub, home.runtime.id).list();
    },
  );

  app.post<{ Params: { home: string }; Body: unknown }>(
    H,
    {
      schema: {
        summary:
          'Create a routine (it acts as the caller; forbidden actions are refused, PIN actions only for the owner)',
        description:
          "Triggers: attribute (becomes / above / below / any change), event, time (HH:MM and weekdays, the home's timezone), sun (sunrise/sunset at home.location), phrase, button. Conditions: attribute, time window. Actions: command, announce, notice, delay, routine. No trigger: a scene. Refused: 400 invalid-request (shape, unknown device), 403 forbidden (an action the home's security rules forbid), 403 pin-required (a PIN action in a routine not created by the owner), 409 conflict (a loop).",
        params: homeParams,
        body: routineCreateBody,
        response: { 201: routineSchema, '4xx': errorSchema },
      },
    },
    async (req, reply) => {
      const { home, who } = authorize(hub, req, req.params.home);
      const input = bodyOf(req.body, false) as RoutineInput;
      const r = await routinesOf(hub, home.runtime.id).create(input, who, 'api');
      reply.code(201);
      return r;
    },
  );

  app.get<{ Params: { home: string; id: string } }>(
    `${H}/:id`,
    {
      schema: {
        summary: 'One routine',
        params: routineParams,
        response: { 200: routineSchema, '4xx': errorSchema },
      },
    },
    async (req) => {
      const { home } = authorize(hub, req, req.params.home);
      const r = routinesOf(hub, home.runtime.id).get(req.params.id);
      if (!r) throw unknownRoutine(req.params.id);
      return r;
    },
  );

  app.patch<{ Params: { home: string; id: string }; Body: unknown }>(
    `${H}/:id`,
    {
      schema: {
        summary: 'Change a routine (enable/disable, or any field); checked as a new one would be',
        params: routineParams,
        body: routinePatchBody,
        response: { 200: routineSchema, '4xx': errorSchema },
      },
    },
    async (req) => {
      const { home } = authorize(hub, req, req.params.home);
      return routinesOf(hub, home.runtime.id).update(req.params.id, bodyOf(req.body, true));
    },
  );

  app.delete<{ Params: { home: string; id: string } }>(
    `${H}/:id`,
    {
      schema: {
        summary: 'Remove a routine',
        params: routineParams,
        response: { 204: { type: 'null' }, '4xx': errorSchema },
      },
    },
    async (req, reply) => {
      const { home } = authorize(hub, req, req.params.home);
      await routinesOf(hub, home.runtime.id).remove(req.params.id);
      reply.code(204);
      return null;
    },
  );

  app.post<{ Params: { home: string; id: string } }>(
    `${H}/:id/run`,
    {
      schema: {
        summary: 'Run a routine now (its conditions are not asked); answers when its actions are done',
        params: routineParams,
        response: { 200: routineRunSchema, '4xx': errorSchema },
      },
    },
    async (req) => {
      const { home } = authorize(hub, req, req.params.home);
      return routinesOf(hub, home.runtime.id).run(req.params.id, { kind: 'api', detail: 'run now' });
    },
  );

  app.get<{ Params: { home: string; id: string } }>(
    `${H}/:id/runs`,
    {
      schema: {
        summary: "A routine's last runs (newest first): trigger, each action's outcome and time",
        params: routineParams,
        response: { 200: { type: 'array', items: routineRunSchema }, '4xx': errorSchema },
      },
    },
    async (req) => {
      const { home } = authorize(hub, req, req.params.home);
      const engine = routinesOf(hub, home.runtime.id);
      if (!engine.get(req.params.id)) throw unknownRoutine(req.params.id);
      return engine.lastRuns(req.params.id);
    },
  );
}
