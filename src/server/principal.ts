/**
 * The verified principal of a request, resolved once when it arrives: rate limits count on it and
 * Idempotency-Keys are scoped to it. Only a token the hub verifies counts; the header's spelling
 * (`bearer`, extra spaces, a tab) or a made-up token never makes a principal of its own.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Hub } from '../hub/hub.js';
import { authenticate } from './auth.js';

const bound = new WeakMap<FastifyRequest, string | null>();

/** "home/role:id" of the request's verified token, or null (no token, or one that does not verify). */
export function principalOf(req: FastifyRequest): string | null {
  return bound.get(req) ?? null;
}

/** Binds every request to its verified principal before anything else looks at it. */
export function installPrincipal(app: FastifyInstance, hub: Hub): void {
  app.addHook('onRequest', async (req) => {
    const p = authenticate(hub, req);
    bound.set(req, p ? `${p.home}/${p.role}:${p.id}` : null);
  });
}
