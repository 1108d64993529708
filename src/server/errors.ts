/** Maps every error to the contract's reply `{error: {code, message}}` in one place. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isHubError } from '../model/errors.js';
import type { Logger } from '../util/log.js';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details !== undefined ? { details } : {}) } };
}

/** The status and body for any thrown value; bad input is always a 4xx. */
export function toReply(err: unknown): { status: number; body: ErrorBody } {
  if (isHubError(err)) return { status: err.status, body: errorBody(err.code, err.message, err.details) };
  const fe = err as Partial<FastifyError> & { validation?: unknown };
  if (fe.validation)
    return { status: 400, body: errorBody('invalid-request', fe.message ?? 'invalid request') };
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code =
      fe.statusCode === 413
        ? 'payload-too-large'
        : fe.statusCode === 415
          ? 'unsupported-media-type'
          : fe.statusCode === 404
            ? 'not-found'
            : fe.statusCode === 429
              ? 'too-many-requests'
              : 'invalid-request';
    return { status: fe.statusCode, body: errorBody(code, fe.message ?? 'bad request') };
  }
  return { status: 500, body: errorBody('internal', 'internal error') };
}

export function errorHandler(log: Logger) {
  return (err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toReply(err);
    if (status >= 500)
      log.error('request failed', {
        url: req.url,
        method: req.method,
        err: String((err as Error)?.stack ?? err),
      });
    reply.code(status).send(body);
  };
}
