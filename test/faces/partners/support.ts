/**
 * The demo home served with the partner faces and the hub's OAuth server, for the platform
 * simulators to link to. A partner's OAuth client is registered as `yeondong clients add` does;
 * the household's owner approves on the consent endpoint (the person's browser in the simulators'
 * linking flow).
 */
import type { FaceSettings } from '../../../src/faces/index.js';
import { ClientRegistry } from '../../../src/hub/oauth/clients.js';
import { oauthRouteGroup } from '../../../src/server/routes/oauth.js';
import type { LinkingConfig } from '../../../src/simulators/platforms/linking.js';
import { startTestHub, type TestHub } from '../../support/hub.js';

export async function startPartnerHub(faces: FaceSettings = {}, dataDir?: string): Promise<TestHub> {
  return startTestHub({
    groups: [oauthRouteGroup({ issuer: 'https://hub.example' })],
    faces,
    // Behaviour, not timing: a loaded 2-core machine must not turn a slow vendor into a refusal.
    timeoutMs: 5000,
    ...(dataDir ? { dataDir } : {}),
  });
}

/** Registers a partner's client (linked to `assistant` when given) and its linking settings. */
export async function partnerClient(
  h: TestHub,
  name: string,
  redirectUri: string,
  assistant?: string,
): Promise<LinkingConfig> {
  const reg = new ClientRegistry(h.hub.ctx.store);
  const { client, clientSecret } = await reg.add(
    'demo',
    { name, redirectUris: [redirectUri], ...(assistant ? { assistant } : {}) },
    Date.now(),
  );
  return {
    authorizationUrl: `${h.url}/oauth/authorize`,
    tokenUrl: `${h.url}/oauth/token`,
    clientId: client.clientId,
    clientSecret,
    redirectUri,
    scope: 'devices:read devices:operate',
  };
}

/** The household owner approving in the browser: the consent form posted, the redirect followed. */
export const ownerApproves = (h: TestHub) => async (authorizationUrl: string) => {
  const u = new URL(authorizationUrl);
  const res = await fetch(`${h.url}/oauth/authorize${u.search}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Bearer ${h.token()}`,
    },
    body: 'approve=true',
  });
  const loc = res.headers.get('location');
  if (!loc) throw new Error(`no redirect from the consent endpoint (${res.status})`);
  return loc;
};

/** The demo's devices: 22 in the home file and 5 satellite speakers. */
export const DEMO_DEVICE_COUNT = 27;
