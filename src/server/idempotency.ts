/**
 * Idempotency-Key: a repeat with the same key (per home, within 24 h, across restarts) returns the
 * first outcome and is not executed again. Concurrent repeats wait for the first. A key whose
 * first request was cut off by a crash answers 409 `conflict` (outcome unknown), never a re-run.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/types.js';
import { errorBody, toReply } from './errors.js';

const DAY = 24 * 3600 * 1000;

/**
 * Stored under a key while its first request runs (0 is never an HTTP status). It is durable
 * before anything is executed, so a hub that stops mid-request (kill -9, power loss) finds it
 * after the restart and answers a retry with 409 instead of executing a second time.
 */
const PENDING = { status: 0, body: null };

type Outcome = { status: number; body: unknown };

const inFlight = new Map<string, Promise<{ result: Outcome; replayed: boolean }>>();

export async function idempotent(
  store: Store,
  home: string,
  scope: string,
  req: FastifyRequest,
  reply: FastifyReply,
  now: number,
  run: () => Promise<Outcome>,
): Promise<unknown> {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return send(reply, await settle(run));
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!key || key.length > 200) {
    return reply.code(400).send(errorBody('invalid-request', 'Idempotency-Key must be 1 to 200 characters'));
  }
  const full = `${scope}:${key}`;
  const mapKey = `${home}\u0000${full}`;
  const running = inFlight.get(mapKey);
  if (running) {
    // A concurrent repeat waits for the first and gets its outcome.
    reply.header('idempotent-replayed', 'true');
    return send(reply, (await running).result);
  }
  const p = first(store, home, full, now, run);
  inFlight.set(mapKey, p);
  try {
    const { result, replayed } = await p;
    if (replayed) reply.header('idempotent-replayed', 'true');
    return send(reply, result);
  } finally {
    inFlight.delete(mapKey);
  }
}

async function first(
  store: Store,
  home: string,
  key: string,
  now: number,
  run: () => Promise<Outcome>,
): Promise<{ result: Outcome; replayed: boolean }> {
  try {
    const stored = await store.getIdempotent(home, key, now);
    if (stored && stored.status !== PENDING.status) return { result: stored, replayed: true };
    if (stored) {
      const message =
        'an earlier request with this Idempotency-Key was interrupted by a restart of the hub before it answered; ' +
        'it may or may not have been carried out, so it is not repeated: check the device and use a new key';
      return { result: { status: 409, body: errorBody('conflict', message) }, replayed: false };
    }
    await store.putIdempotent(home, key, PENDING, now);
  } catch (err) {
    return { result: toReply(err), replayed: false };
  }
  const result = await settle(run);
  // Outcomes of our own failures (5xx but 503) are not kept: stored already expired, so a retry
  // may run again (nothing was done at the vendor).
  const keep = result.status < 500 || result.status === 503;
  try {
    await store.putIdempotent(home, key, result, keep ? now : now - DAY - 1);
  } catch (err) {
    return { result: toReply(err), replayed: false };
  }
  return { result, replayed: false };
}

async function settle(run: () => Promise<Outcome>) {
  try {
    return await run();
  } catch (err) {
    return toReply(err);
  }
}

function send(reply: FastifyReply, r: Outcome) {
  return reply.code(r.status).send(r.body);
}
