/**
 * A partner face's HTTP routes in a scope of their own: every error Fastify raises before the
 * handler (a body that is not JSON, a wrong content type, a body too large) and every error the
 * handler lets through is answered in the platform's own error shape by `onError`, never as a 5xx.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface PartnerScope {
  /** Answers an error in the platform's shape (status below 500). */
  onError(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply | Promise<FastifyReply>;
  routes(scope: FastifyInstance): void;
}

export async function partnerScope(app: FastifyInstance, s: PartnerScope): Promise<void> {
  await app.register(async (scope) => {
    scope.setErrorHandler((err, req, reply) => s.onError(err, req, reply));
    s.routes(scope);
  });
}

/** The status of a Fastify error before the handler (400, 413, 415…), never above 499. */
export function clientStatus(err: unknown): number {
  const s = (err as { statusCode?: unknown })?.statusCode;
  return typeof s === 'number' && s >= 400 && s < 500 ? s : 400;
}
