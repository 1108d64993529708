/** Client authentication at the token, revocation and introspection endpoints. */
import type { FastifyRequest } from 'fastify';
import type { OAuthClient } from '../../../hub/oauth/clients.js';
import { type AuthorizationServer, OAuthError, param } from '../../../hub/oauth/server.js';
import type { Params } from './form.js';

function formDecode(s: string): string {
  return decodeURIComponent(s.replace(/\+/g, ' '));
}

/** Client authentication: HTTP Basic (RFC 6749 §2.3.1, form-encoded parts) or client_id/client_secret in the body. */
export async function clientOf(
  as: AuthorizationServer,
  req: FastifyRequest,
  body: Params,
): Promise<OAuthClient> {
  const h = req.headers.authorization;
  const bodyId = param(body, 'client_id');
  const bodySecret = param(body, 'client_secret');
  let id: string | undefined;
  let secret: string | undefined;
  if (typeof h === 'string' && /^basic\s/i.test(h)) {
    if (bodySecret !== undefined)
      throw new OAuthError('invalid_request', 'use one client authentication method, not two');
    const raw = Buffer.from(h.slice(6).trim(), 'base64').toString('utf8');
    const i = raw.indexOf(':');
    if (i < 0) throw new OAuthError('invalid_client', 'malformed HTTP Basic credentials', 401);
    try {
      id = formDecode(raw.slice(0, i));
      secret = formDecode(raw.slice(i + 1));
    } catch {
      throw new OAuthError('invalid_client', 'malformed HTTP Basic credentials', 401);
    }
    if (bodyId !== undefined && bodyId !== id)
      throw new OAuthError('invalid_request', 'client_id differs from the authenticated client');
  } else {
    id = bodyId;
    secret = bodySecret;
  }
  if (!id || !secret) throw new OAuthError('invalid_client', 'client authentication is required', 401);
  const client = await as.clients.authenticate(id, secret);
  if (!client) throw new OAuthError('invalid_client', 'client authentication failed', 401);
  return client;
}
