/**
 * Authentication, and the HTTP face of the gate. Every request under /api/v1/homes/{home} is bound
 * to a home and a principal (a person's or a partner's token); what it may do is the gate's
 * decision (src/gate), asked here for the route's declared surface and, for /devices/{id} routes,
 * the device. This module only turns tokens into principals and decisions into HTTP answers:
 *
 * No or bad token (unknown, expired, revoked): 401. A token of another home: 404, identical to a
 * home that does not exist. A device the principal may not see, or of another home: 404, identical
 * to an unknown id. A known device or action the principal may not use: 403.
 *
 * `installAccessGuard` runs the same check for every /homes/{home} request before its handler, with
 * the surface declared for the route in ROUTE_ACTIONS.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Decision, type Principal as GatePrincipal, STATUS_OF, type Surface } from '../gate/types.js';
import type { Principal } from '../hub/auth.js';
import type { HomeHandle, Hub } from '../hub/hub.js';
import { audienceFor } from '../hub/oauth/server.js';
import { HubError, unknownDevice } from '../model/errors.js';

export type Action = Surface;

export interface Access {
  /** The token's principal as stored. */
  principal: Principal;
  /** The same principal as the gate knows it. */
  who: GatePrincipal;
  home: HomeHandle;
  /** Owner and member: the whole home; guests and partners see only part of it. */
  full: boolean;
  /** Whether this principal may see a device (filter lists with it). */
  canSee(deviceId: string): boolean;
  /** Whether a bus event may be sent to this principal's event stream. */
  seesEvent(payload: unknown): boolean;
  /** Who acts, for command records and audit: "api:<person>" or "oauth:<client>". */
  origin: string;
  /** Whether the token still authenticates (not revoked, not expired): long streams check it. */
  valid(): boolean;
}

/** The gate's principal of a token's principal. */
export function gatePrincipal(p: Principal): GatePrincipal {
  if (p.role === 'partner')
    return {
      kind: 'partner',
      home: p.home,
      id: p.id,
      assistant: p.assistant ?? null,
      scopes: p.scopes ?? [],
    };
  return { kind: 'person', home: p.home, id: p.id, role: p.role };
}

/** A refusal of the gate as the API's error. */
export function refusal(d: Exclude<Decision, { effect: 'allow' }>): HubError {
  return new HubError(d.code, STATUS_OF[d.code], d.reason);
}

export function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (typeof h === 'string') {
    const m = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i.exec(h);
    if (m) return m[1] as string;
    return null;
  }
  const q = (req.query as Record<string, unknown> | undefined)?.access_token;
  return typeof q === 'string' && q.length > 0 ? q : null;
}

export const unauthorized = () =>
  new HubError('unauthorized', 401, 'a valid bearer token is required (Authorization: Bearer <token>)');

export const unknownHome = (id: string) => new HubError('unknown-home', 404, `no home '${id}'`);

export const notAllowed = (what: string) => new HubError('not-allowed', 403, `not allowed: ${what}`);

/** The principal of the request's token, or null. */
export function authenticate(hub: Hub, req: FastifyRequest): Principal | null {
  const token = bearer(req);
  if (!token) return null;
  return hub.tokens.authenticate(token, hub.ctx.clock.now());
}

const H = '/api/v1/homes/:home';

/**
 * The action of each route under /homes/{home}, declared once. The guard checks it before the body
 * is even parsed; `authorize` uses it when a route names no action. Routes not listed are `home`
 * (owner and members only), so a new route is closed to guests and partners until listed here.
 */
export const ROUTE_ACTIONS: Record<string, Action> = {
  [`GET ${H}`]: 'home',
  [`GET ${H}/devices`]: 'devices:read',
  [`GET ${H}/areas`]: 'devices:read',
  [`GET ${H}/devices/:id`]: 'devices:read',
  [`POST ${H}/devices/:id/commands`]: 'devices:operate',
  [`GET ${H}/events`]: 'events',
  [`POST ${H}/conversation`]: 'conversation',
  [`POST ${H}/openfloor`]: 'conversation',
  [`GET ${H}/audit`]: 'audit',
  [`GET ${H}/commands`]: 'audit',
  [`GET ${H}/people`]: 'admin',
  [`POST ${H}/people`]: 'admin',
  [`PATCH ${H}/people/:person`]: 'admin',
  [`DELETE ${H}/people/:person`]: 'admin',
  [`POST ${H}/people/:person/tokens`]: 'admin',
  [`GET ${H}/tokens`]: 'admin',
  [`DELETE ${H}/tokens/:token`]: 'admin',
  [`GET ${H}/links`]: 'admin',
  [`DELETE ${H}/links/:grant`]: 'admin',
  [`GET ${H}/clients`]: 'admin',
  [`GET ${H}/devices/:id/history`]: 'devices:read',
  [`POST ${H}/matter/devices`]: 'admin',
};

/** Routes that speak only WebSocket: a plain HTTP request gets a 426 in the contract's shape. */
export const WEBSOCKET_ROUTES = new Set([`GET ${H}/events`]);

/** The declared action of the request's route (`home` when not declared). */
export function actionFor(req: FastifyRequest): Action {
  return ROUTE_ACTIONS[`${req.method} ${req.routeOptions.url ?? ''}`] ?? 'home';
}

/**
 * Binds the request to a home and a principal and checks the action; with `deviceId`, also that
 * the principal may see (and for `devices:operate`, operate) that device of that home.
 * The default action is the route's entry in ROUTE_ACTIONS, else `home` (owner and members only).
 */
export function authorize(
  hub: Hub,
  req: FastifyRequest,
  homeId: string,
  action: Action = actionFor(req),
  deviceId?: string,
): Access {
  const token = bearer(req);
  const principal = token ? hub.tokens.authenticate(token, hub.ctx.clock.now()) : null;
  if (!token || !principal) throw unauthorized();
  if (principal.role === 'partner' && principal.audience !== audienceFor(principal.home))
    throw unauthorized();
  const home = hub.home(homeId);
  if (!home || principal.home !== homeId) throw unknownHome(homeId);
  const who = gatePrincipal(principal);
  const access = accessOf(hub, principal, who, home, token);
  if (deviceId !== undefined && !access.canSee(deviceId)) throw unknownDevice(deviceId);
  const d = home.gate.decide(who, { kind: 'surface', surface: action });
  if (d.effect !== 'allow') throw refusal(d);
  return access;
}

function accessOf(
  hub: Hub,
  principal: Principal,
  who: GatePrincipal,
  home: HomeHandle,
  token: string,
): Access {
  const full = principal.role === 'owner' || principal.role === 'member';
  const canSee = (id: string) => home.gate.canSee(who, id);
  return {
    principal,
    who,
    home,
    full,
    canSee,
    seesEvent(payload) {
      if (full) return true;
      const e = payload as { device?: unknown };
      if (typeof e.device === 'string') return canSee(e.device);
      if (e.device && typeof e.device === 'object' && typeof (e.device as { id?: unknown }).id === 'string') {
        return canSee((e.device as { id: string }).id);
      }
      return false;
    },
    origin: principal.role === 'partner' ? `oauth:${principal.id}` : `api:${principal.id}`,
    valid: () => hub.tokens.authenticate(token, hub.ctx.clock.now()) !== null,
  };
}

/**
 * Every request to /api/v1/homes/{home}/… is authorized for its route's declared action (and its
 * device, for /devices/{id} routes) before anything else, before the body is even parsed: a
 * stranger learns nothing, not even the schema, and a route that forgets to call `authorize`
 * is still covered. (WebSocket upgrades are checked by their route, which answers on the socket.)
 */
export function installAccessGuard(app: FastifyInstance, hub: Hub): void {
  const scoped = (req: FastifyRequest) => {
    const url = req.routeOptions.url;
    return typeof url === 'string' && url.startsWith('/api/v1/homes/:home');
  };
  app.addHook('onRequest', async (req) => {
    if (!scoped(req) || req.headers.upgrade?.toLowerCase() === 'websocket') return;
    const params = req.params as { home?: string; id?: string };
    const device = req.routeOptions.url?.includes('/devices/:id') ? params.id : undefined;
    authorize(hub, req, params.home ?? '', actionFor(req), device);
    if (WEBSOCKET_ROUTES.has(`${req.method} ${req.routeOptions.url}`)) {
      throw new HubError(
        'invalid-request',
        426,
        'this is a WebSocket endpoint: connect with Upgrade: websocket',
      );
    }
  });
}
