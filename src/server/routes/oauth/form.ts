/**
 * Form-encoded /oauth/* requests: the body parser, the content type check, and the POST endpoints
 * that answer JSON with no-store or an RFC 6749 error.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { OAuthError, param } from '../../../hub/oauth/server.js';
import { noStore, oauthError } from './answers.js';

export type Params = Record<string, unknown>;

export const FORM = 'application/x-www-form-urlencoded';
export const OAUTH_BODY_LIMIT = 16 * 1024;

/** Parses a form body; repeated names become arrays (and are then refused by `param`). */
function parseForm(text: string): Params {
  const out: Params = Object.create(null);
  for (const [k, v] of new URLSearchParams(text)) {
    const cur = out[k];
    out[k] = cur === undefined ? v : Array.isArray(cur) ? [...cur, v] : [cur, v];
  }
  return out;
}

/** Form bodies for the routes of this scope (an unparsable body is an empty one). */
export function registerFormParser(app: FastifyInstance): void {
  app.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit: OAUTH_BODY_LIMIT }, (_req, body, done) => {
    try {
      done(null, parseForm(body as string));
    } catch {
      done(null, Object.create(null));
    }
  });
}

/** The form body of an /oauth request, or an OAuthError. */
export function formBody(req: FastifyRequest): Params {
  const ct = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (ct !== FORM) throw new OAuthError('invalid_request', `the body must be ${FORM}`);
  const b = req.body;
  return b && typeof b === 'object' ? (b as Params) : Object.create(null);
}

/** The `token` parameter, which revocation and introspection require. */
export function requiredToken(body: Params): string {
  const token = param(body, 'token');
  if (!token) throw new OAuthError('invalid_request', 'token is required');
  return token;
}

/**
 * A POST endpoint with a form body: `handle`'s result goes out as JSON with no-store, an
 * OAuthError (from the body check or from `handle`) as an RFC 6749 error.
 */
export function formEndpoint(
  app: FastifyInstance,
  url: string,
  summary: string,
  handle: (req: FastifyRequest, body: Params) => Promise<unknown>,
): void {
  app.post(url, { bodyLimit: OAUTH_BODY_LIMIT, schema: { summary } }, async (req, reply) => {
    try {
      const result = await handle(req, formBody(req));
      return noStore(reply).send(result);
    } catch (err) {
      if (err instanceof OAuthError) return oauthError(reply, err);
      throw err;
    }
  });
}
