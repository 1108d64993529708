/**
 * How /oauth/* answers: RFC 6749 error bodies, no-store headers, authorization responses on the
 * client's redirect URI (RFC 6749 §4.1.2) with the issuer (RFC 9207 `iss`).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthorizationServer, OAuthError } from '../../../hub/oauth/server.js';
import { listenUrl } from '../../listen.js';
import type { Params } from './form.js';

export interface OAuthRouteOptions {
  /**
   * The issuer identifier (RFC 8414 metadata, RFC 9207 `iss`): `serve --issuer URL`, else
   * YEONDONG_ISSUER, else the URL the hub listens on. Never taken from a request (Host,
   * X-Forwarded-*): a client must not choose the identity the hub vouches for.
   */
  issuer?: string;
}

export function issuerOf(req: FastifyRequest, opts: OAuthRouteOptions): string {
  const configured = opts.issuer ?? process.env.YEONDONG_ISSUER;
  if (configured) return configured.replace(/\/+$/, '');
  return listenUrl(req.server.server) ?? 'http://127.0.0.1';
}

export const noStore = (reply: FastifyReply) =>
  reply.header('cache-control', 'no-store').header('pragma', 'no-cache');

export function oauthError(reply: FastifyReply, err: OAuthError) {
  noStore(reply.code(err.status));
  if (err.error === 'invalid_client')
    reply.header('www-authenticate', 'Basic realm="yeondong", charset="UTF-8"');
  if (err.error === 'invalid_token')
    reply.header('www-authenticate', 'Bearer realm="yeondong", error="invalid_token"');
  return reply.send({ error: err.error, error_description: err.description });
}

/** The redirect URI with the response's parameters (those that are set) and `iss` last. */
function responseUri(uri: string, values: Record<string, string | undefined>, iss: string): string {
  const u = new URL(uri);
  for (const [k, v] of Object.entries(values)) if (v !== undefined) u.searchParams.set(k, v);
  u.searchParams.set('iss', iss);
  return u.toString();
}

/** Redirects an authorization response (RFC 6749 §4.1.2, RFC 9207 iss). */
export function redirectTo(
  reply: FastifyReply,
  uri: string,
  values: Record<string, string | undefined>,
  iss: string,
) {
  return noStore(reply).redirect(responseUri(uri, values, iss), 302);
}

/** Errors the client may hear go to its redirect URI; problems with the client or redirect URI do not. */
export async function redirectOrError(
  reply: FastifyReply,
  as: AuthorizationServer,
  p: Params,
  err: OAuthError,
  iss: string,
) {
  if (!err.redirect) return oauthError(reply, err);
  const client = await as.clients.get(String(p.client_id));
  const uri = typeof p.redirect_uri === 'string' ? p.redirect_uri : client?.redirectUris[0];
  if (!uri) return oauthError(reply, err);
  const values = {
    error: err.error,
    error_description: err.description,
    state: typeof p.state === 'string' ? p.state : undefined,
  };
  return reply.header('cache-control', 'no-store').redirect(responseUri(uri, values, iss), 302);
}
