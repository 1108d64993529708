/**
 * Issue #12, finding 9: rate limits count on the verified principal (or the address without one),
 * never on the header's text, and the defaults are a real limit.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { type SecurityHub, startSecurityHub } from './support.js';

const hubs: SecurityHub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.stop();
});

async function hub(opts: Parameters<typeof startSecurityHub>[0]) {
  const h = await startSecurityHub(opts);
  hubs.push(h);
  return h;
}

const devices = (h: SecurityHub, authorization: string) =>
  h.api('/api/v1/homes/seoul/devices', { token: null, headers: { authorization } });

describe('rate limits (finding 9)', () => {
  it('counts one principal once whatever the spelling of its Authorization header', async () => {
    const h = await hub({ limits: { windowMs: 60_000, perToken: 4, perAddress: 1000 } });
    const t = h.owner('seoul');
    const seen: number[] = [];
    for (const a of [
      `Bearer ${t}`,
      `bearer ${t}`,
      `Bearer  ${t}`,
      `Bearer\t${t}`,
      `BEARER ${t}`,
      `Bearer ${t}\t`,
    ])
      seen.push((await devices(h, a)).status);
    expect(seen).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('counts every token of one person against that person', async () => {
    const h = await hub({ limits: { windowMs: 60_000, perToken: 4, perAddress: 1000 } });
    const mom = await h.post('/api/v1/homes/seoul/people', { id: 'mom', name: '엄마', role: 'member' });
    const second = await h.post('/api/v1/homes/seoul/people/mom/tokens', {});
    const [a, b] = [mom.body.token as string, second.body.token as string];
    const seen: number[] = [];
    for (const t of [a, b, a, b, a])
      seen.push((await h.api('/api/v1/homes/seoul/devices', { token: t })).status);
    expect(seen).toEqual([200, 200, 200, 200, 429]);
    // The owner is another principal: not throttled by mom's bucket.
    expect((await h.api('/api/v1/homes/seoul/devices')).status).toBe(200);
  });

  it('counts requests without a verified token against the address, however many made-up tokens', async () => {
    const h = await hub({ limits: { windowMs: 60_000, perToken: 1000, perAddress: 5 } });
    const seen: number[] = [];
    for (let i = 0; i < 7; i++)
      seen.push((await devices(h, `Bearer yd_${randomBytes(16).toString('hex')}`)).status);
    expect(seen).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const r = await h.api('/api/v1/health', { token: null });
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(r.body.error.code).toBe('too-many-requests');
    // A verified principal from the same address is counted on its own.
    expect((await h.api('/api/v1/homes/seoul/devices')).status).toBe(200);
  });

  it('has defaults a household and a partner need, and that still limit (100 to 1,000 requests/s)', () => {
    for (const n of [DEFAULT_LIMITS.perToken, DEFAULT_LIMITS.perAddress]) {
      const perSecond = (n * 1000) / DEFAULT_LIMITS.windowMs;
      expect(perSecond).toBeGreaterThanOrEqual(100);
      expect(perSecond).toBeLessThanOrEqual(1000);
    }
  });

  it('takes N per window from YEONDONG_RATE_PER_TOKEN and YEONDONG_RATE_WINDOW_MS', async () => {
    const saved = { ...process.env };
    process.env.YEONDONG_RATE_PER_TOKEN = '3';
    process.env.YEONDONG_RATE_WINDOW_MS = '60000';
    try {
      const h = await hub({ limits: {} });
      const seen: number[] = [];
      for (let i = 0; i < 4; i++) seen.push((await h.api('/api/v1/homes/seoul/devices')).status);
      expect(seen).toEqual([200, 200, 200, 429]);
    } finally {
      process.env.YEONDONG_RATE_PER_TOKEN = saved.YEONDONG_RATE_PER_TOKEN;
      process.env.YEONDONG_RATE_WINDOW_MS = saved.YEONDONG_RATE_WINDOW_MS;
      if (saved.YEONDONG_RATE_PER_TOKEN === undefined) delete process.env.YEONDONG_RATE_PER_TOKEN;
      if (saved.YEONDONG_RATE_WINDOW_MS === undefined) delete process.env.YEONDONG_RATE_WINDOW_MS;
    }
  });
});
