/** JSON schemas of the API, declared once; unknown fields are refused. */
export const homeParams = {
  type: 'object',
  required: ['home'],
  properties: { home: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

export const deviceParams = {
  type: 'object',
  required: ['home', 'id'],
  properties: {
    home: { type: 'string', minLength: 1, maxLength: 64 },
    id: { type: 'string', minLength: 1, maxLength: 128 },
  },
} as const;

export const errorSchema = {
  type: 'object',
  properties: {
    error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
  },
} as const;

export const endpointSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    deviceTypes: { type: 'array', items: { type: 'string' } },
    tags: { type: 'array', items: { type: 'string' } },
    name: { type: 'string' },
    clusters: { type: 'object', additionalProperties: { type: 'object', additionalProperties: true } },
  },
} as const;

export const deviceSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    aliases: { type: 'array', items: { type: 'string' } },
    area: { type: ['string', 'null'] },
    connection: { type: 'string' },
    online: { type: 'boolean' },
    deviceType: { type: 'string' },
    vendor: { type: 'string' },
    model: { type: 'string' },
    endpoints: { type: 'array', items: endpointSchema },
  },
} as const;

export const commandBody = {
  type: 'object',
  additionalProperties: false,
  required: ['endpoint', 'cluster', 'command'],
  properties: {
    endpoint: { type: ['string', 'integer'], maxLength: 64 },
    cluster: { type: 'string', minLength: 1, maxLength: 64 },
    command: { type: 'string', minLength: 1, maxLength: 64 },
    args: { type: 'object', maxProperties: 16 },
    challenge: {
      type: 'object',
      additionalProperties: false,
      required: ['pin'],
      properties: { pin: { type: 'string', pattern: '^[0-9]{1,16}$' } },
      description: 'The household PIN, for an action the home file protects with `require: pin`',
    },
  },
} as const;

export const conversationBody = {
  type: 'object',
  additionalProperties: false,
  required: ['text', 'satellite'],
  properties: {
    text: { type: 'string', maxLength: 10000 },
    satellite: { type: 'string', minLength: 1, maxLength: 64 },
    assistant: { type: 'string', minLength: 1, maxLength: 64 },
    conversationId: { type: 'string', minLength: 1, maxLength: 128 },
  },
} as const;

export const turnSchema = {
  type: 'object',
  properties: {
    conversationId: { type: 'string' },
    assistant: { type: ['string', 'null'] },
    understood: { type: 'boolean' },
    actions: { type: 'array', items: { type: 'object', additionalProperties: true } },
    response: { type: 'object', properties: { text: { type: 'string' } } },
    needsInput: { type: ['object', 'null'], additionalProperties: true },
    intents: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
} as const;

export const limitQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    limit: { type: 'string', pattern: '^[0-9]{1,4}$' },
    before: { type: 'string', pattern: '^[0-9]{1,15}$' },
    access_token: { type: 'string' },
  },
} as const;
