/**
 * The platforms' own examples (test/fixtures/partners, from each developer guide) sent to the faces:
 * every `*-request.json` is answered with the shape of its `*-response.json` (the same keys, nested,
 * and the same status or error code where the example has one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkAccount } from '../../../src/simulators/platforms/linking.js';
import type { TestHub } from '../../support/hub.js';
import { ownerApproves, partnerClient, startPartnerHub } from './support.js';

const DIR = resolve(import.meta.dirname, '../../fixtures/partners');
const URLS: Record<string, (name: string) => string> = {
  google: () => '/partners/google/fulfillment',
  smartthings: () => '/partners/smartthings',
  clova: () => '/partners/clova',
  nugu: (name) =>
    name.startsWith('turnon')
      ? '/partners/nugu/nugu/v1/capabilities/PowerControl/directives/TurnOn'
      : '/partners/nugu/nugu/v1/devices',
};

let h: TestHub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  h = await startPartnerHub();
  for (const [platform, assistant] of [
    ['google', undefined],
    ['smartthings', 'bixby'],
    ['clova', 'clova'],
    ['nugu', 'aria'],
  ] as const) {
    const cfg = await partnerClient(h, platform, `https://${platform}.example/cb`, assistant);
    tokens[platform] = (await linkAccount(cfg, ownerApproves(h))).accessToken;
  }
});

afterAll(async () => {
  await h?.stop();
});

/** Every key of `want` is in `got`, recursively (arrays: the element with the example's id, else the first). */
function sameShape(got: unknown, want: unknown, path = '$'): string[] {
  if (want === null || typeof want !== 'object') return [];
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return [`${path} is not an array`];
    if (want.length === 0 || got.length === 0) return [];
    const first = want[0];
    const key =
      first !== null && typeof first === 'object'
        ? ['id', 'externalDeviceId', 'applianceId'].find((k) => k in first)
        : undefined;
    const same = key ? got.find((g) => g?.[key] === (want[0] as Record<string, unknown>)[key]) : got[0];
    return same === undefined
      ? [`${path} has no element like the example's`]
      : sameShape(same, want[0], `${path}[0]`);
  }
  if (got === null || typeof got !== 'object') return [`${path} is not an object`];
  return Object.entries(want).flatMap(([k, v]) =>
    k in (got as object)
      ? sameShape((got as Record<string, unknown>)[k], v, `${path}.${k}`)
      : [`${path}.${k} is missing`],
  );
}

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

describe.each(Object.keys(URLS))('%s examples', (platform) => {
  const requests = readdirSync(join(DIR, platform)).filter((f) => f.endsWith('-request.json'));
  it.each(requests)('%s', async (file) => {
    const name = file.replace('-request.json', '');
    const body = JSON.stringify(read(join(DIR, platform, file))).replaceAll(
      '{{token}}',
      tokens[platform] ?? '',
    );
    const want = read(join(DIR, platform, `${name}-response.json`));
    const res = await fetch(h.url + (URLS[platform] as (n: string) => string)(name), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(platform === 'google' ? { authorization: `Bearer ${tokens.google}` } : {}),
      },
      body,
    });
    expect(res.status).toBeLessThan(500);
    const got = (await res.json()) as any;
    expect(sameShape(got, want)).toEqual([]);
    const codes = (x: any) => [
      x?.payload?.commands?.[0]?.errorCode,
      x?.globalError?.errorEnum,
      x?.header?.name,
      x?.error?.code,
      x?.data?.[0]?.resultCode,
    ];
    expect(codes(got)).toEqual(codes(want));
  });
});
