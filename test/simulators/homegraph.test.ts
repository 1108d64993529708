/**
 * The HomeGraph simulator checks what Google checks: an access token only for a JWT signed by the
 * service account's key (issuer, audience, scope, lifetime), and Report State only with that token.
 * The hub's HomeGraph client is the one that signs.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HomeGraphClient,
  loadServiceAccount,
  type ServiceAccount,
} from '../../src/faces/partners/google/homegraph.js';
import { type HomeGraphSimulator, startHomeGraphSimulator } from '../../src/simulators/google-home/index.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { tempDir } from '../support/hub.js';

let hg: HomeGraphSimulator;
let account: ServiceAccount;

beforeAll(async () => {
  hg = await startHomeGraphSimulator();
  account = JSON.parse(hg.serviceAccountKey()) as ServiceAccount;
});

afterAll(async () => {
  await hg?.stop();
});

const tokenFor = async (assertion: string) => {
  const res = await fetch(account.token_uri, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion,
    }).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('HomeGraph simulator', () => {
  it("accepts Report State from the hub's client signing with the service-account key", async () => {
    const client = new HomeGraphClient(hg.url, account);
    await client.reportState('demo', { 'living-light': { online: true, on: true } });
    await client.requestSync('demo');
    expect(hg.reports.at(-1)).toMatchObject({
      agentUserId: 'demo',
      deviceId: 'living-light',
      state: { on: true },
    });
    expect(hg.syncRequests).toContain('demo');
  });

  it('refuses a JWT signed by another key, for another audience, or expired', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    const forged = new HomeGraphClient(hg.url, { ...account, private_key: String(other) }).assertion();
    expect(await tokenFor(forged)).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant', error_description: 'bad JWT signature' },
    });
    const elsewhere = new HomeGraphClient(hg.url, {
      ...account,
      token_uri: 'https://oauth2.example/token',
    }).assertion();
    expect((await tokenFor(elsewhere)).body.error_description).toBe('wrong audience');
    const old = new HomeGraphClient(hg.url, account).assertion(Date.now() - 2 * 3600 * 1000);
    expect((await tokenFor(old)).body.error).toBe('invalid_grant');
    const good = await tokenFor(new HomeGraphClient(hg.url, account).assertion());
    expect(good.status).toBe(200);
    expect(typeof good.body.access_token).toBe('string');
  });

  it('refuses Report State without a token it issued', async () => {
    const res = await fetch(`${hg.url}/v1/devices:reportStateAndNotification`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ya29.made-up' },
      body: JSON.stringify({ agentUserId: 'demo', payload: { devices: { states: { x: { on: true } } } } }),
    });
    expect(res.status).toBe(401);
    const forgedClient = new HomeGraphClient(hg.url, {
      ...account,
      client_email: 'someone@else.iam.gserviceaccount.com',
    });
    await expect(forgedClient.reportState('demo', { x: { on: true } })).rejects.toThrow(/400/);
  });
});

describe('the service-account key', () => {
  it('is sealed into the store by the secrets module and used after the file is gone', async () => {
    const dir = tempDir('yd-sa-');
    const file = join(dir, 'sa.json');
    writeFileSync(file, hg.serviceAccountKey(), { mode: 0o600 });
    const store = new SqliteStore(join(dir, 'yeondong.db'));
    await store.open();
    try {
      expect((await loadServiceAccount(store, dir, file))?.client_email).toBe(account.client_email);
      rmSync(file);
      const kept = await loadServiceAccount(store, dir, undefined);
      expect(kept?.private_key).toBe(account.private_key);
      const raw = (await store.listKv('', 'secret:')).map((r) => r.value).join('');
      expect(raw).toMatch(/^ydenc:v1:/);
      expect(raw).not.toContain('PRIVATE KEY');
      expect(readFileSync(join(dir, 'secret.key'), 'utf8').length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});
