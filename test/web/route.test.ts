/** The dashboard route on its own: built files with cache headers, a hint when the build is missing. */
import Fastify from 'fastify';
import { describe, expect, test } from 'vitest';
import { webRoutesFrom } from '../../src/server/routes/web.js';
import { tempDir } from '../support/hub.js';
import { buildWeb } from './support.js';

const noHub = {} as never;

describe('web route', () => {
  test('serves index.html at / (no-cache) and hashed assets (immutable); nothing else', async () => {
    const app = Fastify();
    await webRoutesFrom(await buildWeb())(app, noHub);
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    const js = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    const css = /href="(\/assets\/[^"]+\.css)"/.exec(page.body)?.[1];
    expect(js && css).toBeTruthy();
    for (const url of [js, css] as string[]) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(200);
      expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await app.inject({ method: 'GET', url: '/assets/../../package.json' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/nothing-here' })).statusCode).toBe(404);
    await app.close();
  });

  test('without a build, / says how to make one', async () => {
    const app = Fastify();
    await webRoutesFrom(tempDir('yd-noweb-'))(app, noHub);
    const r = await app.inject({ method: 'GET', url: '/' });
    expect(r.statusCode).toBe(404);
    expect(r.body).toMatch(/npm run build/);
    await app.close();
  });
});
