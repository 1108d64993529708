/**
 * NUGU smart home through the hub: the NUGU-side simulator links through the hub's OAuth pages (as
 * the household's 아리아), discovers the demo home (the TV-like devices under NUGU's nearest generic
 * type), runs the done-case directives, and is refused what needs the PIN or is forbidden.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NuguSmartHomeSimulator } from '../../../src/simulators/nugu-smarthome/index.js';
import type { TestHub } from '../../support/hub.js';
import { DEMO_DEVICE_COUNT, ownerApproves, partnerClient, startPartnerHub } from './support.js';

let h: TestHub;
let nugu: NuguSmartHomeSimulator<any>;

const dev = async (id: string) => (await h.api(`/api/v1/homes/demo/devices/${id}`)).body;
const cluster = (d: any, ep: string, c: string) => d.endpoints.find((e: any) => e.id === ep).clusters[c];

beforeAll(async () => {
  h = await startPartnerHub();
  const linking = await partnerClient(h, 'NUGU', 'https://api.sktnugu.com/oauth/callback', 'aria');
  nugu = new NuguSmartHomeSimulator<any>({ proxyUrl: `${h.url}/partners/nugu`, linking });
  await nugu.link(ownerApproves(h));
});

afterAll(async () => {
  await h?.stop();
});

describe('NUGU smart home face', () => {
  it('discovers the demo home; devices NUGU has no type for get the nearest generic one', async () => {
    const r = await nugu.discover();
    expect(r.status).toBe(200);
    expect(r.body.devices).toHaveLength(DEMO_DEVICE_COUNT);
    const light = r.body.devices.find((d: any) => d.id === 'living-light');
    expect(light).toMatchObject({
      deviceTypeCode: 'LIGHT',
      friendlyNameSuggestion: '거실 조명',
      customData: { room: '거실' },
    });
    const settop = r.body.devices.find((d: any) => d.id === 'settop');
    expect(settop.deviceTypeCode).toBe('SWITCH');
    expect(settop.supportedCapabilities.channelControl.channels).toContain('KBS1');
  });

  it('turns on the living-room light', async () => {
    const r = await nugu.directive('PowerControl', 'TurnOn', 'living-light');
    expect(r.body.data[0]).toMatchObject({
      resultCode: 'OK',
      smartHomeDevice: { id: 'living-light' },
      properties: { power: 'ON' },
    });
    expect(cluster(await dev('living-light'), 'main', 'OnOff').OnOff).toBe(true);
  });

  it("sets the fridge's 냉장실 to 3 °C", async () => {
    const r = await nugu.directive('DeviceTemperatureControl', 'SetDeviceTemperature', 'fridge', {
      zone: '냉장실',
      temperature: '3',
    });
    expect(r.body.data[0].resultCode).toBe('OK');
    expect(cluster(await dev('fridge'), 'refrigerator', 'TemperatureControl').TemperatureSetpoint).toBe(300);
    const out = await nugu.directive('DeviceTemperatureControl', 'SetDeviceTemperature', 'fridge', {
      temperature: '30',
    });
    expect(out.body.data[0].resultCode).toBe('ValueOutOfRange');
  });

  it('changes the KT set-top box to KBS1', async () => {
    const r = await nugu.directive('ChannelControl', 'SetChannel', 'settop', { channel: 'KBS1' });
    expect(r.body.data[0].properties.channel).toEqual({ number: '9', name: 'KBS1' });
    expect(cluster(await dev('settop'), 'main', 'Channel').CurrentChannel.Name).toBe('KBS1');
  });

  it('refuses a door unlock (NUGU carries no PIN) and a gas-valve open', async () => {
    const door = await nugu.directive('LockControl', 'Unlock', 'door');
    expect(door.body.data[0].resultCode).toBe('NotAllowedDevice');
    expect(door.body.data[0].errorProperties.message).toMatch(/PIN/);
    expect(cluster(await dev('door'), 'main', 'DoorLock').LockState).toBe(1);
    await h.api('/api/v1/homes/demo/devices/gas/commands', {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'main', cluster: 'ValveConfigurationAndControl', command: 'Close' }),
    });
    const gas = await nugu.directive('OpenCloseControl', 'Open', 'gas');
    expect(gas.body.data[0].resultCode).toBe('NotAllowedDevice');
    expect(cluster(await dev('gas'), 'main', 'ValveConfigurationAndControl').CurrentState).toBe(0);
  });

  it("answers bad tokens and bodies with NUGU's global error shape, never a 5xx", async () => {
    const bad = await nugu.discover('nope');
    expect(bad).toMatchObject({ status: 401, body: { error: { code: 401 } } });
    const badDirective = await nugu.directive('PowerControl', 'TurnOn', 'living-light', null, 'nope');
    expect(badDirective.status).toBe(401);
    const state = await nugu.directive('PowerControl', 'GetPowerState', 'living-light');
    expect(state.body.data[0].properties.power).toBe('ON');
    const unknown = await nugu.directive('Teleport', 'Go', 'living-light');
    expect(unknown.body.data[0].resultCode).toBe('NotSupportedDirective');
    const missing = await nugu.directive('PowerControl', 'TurnOn', 'no-such');
    expect(missing.body.data[0].resultCode).toBe('DeviceNotFound');
    const res = await fetch(`${h.url}/partners/nugu/nugu/v1/devices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{broken',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.code).toBe(400);
    const noDevice = await fetch(
      `${h.url}/partners/nugu/nugu/v1/capabilities/PowerControl/directives/TurnOn`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: nugu.tokens?.accessToken, action: {} }),
      },
    );
    expect(noDevice.status).toBe(400);
  });
});
