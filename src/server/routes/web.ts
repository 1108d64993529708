/**
 * The dashboard: the built web app (web/ → dist/web by `npm run build`) served at `/`. Nothing
 * is built at run time; when the build is missing, `/` says how to make it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { RouteGroup } from '../app.js';

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
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      // One route per built file (found at start), so unknown paths keep the API's JSON 404.
      wildcard: false,
      decorateReply: false,
      index: 'index.html',
      dotfiles: 'deny',
      cacheControl: false,
      setHeaders(reply, path) {
        // Hashed bundles never change; the page itself must be re-checked to pick up a new build.
        const immutable = path.includes(`${root}/assets/`) || path.includes(`${root}\\assets\\`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        reply.header('x-content-type-options', 'nosniff');
      },
    });
  };
}

export const webRoutes: RouteGroup = webRoutesFrom();
