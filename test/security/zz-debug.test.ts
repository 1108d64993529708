import { it } from 'vitest';
import { startSecurityHub } from './support.js';
import { ROUTE_GROUPS } from '../../src/server/groups.js';
it('debug', async () => {
  const groups = await Promise.all(ROUTE_GROUPS.map((g) => g()));
  const h = await startSecurityHub({ groups: [async (app) => { app.addHook('onError', async (_q, _r, err) => { console.log('ERR', err.stack?.slice(0, 1500)); }); }, ...groups] });
  (h.hub.ctx.log as any).error = (m: string, f: unknown) => console.log('LOG', m, JSON.stringify(f).slice(0, 1500));

  const r = await fetch(h.url + '/');
  console.log(r.status, (await r.text()).slice(0, 300));
  await h.stop();
});
