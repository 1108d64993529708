/** A small JSON HTTP server for the platform simulators (node:http, a route table, no framework). */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBodyText } from '../body.js';

export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** The body: JSON parsed, a form as an object, or the raw text. */
  body: unknown;
}

export interface SimAnswer {
  status?: number;
  body?: unknown;
}

export type SimRoute = (req: SimRequest) => SimAnswer | Promise<SimAnswer>;

const MAX_BODY = 1 << 20;

async function readBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBodyText(req, MAX_BODY);
  if (text === null) throw new Error('body too large');
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(text));
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function serveJson(
  routes: Record<string, SimRoute>,
  host = '127.0.0.1',
  port = 0,
): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const u = new URL(req.url ?? '/', 'http://sim');
      const route = routes[`${req.method} ${u.pathname}`];
      let answer: SimAnswer;
      try {
        answer = route
          ? await route({
              method: req.method ?? 'GET',
              path: u.pathname,
              query: u.searchParams,
              headers: req.headers,
              body: await readBody(req),
            })
          : { status: 404, body: { error: 'not_found' } };
      } catch (err) {
        answer = { status: 400, body: { error: 'bad_request', detail: String(err) } };
      }
      const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(text);
    })();
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const { port: p } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${p}`,
    stop: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Waits until `test` holds, checking whenever `notify` is called; rejects after `ms`. */
export class Waiters {
  readonly #waiting = new Set<() => void>();
  notify(): void {
    for (const w of this.#waiting) w();
  }
  until(test: () => boolean, ms = 5000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((ok, fail) => {
      const check = () => {
        if (!test()) return;
        clearTimeout(t);
        this.#waiting.delete(check);
        ok();
      };
      const t = setTimeout(() => {
        this.#waiting.delete(check);
        fail(new Error('timed out waiting for the platform simulator'));
      }, ms);
      this.#waiting.add(check);
    });
  }
}
