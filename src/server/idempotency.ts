/**
 * Idempotency-Key: a repeat with the same key by the same principal on the same route (per home,
 * within 24 h, across restarts) returns the first outcome and is not executed again. Concurrent
 * repeats wait for the first. A key whose first request was cut off by a crash answers 409
 * `conflict` (outcome unknown), never a re-run.
 *
 * A key is the caller's own: another principal (a guest reusing the owner's key) or another route
 * (another device) under the same key is another request, run on its own. The same key with
 * another body answers 422 `idempotency-key-reused` and runs nothing.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IdempotentResult, Store } from '../store/types.js';
import { errorBody, toReply } from './errors.js';
import { principalOf } from './principal.js';

const DAY = 24 * 3600 * 1000;

/**
 * Stored under a key while its first request runs (0 is never an HTTP status). It is durable
 * before anything is executed, so a hub that stops mid-request (kill -9, power loss) finds it
 * after the restart and answers a retry with 409 instead of executing a second time.
 */
const PENDING_STATUS = 0;

type Outcome = { status: number; body: unknown };
type Run = { done: Promise<{ result: Outcome; replayed: boolean }>; fingerprint: string };

const inFlight = new Map<string, Run>();

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** JSON with object keys sorted, so the same body sent twice has the same fingerprint. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

const reused = (): Outcome => ({
  status: 422,
  body: errorBody(
    'idempotency-key-reused',
    'this Idempotency-Key was used for a request with another body; a new request needs a new key',
  ),
});

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
  // Who and where: the verified principal, and the route with its (decoded) parameters.
  const route = `${req.method} ${req.routeOptions.url ?? req.url.split('?')[0]} ${canonical(req.params)}`;
  const full = `${scope}:${sha256(canonical([principalOf(req) ?? 'anonymous', route, key]))}`;
  const fingerprint = sha256(canonical(req.body ?? null));
  const mapKey = `${home}\u0000${full}`;
  const running = inFlight.get(mapKey);
  if (running) {
    if (running.fingerprint !== fingerprint) return send(reply, reused());
    // A concurrent repeat waits for the first and gets its outcome.
    reply.header('idempotent-replayed', 'true');
    return send(reply, (await running.done).result);
  }
  const done = first(store, home, full, fingerprint, now, run);
  inFlight.set(mapKey, { done, fingerprint });
  try {
    const { result, replayed } = await done;
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
  fingerprint: string,
  now: number,
  run: () => Promise<Outcome>,
): Promise<{ result: Outcome; replayed: boolean }> {
  try {
    const stored = await store.getIdempotent(home, key, now);
    if (stored && stored.fingerprint !== undefined && stored.fingerprint !== fingerprint) {
      return { result: reused(), replayed: false };
    }
    if (stored && stored.status !== PENDING_STATUS) {
      return { result: { status: stored.status, body: stored.body }, replayed: true };
    }
    if (stored) {
      const message =
        'an earlier request with this Idempotency-Key was interrupted by a restart of the hub before it answered; ' +
        'it may or may not have been carried out, so it is not repeated: check the device and use a new key';
      return { result: { status: 409, body: errorBody('conflict', message) }, replayed: false };
    }
    const pending: IdempotentResult = { status: PENDING_STATUS, body: null, fingerprint };
    await store.putIdempotent(home, key, pending, now);
  } catch (err) {
    return { result: toReply(err), replayed: false };
  }
  const result = await settle(run);
  // Outcomes of our own failures (5xx but 503) are not kept: stored already expired, so a retry
  // may run again (nothing was done at the vendor).
  const keep = result.status < 500 || result.status === 503;
  try {
    await store.putIdempotent(home, key, { ...result, fingerprint }, keep ? now : now - DAY - 1);
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
