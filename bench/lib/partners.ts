/**
 * The partner faces measured (`--only partners`): a command through each face (Google EXECUTE,
 * SmartThings commandRequest, Clova control, NUGU directive) at 10 concurrent clients, and the
 * state-report latency from a vendor-side change to the platform simulators (HomeGraph Report State,
 * SmartThings state callback).
 *
 * Unlike the other sections this one runs the hub in this process (the demo home with its
 * simulated vendors, the OAuth server and the partner faces, as the tests do), because linking
 * needs the consent step and the platforms' callback settings; the platform simulators and the
 * load share its event loop, so the figures are an upper bound of the face's own cost.
 * The vendor-side change is a Zigbee remote: a `…/set` published straight to the zigbee2mqtt
 * bridge on the home's broker, which the hub learns of from the bridge's state message.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'mqtt';
import { facesFor, routesOf, startFaces } from '../../src/faces/index.js';
import { loadHomeFile } from '../../src/home/load.js';
import { Hub } from '../../src/hub/hub.js';
import { ClientRegistry } from '../../src/hub/oauth/clients.js';
import { buildApp } from '../../src/server/app.js';
import { oauthRouteGroup } from '../../src/server/routes/oauth.js';
import { ClovaCekSimulator } from '../../src/simulators/clova-cek/index.js';
import { GoogleAssistantSimulator, startHomeGraphSimulator } from '../../src/simulators/google-home/index.js';
import { NuguSmartHomeSimulator } from '../../src/simulators/nugu-smarthome/index.js';
import type { LinkingConfig } from '../../src/simulators/platforms/linking.js';
import { SmartThingsCloudSimulator } from '../../src/simulators/smartthings-cloud/index.js';
import { silentLogger } from '../../src/util/log.js';
import { closedLoop, type LoadResult } from './load.js';
import { ROOT, type Summary, summarize } from './procs.js';
import type { BenchOptions } from './sections.js';

const LIGHT = 'kitchen-light';
const SENSOR_LIGHT = 'kids-light';
const SENSOR_ZIGBEE = '0x00158d0001a1b2c4';

export interface PartnersResult {
  commands: Record<string, LoadResult>;
  stateReport: { google: Summary; smartthings: Summary; changes: number };
}

export async function partnersSection(o: BenchOptions): Promise<PartnersResult> {
  const dir = mkdtempSync(join(o.dataParent, 'yd-bench-partners-'));
  const hg = await startHomeGraphSimulator();
  const keyFile = join(dir, 'service-account.json');
  writeFileSync(keyFile, hg.serviceAccountKey(), { mode: 0o600 });
  const callbackClient = { clientId: 'bench-st', clientSecret: 'bench-st-secret-0123456789' };
  const clova = new ClovaCekSimulator<any>();
  const hub = new Hub({
    homes: [loadHomeFile(join(ROOT, 'fixtures', 'demo-home.yaml'))],
    dataDir: join(dir, 'data'),
    log: silentLogger,
  });
  await hub.start();
  const faces = facesFor({
    partners: {
      google: { homegraph: { url: hg.url, keyFile } },
      smartthings: { callbackClient },
      clova: { signatureKey: clova.publicKeyPem() },
    },
  });
  const stopFaces = await startFaces(hub, faces);
  const app = await buildApp(hub, [...routesOf(faces), oauthRouteGroup({ issuer: 'https://hub.example' })], {
    limits: false,
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const owner = hub.ownerToken('demo') ?? '';
  const approve = async (authorizationUrl: string) => {
    const res = await fetch(`${url}/oauth/authorize${new URL(authorizationUrl).search}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${owner}` },
      body: 'approve=true',
    });
    return res.headers.get('location') ?? '';
  };
  const client = async (name: string, redirect: string, assistant?: string): Promise<LinkingConfig> => {
    const { client: c, clientSecret } = await new ClientRegistry(hub.ctx.store).add(
      'demo',
      { name, redirectUris: [redirect], ...(assistant ? { assistant } : {}) },
      Date.now(),
    );
    return {
      authorizationUrl: `${url}/oauth/authorize`,
      tokenUrl: `${url}/oauth/token`,
      clientId: c.clientId,
      clientSecret,
      redirectUri: redirect,
      scope: 'devices:read devices:operate',
    };
  };
  const google = new GoogleAssistantSimulator<any>({
    fulfillmentUrl: `${url}/partners/google/fulfillment`,
    linking: await client('Google', 'https://oauth-redirect.googleusercontent.com/r/bench'),
  });
  const st = new SmartThingsCloudSimulator<any>({
    connectorUrl: `${url}/partners/smartthings`,
    linking: await client('SmartThings', 'https://c2c-us.smartthings.com/oauth/callback', 'bixby'),
    callbackClient,
  });
  clova.extensionUrl = `${url}/partners/clova`;
  clova.linking = await client('Clova', 'https://pat.clova.ai/oauth/callback', 'clova');
  const nugu = new NuguSmartHomeSimulator<any>({
    proxyUrl: `${url}/partners/nugu`,
    linking: await client('NUGU', 'https://api.sktnugu.com/oauth/callback', 'aria'),
  });
  await st.start();
  const broker = connect(hub.home('demo')?.runtime.simulatorUrl('zigbee') ?? '');
  try {
    await Promise.all([google.link(approve), st.link(approve), clova.link(approve), nugu.link(approve)]);
    await google.sync();
    await st.discovery();
    await st.grantCallbackAccess();
    await clova.discover();
    await nugu.discover();
    const on = (i: number) => i % 2 === 0;
    const faceLoads: Record<string, (c: number, i: number) => Promise<boolean>> = {
      google: async (_c, i) =>
        (await google.execute([LIGHT], 'action.devices.commands.OnOff', { on: on(i) })).body?.payload
          ?.commands?.[0]?.status === 'SUCCESS',
      smartthings: async (_c, i) =>
        !(await st.command(LIGHT, [{ capability: 'st.switch', command: on(i) ? 'on' : 'off' }])).body
          ?.deviceState?.[0]?.deviceError,
      clova: async (_c, i) =>
        (await clova.control(on(i) ? 'TurnOn' : 'TurnOff', LIGHT)).body?.header?.name?.endsWith(
          'Confirmation',
        ) === true,
      nugu: async (_c, i) =>
        (await nugu.directive('PowerControl', on(i) ? 'TurnOn' : 'TurnOff', LIGHT)).body?.data?.[0]
          ?.resultCode === 'OK',
    };
    const commands: Record<string, LoadResult> = {};
    for (const [name, send] of Object.entries(faceLoads)) {
      await closedLoop(10, o.warmupSeconds, async (c, i) => ({ ok: await send(c, i), ms: 0 }));
      commands[name] = await closedLoop(10, o.seconds, async (c, i) => {
        const t0 = performance.now();
        const ok = await send(c, i);
        return { ok, ms: performance.now() - t0, ...(ok ? {} : { error: `${name} command refused` }) };
      });
    }
    const stateReport = await reportLatency(broker, hg, st, o.quick ? 10 : 40);
    return { commands, stateReport };
  } finally {
    broker.end(true);
    await app.close();
    await stopFaces();
    await hub.stop();
    await hg.stop();
    await st.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Vendor-side changes (a Zigbee remote) one after another; time until each platform hears of it. */
async function reportLatency(
  broker: ReturnType<typeof connect>,
  hg: Awaited<ReturnType<typeof startHomeGraphSimulator>>,
  st: SmartThingsCloudSimulator<any>,
  changes: number,
) {
  const g: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < changes; i++) {
    const on = i % 2 === 0;
    const from = hg.reports.length;
    const fromSt = st.callbacks.length;
    const t0 = performance.now();
    broker.publish(`zigbee2mqtt/${SENSOR_ZIGBEE}/set`, JSON.stringify({ state: on ? 'ON' : 'OFF' }));
    const [rg, rs] = await Promise.all([
      hg.waitForReport(
        (r) => hg.reports.indexOf(r) >= from && r.deviceId === SENSOR_LIGHT && r.state.on === on,
      ),
      st.waitForCallback(
        (id, states) =>
          id === SENSOR_LIGHT &&
          states.some((x) => x.capability === 'st.switch' && x.value === (on ? 'on' : 'off')),
        5000,
        fromSt,
      ),
    ]);
    g.push(rg.at - t0);
    s.push(rs.at - t0);
  }
  return { google: summarize(g), smartthings: summarize(s), changes };
}
