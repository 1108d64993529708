/** Binds each request under /homes/{home} to a home and a principal, or refuses it. */
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../hub/auth.js';
import type { Hub, HomeHandle } from '../hub/hub.js';
import { HubError } from '../model/errors.js';

export function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (typeof h === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
    if (m) return m[1] as string;
    return null;
  }
  const q = (req.query as Record<string, unknown> | undefined)?.access_token;
  return typeof q === 'string' && q.length > 0 ? q : null;
}

export const unauthorized = () =>
  new HubError('unauthorized', 401, 'a valid bearer token is required (Authorization: Bearer <token>)');

export const unknownHome = (id: string) => new HubError('unknown-home', 404, `no home '${id}'`);

/**
 * The principal and home of a request. No or bad token: 401. A token of another home: 404,
 * the same answer as for a home that does not exist.
 */
export function authorize(hub: Hub, req: FastifyRequest, homeId: string): { principal: Principal; home: HomeHandle } {
  const token = bearer(req);
  if (!token) throw unauthorized();
  const principal = hub.tokens.authenticate(token, hub.ctx.clock.now());
  if (!principal) throw unauthorized();
  const home = hub.home(homeId);
  if (!home || principal.home !== homeId) throw unknownHome(homeId);
  return { principal, home };
}
