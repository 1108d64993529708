/**
 * SmartThings Schema through the hub: the SmartThings-side simulator links through the hub's
 * OAuth pages (as Bixby's partner), discovers the demo home, grants callback access (the hub
 * exchanges the code at the simulator's token endpoint) and gets a state callback for each change.
 * The `st-schema` SDK is the reference: its error enums and its callback client against the same
 * simulator.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmartThingsCloudSimulator } from '../../../src/simulators/smartthings-cloud/index.js';
import type { TestHub } from '../../support/hub.js';
import { DEMO_DEVICE_COUNT, ownerApproves, partnerClient, startPartnerHub } from './support.js';

const sdk = createRequire(import.meta.url)('st-schema') as any;
const callbackClient = { clientId: 'st-callback-client', clientSecret: 'st-callback-secret-0123456789' };

let h: TestHub;
let st: SmartThingsCloudSimulator<any>;

const dev = async (id: string) => (await h.api(`/api/v1/homes/demo/devices/${id}`)).body;
const cluster = (d: any, ep: string, c: string) => d.endpoints.find((e: any) => e.id === ep).clusters[c];
const stateValue = (states: any[], capability: string, attribute: string, component = 'main') =>
  states.find((s) => s.capability === capability && s.attribute === attribute && s.component === component)
    ?.value;

beforeAll(async () => {
  h = await startPartnerHub({ partners: { smartthings: { callbackClient } } });
  const linking = await partnerClient(
    h,
    'SmartThings',
    'https://c2c-us.smartthings.com/oauth/callback',
    'bixby',
  );
  st = new SmartThingsCloudSimulator<any>({
    connectorUrl: `${h.url}/partners/smartthings`,
    linking,
    callbackClient,
  });
  await st.start();
  await st.link(ownerApproves(h));
});

afterAll(async () => {
  await h?.stop();
  await st?.stop();
});

describe('SmartThings Schema face', () => {
  it('discovers the demo home with Korean names and rooms, and asks for callback access', async () => {
    const r = await st.discovery();
    expect(r.status).toBe(200);
    expect(r.body.headers).toMatchObject({ schema: 'st-schema', interactionType: 'discoveryResponse' });
    expect(r.body.requestGrantCallbackAccess).toBe(true);
    expect(r.body.devices).toHaveLength(DEMO_DEVICE_COUNT);
    const light = r.body.devices.find((d: any) => d.externalDeviceId === 'living-light');
    expect(light).toMatchObject({ friendlyName: '거실 조명', deviceContext: { roomName: '거실' } });
    const g = await st.grantCallbackAccess();
    expect(g.body.globalError).toBeUndefined();
    expect(g.body.headers.interactionType).toBe('grantCallbackAccess');
  });

  it('turns on the living-room light and sends the state callback', async () => {
    const r = await st.command('living-light', [{ capability: 'st.switch', command: 'on' }]);
    expect(stateValue(r.body.deviceState[0].states, 'st.switch', 'switch')).toBe('on');
    expect(cluster(await dev('living-light'), 'main', 'OnOff').OnOff).toBe(true);
    const cb = await st.waitForCallback(
      (id, s) => id === 'living-light' && stateValue(s, 'st.switch', 'switch') === 'on',
    );
    expect(cb.interactionType).toBe('stateCallback');
  });

  it("sets the fridge's 냉장실 (component cooler) to 3 °C", async () => {
    const r = await st.command('fridge', [
      {
        component: 'cooler',
        capability: 'st.thermostatCoolingSetpoint',
        command: 'setCoolingSetpoint',
        arguments: [3],
      },
    ]);
    expect(
      stateValue(r.body.deviceState[0].states, 'st.thermostatCoolingSetpoint', 'coolingSetpoint', 'cooler'),
    ).toBe(3);
    expect(cluster(await dev('fridge'), 'refrigerator', 'TemperatureControl').TemperatureSetpoint).toBe(300);
    const out = await st.command('fridge', [
      {
        component: 'cooler',
        capability: 'st.thermostatCoolingSetpoint',
        command: 'setCoolingSetpoint',
        arguments: [30],
      },
    ]);
    expect(out.body.deviceState[0].deviceError[0].errorEnum).toBe('RESOURCE-CONSTRAINT-VIOLATION');
  });

  it('changes the KT set-top box to KBS1', async () => {
    const r = await st.command('settop', [
      { capability: 'st.tvChannel', command: 'setTvChannel', arguments: ['KBS1'] },
    ]);
    expect(stateValue(r.body.deviceState[0].states, 'st.tvChannel', 'tvChannelName')).toBe('KBS1');
    expect(cluster(await dev('settop'), 'main', 'Channel').CurrentChannel.Name).toBe('KBS1');
  });

  it('refuses a door unlock (SmartThings Schema carries no PIN) and a gas-valve open', async () => {
    const door = await st.command('door', [{ capability: 'st.lock', command: 'unlock' }]);
    expect(door.body.deviceState[0].deviceError[0]).toMatchObject({ errorEnum: 'CAPABILITY-NOT-SUPPORTED' });
    expect(door.body.deviceState[0].deviceError[0].detail).toMatch(/PIN/);
    expect(cluster(await dev('door'), 'main', 'DoorLock').LockState).toBe(1);
    await h.api('/api/v1/homes/demo/devices/gas/commands', {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'main', cluster: 'ValveConfigurationAndControl', command: 'Close' }),
    });
    const gas = await st.command('gas', [{ capability: 'st.valve', command: 'open' }]);
    expect(gas.body.deviceState[0].deviceError[0].errorEnum).toBe('CAPABILITY-NOT-SUPPORTED');
    expect(cluster(await dev('gas'), 'main', 'ValveConfigurationAndControl').CurrentState).toBe(0);
    const all = [...Object.values(sdk.DeviceErrorTypes)];
    expect(all).toContain(door.body.deviceState[0].deviceError[0].errorEnum);
  });

  it('answers state refresh, and malformed requests with SmartThings global errors, never a 5xx', async () => {
    const r = await st.stateRefresh(['kitchen-light', 'nope']);
    expect(r.body.headers.interactionType).toBe('stateRefreshResponse');
    expect(stateValue(r.body.deviceState[0].states, 'st.healthCheck', 'healthStatus')).toBe('online');
    expect(r.body.deviceState[1].deviceError[0].errorEnum).toBe('DEVICE-DELETED');
    const raw = async (body: string, type = 'application/json') => {
      const res = await fetch(`${h.url}/partners/smartthings`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const globals = Object.values(sdk.GlobalErrorTypes);
    for (const res of [
      await raw('{nope'),
      await raw('hi', 'text/plain'),
      await raw('{}'),
      await raw('{"headers":{"interactionType":"discoveryRequest"}}'),
    ]) {
      expect(res.status).toBeLessThan(500);
      expect(res.body.globalError.errorEnum).toBe('BAD-REQUEST');
    }
    const bad = await st.send('discoveryRequest', {}, 'not-a-token');
    expect(bad.body.globalError.errorEnum).toBe('INVALID-TOKEN');
    const odd = await st.send('fooRequest');
    expect(odd.body.globalError.errorEnum).toBe('INVALID-INTERACTION-TYPE');
    for (const e of [bad, odd]) expect(globals).toContain(e.body.globalError.errorEnum);
  });

  it("the simulator takes the SDK's callback client the same way (token exchange, state callback)", async () => {
    const tokens = new sdk.StateUpdateRequest(callbackClient.clientId, callbackClient.clientSecret);
    const access = new sdk.DiscoveryRequest(callbackClient.clientId, callbackClient.clientSecret);
    expect(tokens.headers.interactionType).toBe('stateCallback');
    expect(access.headers.interactionType).toBe('discoveryCallback');
    const AccessTokenRequest = createRequire(import.meta.url)('st-schema/lib/callbacks/AccessTokenRequest');
    const got = await new AccessTokenRequest(
      callbackClient.clientId,
      callbackClient.clientSecret,
    ).getCallbackToken(`${st.url}/oauth/token`, st.newCode());
    await tokens.updateState(
      { stateCallback: `${st.url}/callbacks/state`, oauthToken: `${st.url}/oauth/token` },
      got.callbackAuthentication,
      [
        {
          externalDeviceId: 'sdk-device',
          states: [{ component: 'main', capability: 'st.switch', attribute: 'switch', value: 'on' }],
        },
      ],
    );
    await st.waitForCallback((id) => id === 'sdk-device');
  });

  it('refreshes an expired callback token, and stops after integrationDeleted', async () => {
    st.expireCallbackTokens();
    await h.api('/api/v1/homes/demo/devices/kitchen-light/commands', {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'main', cluster: 'OnOff', command: 'Off' }),
    });
    await st.waitForCallback(
      (id, s) => id === 'kitchen-light' && stateValue(s, 'st.switch', 'switch') === 'off',
    );
    const del = await st.integrationDeleted();
    expect(del.body.globalError).toBeUndefined();
    const before = st.callbacks.length;
    await h.api('/api/v1/homes/demo/devices/kitchen-light/commands', {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'main', cluster: 'OnOff', command: 'On' }),
    });
    await new Promise((ok) => setTimeout(ok, 300));
    expect(st.callbacks.length).toBe(before);
  });
});
