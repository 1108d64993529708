/** The URL a listening HTTP server answers on, from its socket (never from a request). */
import type { Server } from 'node:http';

export function listenUrl(server: Server): string | null {
  const a = server.address();
  if (!a || typeof a === 'string') return null;
  let host = a.address;
  if (host === '::1' || host === '::ffff:127.0.0.1') host = '127.0.0.1';
  else if (a.family === 'IPv6' || host.includes(':')) host = `[${host}]`;
  return `http://${host}:${a.port}`;
}

/** Checks an issuer identifier (RFC 8414 §2: an http(s) URL without query or fragment). */
export function checkIssuer(value: string): string | null {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return `--issuer must be an absolute URL (got '${value}')`;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    return '--issuer must be an https:// (or http://) URL';
  if (u.search || u.hash || value.includes('#')) return '--issuer must have no query and no fragment';
  if (u.username || u.password) return '--issuer must not carry credentials';
  return null;
}
