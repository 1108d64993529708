/**
 * What every partner face shares: the platform's token (wherever the platform puts it) turned into
 * the partner principal of the OAuth client that was linked through the hub's OAuth server; the
 * devices that principal may see; one command run as that principal through the gate (its
 * assistant's grants, the home's security rules, the household PIN) and the vendor; and every
 * refusal or failure as one `Failure` code, which each face maps to its platform's own error.
 */
import type { Principal as GatePrincipal } from '../../gate/types.js';
import type { HomeHandle, Hub } from '../../hub/hub.js';
import { audienceFor } from '../../hub/oauth/server.js';
import { isHubError } from '../../model/errors.js';
import type { CommandRequest, DeviceDescription } from '../../model/types.js';
import { gatePrincipal } from '../../server/auth.js';
import { featuresOf, type Intent, NotSupported, toMatter } from './features.js';

export type FailCode =
  | 'unauthorized'
  | 'not-allowed'
  | 'unknown-device'
  | 'forbidden'
  | 'pin-required'
  | 'pin-invalid'
  | 'pin-not-set'
  | 'too-many-requests'
  | 'device-offline'
  | 'value-out-of-range'
  | 'unsupported'
  | 'invalid-request'
  | 'vendor-error';

export class Failure extends Error {
  constructor(
    readonly code: FailCode,
    message: string,
  ) {
    super(message);
  }
}

/** A linked partner's request: who it is, in which home, as whom it acts. */
export interface PartnerSession {
  hub: Hub;
  home: HomeHandle;
  who: GatePrincipal & { kind: 'partner' };
  /** The OAuth client id. */
  clientId: string;
  /** The command log's origin of this partner's commands. */
  origin: string;
}

/** The session of a platform's access token, or a `Failure('unauthorized')`. */
export function sessionOf(hub: Hub, token: string | null | undefined, platform: string): PartnerSession {
  if (typeof token !== 'string' || token.length === 0 || token.length > 4096)
    throw new Failure('unauthorized', 'no access token');
  const p = hub.tokens.authenticate(token, hub.ctx.clock.now());
  if (p?.role !== 'partner' || p.audience !== audienceFor(p.home))
    throw new Failure('unauthorized', 'the access token is not valid (unknown, expired or revoked)');
  const home = hub.home(p.home);
  if (!home) throw new Failure('unauthorized', 'the linked home is gone');
  const who = gatePrincipal(p) as GatePrincipal & { kind: 'partner' };
  return { hub, home, who, clientId: p.id, origin: `${platform}:${p.id}` };
}

/** A bearer token from an Authorization header value. */
export function bearerOf(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const m = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i.exec(header);
  return m ? (m[1] as string) : null;
}

/** The partner may read devices (its link's scope). */
export function requireSurface(s: PartnerSession, surface: 'devices:read' | 'devices:operate'): void {
  const d = s.home.gate.decide(s.who, { kind: 'surface', surface });
  if (d.effect !== 'allow') throw new Failure('not-allowed', d.reason);
}

/** The devices this partner may see, in the home file's order. */
export function visibleDevices(s: PartnerSession): DeviceDescription[] {
  requireSurface(s, 'devices:read');
  return s.home.runtime.devices().filter((d) => s.home.gate.canSee(s.who, d.id));
}

/** One device this partner may see, or a `Failure('unknown-device')`. */
export function visibleDevice(s: PartnerSession, id: unknown): DeviceDescription {
  const d = typeof id === 'string' ? s.home.runtime.device(id) : undefined;
  if (!d || !s.home.gate.canSee(s.who, d.id))
    throw new Failure('unknown-device', `no device '${String(id)}'`);
  return d;
}

/** The area's Korean name (Google's roomHint, SmartThings' roomName…), or null. */
export function areaName(s: PartnerSession, area: string | null): string | null {
  return area ? (s.home.runtime.file.areas.find((a) => a.id === area)?.name ?? null) : null;
}

/**
 * Runs one intent on a device as the partner: the gate decides (with the PIN when the platform
 * carried one), then the normal command path. Returns the device after the command.
 */
export async function runIntent(
  s: PartnerSession,
  device: DeviceDescription,
  intent: Intent,
  pin?: string,
): Promise<DeviceDescription> {
  let cmd: CommandRequest;
  try {
    cmd = toMatter(device, intent, featuresOf(device));
  } catch (err) {
    if (err instanceof NotSupported) throw new Failure('unsupported', err.message);
    throw err;
  }
  return runCommand(s, device, cmd, pin);
}

export async function runCommand(
  s: PartnerSession,
  device: DeviceDescription,
  cmd: CommandRequest,
  pin?: string,
): Promise<DeviceDescription> {
  requireSurface(s, 'devices:operate');
  const [d] = await s.home.gate.authorize(
    s.who,
    [{ kind: 'command', device: device.id, cluster: cmd.cluster, command: cmd.command }],
    pin,
  );
  if (d && d.effect !== 'allow')
    throw new Failure(d.code === 'unknown-home' ? 'unknown-device' : d.code, d.reason);
  try {
    return (await s.home.runtime.command(device.id, cmd, s.origin)).device;
  } catch (err) {
    throw failureOf(err);
  }
}

/** Any error of the command path as a `Failure`. */
export function failureOf(err: unknown): Failure {
  if (err instanceof Failure) return err;
  if (!isHubError(err)) return new Failure('vendor-error', 'the device did not answer as expected');
  switch (err.code) {
    case 'value-out-of-range':
      return new Failure('value-out-of-range', err.message);
    case 'device-offline':
    case 'not-supported-yet':
      return new Failure('device-offline', err.message);
    case 'unknown-endpoint':
    case 'unknown-cluster':
    case 'unknown-command':
    case 'unsupported-command':
    case 'read-only':
      return new Failure('unsupported', err.message);
    case 'invalid-request':
      return new Failure('invalid-request', err.message);
    case 'unknown-device':
      return new Failure('unknown-device', err.message);
    default:
      return new Failure('vendor-error', err.message);
  }
}

/** Runs `fn` with every thrown error turned into a `Failure` (never an unexplained 5xx). */
export async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw failureOf(err);
  }
}

/** Checks a value is a plain object (request bodies). */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
