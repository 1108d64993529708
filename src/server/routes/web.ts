/**
 * The dashboard: the built web app (web/ → dist/web by `npm run build`) served at `/`. Nothing
 * is built at run time; when the build is missing, `/` says how to make it.
 *
 * One GET route per built file, found when the routes are registered (so unknown paths keep the
 * API's JSON 404). Served by this file rather than @fastify/static: loading that plugin and its glob
 * of the folder was about a tenth of every start's CPU, for four files.
 */
import { type Dirent, existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import type { FastifyReply } from 'fastify';
import type { RouteGroup } from '../app.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};
/** The package root: the nearest folder above this file with a package.json (src/… or dist/src/…). */
function packageRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
}

export const WEB_DIR = join(packageRoot(import.meta.dirname), 'dist', 'web');

/** Serves the built dashboard from `dir` (default dist/web of this package). */
export function webRoutesFrom(dir: string = WEB_DIR): RouteGroup {
  const root = resolve(dir);
  return async (app) => {
    if (!existsSync(join(root, 'index.html'))) {
      app.get('/', async (_req, reply) => {
        // 404, not 5xx: a missing build is a packaging matter, not a failure of the hub.
        reply
          .code(404)
          .type('text/plain; charset=utf-8')
          .send(
            'The Yeondong dashboard is not built. Run `npm run build` (or `npm run build:web`) and restart.\n',
          );
      });
      return;
    }
    // Every file below the root but dotfiles (and anything inside a dot-folder).
    const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(root.length + 1))
      .filter((rel) => !rel.split(sep).some((part) => part.startsWith('.')));
    for (const rel of files) {
      const file = join(root, rel);
      // Hashed bundles never change; the page itself must be re-checked to pick up a new build.
      const immutable = rel.startsWith(`assets${sep}`);
      const serve = async (_req: unknown, reply: FastifyReply) => {
        let body: Buffer;
        try {
          body = await readFile(file);
        } catch {
          return reply.callNotFound();
        }
        reply
          .type(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream')
          .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
          .header('x-content-type-options', 'nosniff');
        return reply.send(body);
      };
      const url = `/${rel.split(sep).map(encodeURIComponent).join('/')}`;
      app.get(url, serve);
      if (rel === 'index.html') app.get('/', serve);
    }
  };
}

export const webRoutes: RouteGroup = webRoutesFrom();
