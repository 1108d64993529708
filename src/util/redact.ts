/**
 * Keeps secrets out of log lines: fields named like a secret (token, password, PIN, authorization,
 * cookie, …) are replaced whole, and secret-looking pieces of any other string (hub tokens, Bearer
 * and Basic credentials, sealed values, `access_token=` and other credentials in query strings, the
 * password in a URL's user info) are replaced where they stand.
 */

const SECRET_KEYS =
  /token|secret|password|passwd|authorization|cookie|api[-_]?key|credential|voicepin|^pin$|code_verifier|^code$/i;

const SECRET_PIECES: Array<[RegExp, string]> = [
  [/\byd[a-z]{0,3}_[A-Za-z0-9_-]{20,}/g, '[redacted]'],
  [/\bydenc:v1:\S*/g, '[redacted]'],
  [/\b(Bearer|Basic)\s+\S+/gi, '$1 [redacted]'],
  [
    /([?&](?:access_token|refresh_token|token|code|code_verifier|client_secret|password)=)[^&#\s]*/gi,
    '$1[redacted]',
  ],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)[^@/?#\s]*@/gi, '$1[redacted]@'],
];

function redactString(s: string): string {
  let out = s;
  for (const [re, by] of SECRET_PIECES) out = out.replace(re, by);
  return out;
}

/** A copy with secret-looking fields and values replaced by "[redacted]", for logs. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[…]';
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = SECRET_KEYS.test(k) ? '[redacted]' : redact(v, depth + 1);
    return out;
  }
  return value;
}
