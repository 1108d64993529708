/**
 * What the owner's people API (`/api/v1/homes/{home}/people`) and `yeondong people` share: the
 * limits of a person's fields, the check of a guest's device list, and how a person's token is
 * issued with its expiry.
 */
import type { Person, PersonRole, TokenRegistry } from './auth.js';

const DAY = 24 * 3600 * 1000;

/** The roles the owner gives to the people they add (there is one owner, and partners link by OAuth). */
export const ADDABLE_ROLES = ['member', 'guest'] as const satisfies readonly PersonRole[];
export type AddableRole = (typeof ADDABLE_ROLES)[number];

/** A person id the owner may choose (otherwise one is made up). */
export const PERSON_ID = /^[A-Za-z0-9_.-]{1,64}$/;

export const PERSON_LIMITS = {
  /** Characters of a name. */
  name: 100,
  /** Devices in a guest's list, and characters of each device id. */
  devices: 500,
  deviceId: 128,
  /** Days a token may last. */
  maxDays: 3650,
} as const;

/** How long a token lasts when the owner does not say: a month for guests, a year for the others. */
export const defaultTokenDays = (role: PersonRole): number => (role === 'guest' ? 30 : 365);

/** The problem with a device list (ids the home does not have), or null. */
export function unknownDevices(
  devices: readonly string[] | undefined,
  has: (id: string) => boolean,
): string | null {
  const bad = (devices ?? []).filter((d) => !has(d));
  return bad.length > 0 ? `unknown device(s): ${bad.slice(0, 5).join(', ')}` : null;
}

/** A new token for a person, valid for `days` (default: by role); the token is returned once. */
export const issuePersonToken = (tokens: TokenRegistry, person: Person, now: number, days?: number) =>
  tokens.issue({
    home: person.home,
    role: person.role,
    id: person.id,
    createdAt: now,
    expiresAt: now + (days ?? defaultTokenDays(person.role)) * DAY,
  });
