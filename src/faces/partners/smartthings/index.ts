/**
 * The SmartThings Schema connector face: `POST /partners/smartthings`, the partner's token in the
 * body's `authentication`. Interactions: discoveryRequest, stateRefreshRequest, commandRequest,
 * grantCallbackAccess (the hub gets callback tokens from SmartThings' token endpoint),
 * integrationDeleted, interactionResult; state callbacks on every change of a device the linked
 * partner sees. Errors are SmartThings' global errors (`globalError: {errorEnum, detail}`) and
 * per-device `deviceError`s; never a 5xx. SmartThings Schema has no PIN challenge, so an action that
 * needs the household PIN is refused, as the issue asks.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Hub } from '../../../hub/hub.js';
import { SecretBox } from '../../../hub/secrets.js';
import type { Face } from '../../types.js';
import {
  Failure,
  isObject,
  type PartnerSession,
  runIntent,
  sessionOf,
  visibleDevice,
  visibleDevices,
} from '../base.js';
import { dropLink, grantAlive, linkOf, linkPrincipal, saveLink } from '../links.js';
import { clientStatus, partnerScope } from '../routes.js';
import { CallbackStore, exchangeCode, type StCredentials, sendStates } from './callbacks.js';
import { discoveryDevice, intentOf, type StCommand, stStates } from './schema.js';
import { ST_DEVICE_ERRORS } from './types.js';

export const SMARTTHINGS_PATH = '/partners/smartthings';
const PLATFORM = 'smartthings';

const headersOf = (interactionType: string, requestId: unknown) => ({
  schema: 'st-schema',
  version: '1.0',
  interactionType,
  requestId: typeof requestId === 'string' ? requestId.slice(0, 200) : 'unavailable',
});

const globalError = (interactionType: string, requestId: unknown, errorEnum: string, detail: string) => ({
  headers: headersOf(interactionType, requestId),
  globalError: { errorEnum, detail: detail.slice(0, 300) },
});

function deviceError(id: string, err: unknown) {
  const f = err instanceof Failure ? err : new Failure('vendor-error', 'the device did not answer');
  return {
    externalDeviceId: id,
    deviceError: [{ errorEnum: ST_DEVICE_ERRORS[f.code], detail: f.message.slice(0, 300) }],
  };
}

const stateOfDevice = (s: PartnerSession, id: string) => {
  const d = visibleDevice(s, id);
  return { externalDeviceId: d.id, states: stStates(d) };
};

interface Ctx {
  hub: Hub;
  creds: StCredentials | null;
  callbacks: () => CallbackStore;
}

async function interact(ctx: Ctx, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const h = isObject(body.headers) ? body.headers : null;
  const type = h && typeof h.interactionType === 'string' ? h.interactionType : null;
  if (!h || !type)
    return globalError('missingHeader', undefined, 'BAD-REQUEST', "no 'headers.interactionType'");
  const requestId = h.requestId;
  const auth = isObject(body.authentication) ? body.authentication : null;
  if (!auth) return globalError(type, requestId, 'BAD-REQUEST', "no 'authentication'");
  let s: PartnerSession;
  try {
    s = sessionOf(ctx.hub, typeof auth.token === 'string' ? auth.token : null, PLATFORM);
  } catch (err) {
    return globalError(type, requestId, 'INVALID-TOKEN', (err as Error).message);
  }
  const reply = (interactionType: string, rest: Record<string, unknown>) => ({
    headers: headersOf(interactionType, requestId),
    ...rest,
  });
  const home = s.home.runtime.id;
  switch (type) {
    case 'discoveryRequest': {
      const devices = visibleDevices(s).map((d) => discoveryDevice(s, d));
      await saveLink(s, PLATFORM);
      return reply('discoveryResponse', {
        requestGrantCallbackAccess: ctx.creds !== null && (await ctx.callbacks().get(home)) === null,
        devices,
      });
    }
    case 'stateRefreshRequest': {
      const asked = Array.isArray(body.devices)
        ? body.devices
        : visibleDevices(s).map((d) => ({ externalDeviceId: d.id }));
      const deviceState = asked.slice(0, 500).map((a) => {
        const id = isObject(a) && typeof a.externalDeviceId === 'string' ? a.externalDeviceId : '';
        try {
          return stateOfDevice(s, id);
        } catch (err) {
          return deviceError(id, err);
        }
      });
      return reply('stateRefreshResponse', { deviceState });
    }
    case 'commandRequest': {
      if (!Array.isArray(body.devices)) return globalError(type, requestId, 'BAD-REQUEST', "no 'devices'");
      const deviceState = [];
      for (const dv of body.devices.slice(0, 100)) {
        const id = isObject(dv) && typeof dv.externalDeviceId === 'string' ? dv.externalDeviceId : '';
        try {
          let d = visibleDevice(s, id);
          const commands = isObject(dv) && Array.isArray(dv.commands) ? dv.commands : null;
          if (!commands) throw new Failure('invalid-request', "a device needs 'commands'");
          for (const c of commands.slice(0, 20)) {
            if (!isObject(c) || typeof c.capability !== 'string' || typeof c.command !== 'string')
              throw new Failure('invalid-request', 'a command needs capability and command');
            d = await runIntent(s, d, intentOf(d, c as unknown as StCommand));
          }
          deviceState.push({ externalDeviceId: d.id, states: stStates(d) });
        } catch (err) {
          deviceState.push(deviceError(id, err));
        }
      }
      return reply('commandResponse', { deviceState });
    }
    case 'grantCallbackAccess':
      return grant(ctx, s, body, requestId);
    case 'integrationDeleted':
      await dropLink(ctx.hub.ctx.store, home, PLATFORM);
      await ctx.callbacks().drop(home);
      return reply('integrationDeleted', {});
    case 'interactionResult':
      return reply('interactionResult', {});
    default:
      return globalError(
        type,
        requestId,
        'INVALID-INTERACTION-TYPE',
        `unsupported interactionType '${type.slice(0, 60)}'`,
      );
  }
}

async function grant(ctx: Ctx, s: PartnerSession, body: Record<string, unknown>, requestId: unknown) {
  const type = 'grantCallbackAccess';
  const a = isObject(body.callbackAuthentication) ? body.callbackAuthentication : null;
  const urls = isObject(body.callbackUrls) ? body.callbackUrls : null;
  if (!ctx.creds)
    return globalError(type, requestId, 'INVALID-CLIENT', 'this hub has no SmartThings callback client');
  if (
    !a ||
    !urls ||
    typeof a.code !== 'string' ||
    typeof urls.oauthToken !== 'string' ||
    typeof urls.stateCallback !== 'string'
  )
    return globalError(
      type,
      requestId,
      'BAD-REQUEST',
      'callbackAuthentication.code and callbackUrls are required',
    );
  if (a.clientId !== ctx.creds.clientId)
    return globalError(type, requestId, 'INVALID-CLIENT', 'the callback client id is not this connector’s');
  if (!/^https?:\/\//.test(urls.oauthToken) || !/^https?:\/\//.test(urls.stateCallback))
    return globalError(type, requestId, 'BAD-REQUEST', 'callback URLs must be http(s)');
  try {
    const access = await exchangeCode(ctx.creds, a.code, {
      oauthToken: urls.oauthToken,
      stateCallback: urls.stateCallback,
    });
    await ctx.callbacks().put(s.home.runtime.id, access);
    await saveLink(s, PLATFORM);
  } catch (err) {
    return globalError(type, requestId, 'INVALID-CODE', (err as Error).message);
  }
  return { headers: headersOf(type, requestId) };
}

/** Sends a state callback for every change of a device the linked partner sees. */
function startCallbacks(ctx: Ctx, owner: object): void {
  const creds = ctx.creds;
  if (!creds) return;
  const log = ctx.hub.ctx.log.child({ part: 'partners-smartthings' });
  const changed = async (p: { home: string; device: string }) => {
    try {
      const store = ctx.hub.ctx.store;
      const home = ctx.hub.home(p.home);
      const link = await linkOf(store, p.home, PLATFORM);
      const d = home?.runtime.device(p.device);
      if (!home || !link || !d || !(await grantAlive(store, p.home, link.clientId))) return;
      if (!home.gate.canSee(linkPrincipal(p.home, link), d.id)) return;
      await sendStates(creds, ctx.callbacks(), p.home, [{ externalDeviceId: d.id, states: stStates(d) }]);
    } catch (err) {
      log.warn('SmartThings state callback failed', { err: String(err) });
    }
  };
  ctx.hub.ctx.bus.on('stateChanged', (p) => void changed(p), owner);
  ctx.hub.ctx.bus.on('onlineChanged', (p) => void changed(p), owner);
}

export interface SmartThingsFaceOptions {
  /** The callback client SmartThings gave the connector (YEONDONG_SMARTTHINGS_CLIENT_ID/_SECRET). */
  callbackClient?: StCredentials;
}

export function smartthingsFromEnv(env: NodeJS.ProcessEnv = process.env): StCredentials | undefined {
  const clientId = env.YEONDONG_SMARTTHINGS_CLIENT_ID;
  const clientSecret = env.YEONDONG_SMARTTHINGS_CLIENT_SECRET;
  return clientId && clientSecret ? { clientId, clientSecret } : undefined;
}

export function smartthingsFace(opts: SmartThingsFaceOptions = {}): Face {
  const owner = {};
  let started: Hub | null = null;
  let box: CallbackStore | null = null;
  const ctxOf = (hub: Hub): Ctx => ({
    hub,
    creds: opts.callbackClient ?? null,
    callbacks: () => {
      box ??= new CallbackStore(hub.ctx.store, SecretBox.forDataDir(hub.dataDir));
      return box;
    },
  });
  return {
    name: 'partners-smartthings',
    routes: (app, hub) =>
      partnerScope(app, {
        onError: (err, _req, reply: FastifyReply) =>
          reply
            .code(clientStatus(err))
            .send(
              globalError(
                'invalidRequest',
                undefined,
                'BAD-REQUEST',
                'the body is not a SmartThings Schema request',
              ),
            ),
        routes: (scope) => {
          scope.post(
            SMARTTHINGS_PATH,
            {
              bodyLimit: 256 * 1024,
              schema: {
                summary:
                  'SmartThings Schema connector: discoveryRequest, stateRefreshRequest, commandRequest, grantCallbackAccess, integrationDeleted (the linked partner token in authentication.token)',
                tags: ['partners'],
              },
            },
            async (req: FastifyRequest) => {
              const body = isObject(req.body) ? req.body : {};
              try {
                return await interact(ctxOf(hub), body);
              } catch (err) {
                const h = isObject(body.headers) ? body.headers : {};
                const f =
                  err instanceof Failure
                    ? err
                    : new Failure('vendor-error', 'the request could not be served');
                const errorEnum = f.code === 'not-allowed' ? 'INVALID-TOKEN' : 'BAD-REQUEST';
                return globalError(String(h.interactionType ?? 'unknown'), h.requestId, errorEnum, f.message);
              }
            },
          );
        },
      }),
    async start(hub) {
      started = hub;
      startCallbacks(ctxOf(hub), owner);
    },
    async stop() {
      started?.ctx.bus.removeOwner(owner);
      started = null;
    },
  };
}
