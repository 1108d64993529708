/** JSON schemas of routines for the HTTP API (and so for the OpenAPI document). */
import { DEVICE_EVENTS, WEEKDAYS } from './types.js';

const id = { type: 'string', minLength: 1, maxLength: 64 } as const;
const hhmm = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' } as const;
const weekdays = {
  type: 'array',
  minItems: 1,
  maxItems: 7,
  items: { type: 'string', enum: [...WEEKDAYS] },
} as const;
const text = { type: 'string', minLength: 1, maxLength: 300 } as const;
const obj = (required: string[], properties: Record<string, unknown>, description: string) => ({
  type: 'object',
  additionalProperties: false,
  required: ['type', ...required],
  description,
  properties,
});

export const triggerSchema = {
  anyOf: [
    obj(
      ['device', 'cluster', 'attribute'],
      {
        type: { const: 'attribute' },
        device: id,
        endpoint: id,
        cluster: id,
        attribute: id,
        becomes: { description: 'fires when the attribute becomes this value' },
        above: { type: 'number', description: 'fires when the value crosses above this' },
        below: { type: 'number', description: 'fires when the value crosses below this' },
      },
      'A device attribute becomes a value, crosses a threshold, or (neither given) changes',
    ),
    obj(
      ['device', 'event'],
      {
        type: { const: 'event' },
        device: id,
        endpoint: id,
        event: { type: 'string', enum: [...DEVICE_EVENTS] },
      },
      "A device event (a washer's cycle finished, a door opened)",
    ),
    obj(['at'], { type: { const: 'time' }, at: hhmm, weekdays }, "A time of day in the home's timezone"),
    obj(
      ['event'],
      {
        type: { const: 'sun' },
        event: { type: 'string', enum: ['sunrise', 'sunset'] },
        offsetMinutes: { type: 'number', minimum: -720, maximum: 720 },
        weekdays,
      },
      "Sunrise or sunset at the home's location (home.location in the home file)",
    ),
    obj(
      ['phrase'],
      { type: { const: 'phrase' }, phrase: { type: 'string', minLength: 1, maxLength: 60 } },
      'A spoken phrase on any assistant of the home',
    ),
    obj(
      ['device'],
      { type: { const: 'button' }, device: id, endpoint: id },
      'A scene button (Matter Switch)',
    ),
  ],
} as const;

export const conditionSchema = {
  anyOf: [
    obj(
      ['device', 'cluster', 'attribute'],
      {
        type: { const: 'attribute' },
        device: id,
        endpoint: id,
        cluster: id,
        attribute: id,
        equals: {},
        above: { type: 'number' },
        below: { type: 'number' },
      },
      "A device attribute's current value",
    ),
    obj(
      [],
      { type: { const: 'time' }, after: hhmm, before: hhmm, weekdays },
      'A time window (may wrap midnight)',
    ),
  ],
} as const;

export const actionSchema = {
  anyOf: [
    obj(
      ['device', 'cluster', 'command'],
      {
        type: { const: 'command' },
        device: id,
        endpoint: { type: ['string', 'integer'], maxLength: 64 },
        cluster: id,
        command: id,
        args: { type: 'object', maxProperties: 16 },
      },
      'A Matter command on a device (WriteAttributes included), through the gate as the creator',
    ),
    obj(
      ['text'],
      { type: { const: 'announce' }, text, satellite: id, device: id },
      'A spoken announcement in Korean on a satellite (or the one in a device’s area): spoken over Wyoming on a satellite with a wyoming link (the run records spoken: true and bytes), else shown on the dashboard (spoken: false)',
    ),
    obj(['text'], { type: { const: 'notice' }, text }, 'A notice in the dashboard'),
    obj(
      ['seconds'],
      { type: { const: 'delay' }, seconds: { type: 'number', minimum: 0, maximum: 86400 } },
      'A pause',
    ),
    obj(['routine'], { type: { const: 'routine' }, routine: id }, 'Runs another routine'),
  ],
} as const;

const fields = {
  name: { type: 'string', minLength: 1, maxLength: 100 },
  enabled: { type: 'boolean' },
  triggers: {
    type: 'array',
    maxItems: 20,
    items: triggerSchema,
    description: 'Any one starts it; none: a scene',
  },
  conditions: { type: 'array', maxItems: 20, items: conditionSchema, description: 'All must hold' },
  actions: { type: 'array', minItems: 1, maxItems: 50, items: actionSchema },
  stopOnError: { type: 'boolean', description: 'Stop at the first failed action (default false)' },
} as const;

/** The body of POST (and, all optional, PATCH); server-set fields sent back are ignored. */
const ignored = {
  id,
  createdBy: { type: 'string' },
  createdVia: { type: 'string' },
  createdAt: { type: 'number' },
} as const;

export const routineCreateBody = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'actions'],
  properties: { ...fields, ...ignored },
} as const;

export const routinePatchBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { ...fields, ...ignored },
} as const;

const loose = { type: 'object', additionalProperties: true } as const;

/** A routine as the API answers it (triggers, conditions and actions as in the request schemas). */
export const routineSchema = {
  type: 'object',
  required: ['id', 'name', 'enabled', 'triggers', 'conditions', 'actions', 'createdBy'],
  properties: {
    id: { type: 'string' },
    name: fields.name,
    enabled: fields.enabled,
    triggers: { type: 'array', items: loose },
    conditions: { type: 'array', items: loose },
    actions: { type: 'array', items: loose },
    stopOnError: fields.stopOnError,
    createdBy: {
      type: 'string',
      description: 'the principal it acts as: "owner:…", "member:…", "home-file"',
    },
    createdVia: { type: 'string', enum: ['api', 'voice', 'home-file'] },
    createdAt: { type: 'number' },
  },
} as const;

export const routineRunSchema = {
  type: 'object',
  properties: {
    runId: { type: 'string' },
    routine: { type: 'string' },
    at: { type: 'number' },
    trigger: { type: 'object', additionalProperties: true },
    outcome: { type: 'string', enum: ['success', 'partial', 'failed', 'skipped', 'missed', 'cut'] },
    reason: { type: 'string' },
    actions: {
      type: 'array',
      description:
        "each action's {index, type, status, error?, at, ms, device?, command?, text?, spoken?, bytes?}",
      items: { type: 'object', additionalProperties: true },
    },
    ms: { type: 'number' },
    firstActionMs: { type: 'number', description: 'trigger seen by the hub → first action sent' },
  },
} as const;

export const routineParams = {
  type: 'object',
  required: ['home', 'id'],
  properties: { home: { type: 'string', maxLength: 64 }, id: { type: 'string', maxLength: 64 } },
} as const;
