/** A small client of a running hub's API for the CLI. */
export async function api(
  url: string,
  token: string,
  path: string,
  init: RequestInit = {},
): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(new URL(path, url), {
      ...init,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(init.headers ?? {}),
      },
      signal: init.signal ?? AbortSignal.timeout(15_000),
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError') throw new Error(`the hub at ${url} did not answer in time`);
    const why = e.cause?.code ?? e.cause?.message ?? e.message;
    throw new Error(
      `cannot reach the hub at ${url} (${why}): is 'yeondong serve' running there? Start it, or give --url`,
    );
  }
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) {
    const e = body?.error;
    throw new Error(
      e
        ? `${res.status} ${e.code}: ${e.message}`
        : `the hub at ${url} answered ${res.status} ${res.statusText}`,
    );
  }
  return body;
}

export const DEFAULT_URL = 'http://127.0.0.1:7070';

/** The --url value (default DEFAULT_URL); on a mistake prints it after `command:` and gives null. */
export function hubUrl(value: string | undefined, command: string): string | null {
  if (value === undefined) return DEFAULT_URL;
  let u: URL | null = null;
  try {
    u = new URL(value);
  } catch {
    // below
  }
  if (u && (u.protocol === 'http:' || u.protocol === 'https:')) return value;
  console.error(`${command}: --url must be the hub's http:// or https:// address (got '${value}')`);
  return null;
}

/** What the CLI reads of `GET /api/v1/homes/{home}`. */
export interface HomeSummary {
  areas: Array<{ id: string; name: string }>;
  assistants: Array<{ id: string; name: string; wakeWords: string[] }>;
  satellites: Array<{ id: string; name: string; assistants: string[] }>;
}

/** The home's areas, assistants and satellites, or null when this token may not read them. */
export async function homeSummary(url: string, token: string, home: string): Promise<HomeSummary | null> {
  try {
    return (await api(url, token, `/api/v1/homes/${encodeURIComponent(home)}`)) as HomeSummary;
  } catch {
    return null;
  }
}
