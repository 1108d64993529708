/**
 * Idempotency-Key: a repeat with the same key (per home, within 24 h, across restarts) returns the
 * first outcome and is not executed again. Concurrent repeats wait for the first.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/types.js';
import { errorBody, toReply } from './errors.js';

const inFlight = new Map<string, Promise<{ status: number; body: unknown }>>();

export async function idempotent(
  store: Store,
  home: string,
  scope: string,
  req: FastifyRequest,
  reply: FastifyReply,
  now: number,
  run: () => Promise<{ status: number; body: unknown }>,
): Promise<unknown> {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return send(reply, await settle(run));
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!key || key.length > 200) {
    return reply.code(400).send(errorBody('invalid-request', 'Idempotency-Key must be 1 to 200 characters'));
  }
  const full = `${scope}:${key}`;
  const stored = await store.getIdempotent(home, full, now);
  if (stored) {
    reply.header('idempotent-replayed', 'true');
    return send(reply, stored);
  }
  const mapKey = `${home}\u0000${full}`;
  const running = inFlight.get(mapKey);
  if (running) {
    reply.header('idempotent-replayed', 'true');
    return send(reply, await running);
  }
  const p = settle(run).then(async (result) => {
    // Outcomes of our own failures (5xx but 503) are not kept: a retry may run again.
    if (result.status < 500 || result.status === 503) await store.putIdempotent(home, full, result, now);
    return result;
  });
  inFlight.set(mapKey, p);
  try {
    return send(reply, await p);
  } finally {
    inFlight.delete(mapKey);
  }
}

async function settle(run: () => Promise<{ status: number; body: unknown }>) {
  try {
    return await run();
  } catch (err) {
    return toReply(err);
  }
}

function send(reply: FastifyReply, r: { status: number; body: unknown }) {
  return reply.code(r.status).send(r.body);
}
