/**
 * Route schemas are compiled on first use (src/server/lazy-schemas.ts), so a schema that does not
 * compile would only show on its first request. Here the whole app — every face and every route
 * group `serve` mounts — is built with Fastify's eager compile, which fails on any such schema, and
 * the lazy app is checked to validate and serialize exactly as the eager one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ROUTE_GROUPS } from '../../src/server/groups.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const hubs: TestHub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.stop();
});

async function hub(eagerSchemas: boolean): Promise<TestHub> {
  const groups = await Promise.all(ROUTE_GROUPS.map((g) => g({})));
  const h = await startTestHub({ groups, app: { eagerSchemas } });
  hubs.push(h);
  return h;
}

describe('route schemas', () => {
  it('every route schema compiles (eager build of the whole app)', async () => {
    const h = await hub(true);
    expect((await h.api('/api/v1/health')).status).toBe(200);
  });

  it('the lazy app rejects and answers exactly as the eager one', async () => {
    const eager = await hub(true);
    const lazy = await hub(false);
    const cases: Array<[string, RequestInit]> = [
      ['/api/v1/homes/demo/devices', {}],
      ['/api/v1/homes/demo/devices/fridge', {}],
      [
        '/api/v1/homes/demo/devices/fridge/commands',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"cluster":7}' },
      ],
      [
        '/api/v1/homes/demo/conversation',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"nope":true}' },
      ],
    ];
    for (const [path, init] of cases) {
      const a = await eager.api(path, init);
      const b = await lazy.api(path, init);
      expect({ path, status: b.status }).toEqual({ path, status: a.status });
      expect(b.body).toEqual(a.body);
    }
    // The invalid command really was refused by its schema, not by a missing route.
    const refused = await lazy.api('/api/v1/homes/demo/devices/fridge/commands', cases[2]?.[1]);
    expect(refused.status).toBe(400);
  });
});
