/**
 * Time-ordered ids (UUID version 7, RFC 9562): 48 bits of Unix time in ms, then random bits. Rows
 * keyed by them are appended at the end of their index rather than at a random place, so a
 * database commit touches fewer pages.
 */
import { randomUUID } from 'node:crypto';

export function timeOrderedId(now = Date.now()): string {
  const ts = now.toString(16).padStart(12, '0').slice(-12);
  // randomUUID(): xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx — keep its random bits and its variant.
  const r = randomUUID();
  return `${ts.slice(0, 8)}-${ts.slice(8)}-7${r.slice(15)}`;
}
