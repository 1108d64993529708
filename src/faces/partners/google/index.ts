/**
 * The Google Smart Home face: `POST /partners/google/fulfillment` (the partner's token in the
 * Authorization header) and, when a HomeGraph URL and a service-account key are configured, Report
 * State on every change of a device the linked partner sees and Request Sync when a device appears.
 * Errors are Google's: `{requestId, payload: {errorCode, debugString}}`, 401 for a bad token, 400
 * for a malformed request, never a 5xx.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Hub } from '../../../hub/hub.js';
import type { Logger } from '../../../util/log.js';
import type { Face } from '../../types.js';
import { bearerOf, Failure, isObject, sessionOf } from '../base.js';
import { dropLink, grantAlive, linkOf, linkPrincipal, saveLink } from '../links.js';
import { clientStatus, partnerScope } from '../routes.js';
import { execute, googleState, query, sync } from './fulfillment.js';
import { HomeGraphClient, type HomeGraphOptions, loadServiceAccount } from './homegraph.js';
import { GOOGLE_ERRORS } from './types.js';

export const GOOGLE_PATH = '/partners/google/fulfillment';
const PLATFORM = 'google';

const fail = (reply: FastifyReply, status: number, requestId: unknown, errorCode: string, debug: string) =>
  reply.code(status).send({
    ...(typeof requestId === 'string' ? { requestId } : {}),
    payload: { errorCode, debugString: debug.slice(0, 300) },
  });

async function fulfill(hub: Hub, req: FastifyRequest, reply: FastifyReply) {
  const body = req.body;
  const requestId = isObject(body) && typeof body.requestId === 'string' ? body.requestId : undefined;
  try {
    const s = sessionOf(hub, bearerOf(req.headers.authorization), PLATFORM);
    const input = isObject(body) && Array.isArray(body.inputs) ? body.inputs[0] : undefined;
    if (!requestId || !isObject(input) || typeof input.intent !== 'string')
      throw new Failure('invalid-request', 'a request needs requestId and inputs[0].intent');
    const payload = isObject(input.payload) ? input.payload : {};
    switch (input.intent) {
      case 'action.devices.SYNC': {
        const answer = sync(s, requestId);
        await saveLink(s, PLATFORM);
        return answer;
      }
      case 'action.devices.QUERY':
        return query(s, requestId, payload);
      case 'action.devices.EXECUTE':
        return await execute(s, requestId, payload);
      case 'action.devices.DISCONNECT':
        await dropLink(hub.ctx.store, s.home.runtime.id, PLATFORM);
        return {};
      default:
        throw new Failure('invalid-request', `unknown intent '${input.intent.slice(0, 80)}'`);
    }
  } catch (err) {
    const f = err instanceof Failure ? err : new Failure('vendor-error', 'the request could not be served');
    const status = f.code === 'unauthorized' ? 401 : f.code === 'invalid-request' ? 400 : 200;
    return fail(reply, status, requestId, GOOGLE_ERRORS[f.code], f.message);
  }
}

/** Sends Report State for changed devices and Request Sync for new ones, to linked homes only. */
class Reporter {
  readonly #hub: Hub;
  readonly #client: HomeGraphClient;
  readonly #log: Logger;
  readonly #owner = {};

  constructor(hub: Hub, client: HomeGraphClient) {
    this.#hub = hub;
    this.#client = client;
    this.#log = hub.ctx.log.child({ part: 'partners-google' });
  }

  start(): void {
    const bus = this.#hub.ctx.bus;
    const changed = (p: { home: string; device: string }) => void this.#report(p.home, p.device);
    bus.on('stateChanged', changed, this.#owner);
    bus.on('onlineChanged', changed, this.#owner);
    bus.on('deviceAdded', (p) => void this.#sync(p.home), this.#owner);
  }

  stop(): void {
    this.#hub.ctx.bus.removeOwner(this.#owner);
  }

  async #linked(home: string) {
    const store = this.#hub.ctx.store;
    const link = await linkOf(store, home, PLATFORM);
    return link && (await grantAlive(store, home, link.clientId)) ? link : null;
  }

  async #report(homeId: string, deviceId: string): Promise<void> {
    try {
      const home = this.#hub.home(homeId);
      const link = home ? await this.#linked(homeId) : null;
      const d = home?.runtime.device(deviceId);
      if (!home || !link || !d || !home.gate.canSee(linkPrincipal(homeId, link), deviceId)) return;
      const { status: _s, ...state } = googleState(d);
      await this.#client.reportState(homeId, { [deviceId]: state });
    } catch (err) {
      this.#log.warn('Report State failed', { err: String(err) });
    }
  }

  async #sync(homeId: string): Promise<void> {
    try {
      if (await this.#linked(homeId)) await this.#client.requestSync(homeId);
    } catch (err) {
      this.#log.warn('Request Sync failed', { err: String(err) });
    }
  }
}

export interface GoogleFaceOptions {
  homegraph?: HomeGraphOptions;
}

/** The HomeGraph settings from the environment (settings given to the face take precedence). */
export function homegraphFromEnv(env: NodeJS.ProcessEnv = process.env): HomeGraphOptions | undefined {
  const url = env.YEONDONG_GOOGLE_HOMEGRAPH_URL;
  if (!url) return undefined;
  const keyFile = env.YEONDONG_GOOGLE_SERVICE_ACCOUNT;
  return { url, ...(keyFile ? { keyFile } : {}) };
}

export function googleFace(opts: GoogleFaceOptions = {}): Face {
  let reporter: Reporter | null = null;
  return {
    name: 'partners-google',
    routes: (app, hub) =>
      partnerScope(app, {
        onError: (err, req, reply) => {
          const b = req.body;
          return fail(
            reply,
            clientStatus(err),
            isObject(b) ? b.requestId : undefined,
            'protocolError',
            'the request is not valid JSON of the fulfillment protocol',
          );
        },
        routes: (scope) => {
          scope.post(
            GOOGLE_PATH,
            {
              bodyLimit: 256 * 1024,
              schema: {
                summary:
                  'Google Smart Home fulfillment: action.devices.SYNC, QUERY, EXECUTE, DISCONNECT (the linked partner token as Bearer)',
                tags: ['partners'],
              },
            },
            (req, reply) => fulfill(hub, req, reply),
          );
        },
      }),
    async start(hub) {
      const hg = opts.homegraph;
      if (!hg) return;
      const account = await loadServiceAccount(hub.ctx.store, hub.dataDir, hg.keyFile);
      if (!account)
        throw new Error('a HomeGraph URL is set but no Google service-account key is kept or given');
      reporter = new Reporter(hub, new HomeGraphClient(hg.url, account));
      reporter.start();
    },
    async stop() {
      reporter?.stop();
      reporter = null;
    },
  };
}
