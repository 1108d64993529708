/**
 * Refuses control characters in names and utterances the API takes, and bidirectional controls in
 * names (src/model/text.ts): 400 `invalid-request` before the route runs, so nothing changes.
 * Declared here per route, beside their schemas' own limits.
 */
import type { FastifyInstance } from 'fastify';
import { hasControlChars, nameProblem } from '../model/text.js';
import { errorBody } from './errors.js';

const H = '/api/v1/homes/:home';

type Check = (body: Record<string, unknown>) => string | null;

const name: Check = (b) => (typeof b.name === 'string' ? nameProblem('name', b.name) : null);

const text: Check = (b) =>
  typeof b.text === 'string' && hasControlChars(b.text)
    ? 'text must not contain control characters (U+0000–U+001F, U+007F–U+009F)'
    : null;

/** Every utterance token of an Open Floor 1.1 or OVON 0.9 envelope. */
const envelopeText: Check = (b) => {
  const env = (b.openFloor ?? b.ovon) as { events?: unknown } | undefined;
  if (!env || !Array.isArray(env.events)) return null;
  type Event = { parameters?: { dialogEvent?: { features?: { text?: { tokens?: unknown } } } } } | null;
  for (const ev of env.events as Event[]) {
    const tokens = ev?.parameters?.dialogEvent?.features?.text?.tokens;
    if (!Array.isArray(tokens)) continue;
    for (const t of tokens as Array<{ value?: unknown } | null>) {
      if (typeof t?.value === 'string' && hasControlChars(t.value))
        return 'utterance text must not contain control characters (U+0000–U+001F, U+007F–U+009F)';
    }
  }
  return null;
};

const CHECKS: Record<string, Check> = {
  [`POST ${H}/conversation`]: text,
  [`POST ${H}/openfloor`]: envelopeText,
  [`POST ${H}/people`]: name,
  [`PATCH ${H}/people/:person`]: name,
};

export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preHandler', async (req, reply) => {
    const check = CHECKS[`${req.method} ${req.routeOptions.url ?? ''}`];
    if (!check || !req.body || typeof req.body !== 'object') return;
    const problem = check(req.body as Record<string, unknown>);
    // Answered here, not thrown: a route's own error handler (Open Floor's) must not recast it.
    if (problem) return reply.code(400).send(errorBody('invalid-request', problem));
  });
}
