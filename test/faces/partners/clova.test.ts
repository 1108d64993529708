/**
 * Clova Home through the hub: the CEK simulator links through the hub's OAuth pages (as the
 * household's 클로바), discovers the demo home, runs the done-case requests, and is refused what
 * needs the PIN or is forbidden; requests are signed with CEK's key and a bad signature is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClovaCekSimulator } from '../../../src/simulators/clova-cek/index.js';
import type { TestHub } from '../../support/hub.js';
import { DEMO_DEVICE_COUNT, ownerApproves, partnerClient, startPartnerHub } from './support.js';

let h: TestHub;
const clova = new ClovaCekSimulator<any>();

const dev = async (id: string) => (await h.api(`/api/v1/homes/demo/devices/${id}`)).body;
const cluster = (d: any, ep: string, c: string) => d.endpoints.find((e: any) => e.id === ep).clusters[c];

beforeAll(async () => {
  h = await startPartnerHub({ partners: { clova: { signatureKey: clova.publicKeyPem() } } });
  clova.extensionUrl = `${h.url}/partners/clova`;
  clova.linking = await partnerClient(h, 'Clova', 'https://pat.clova.ai/oauth/callback', 'clova');
  await clova.link(ownerApproves(h));
});

afterAll(async () => {
  await h?.stop();
});

describe('Clova Home face', () => {
  it('discovers the demo home with Korean names and locations', async () => {
    const r = await clova.discover();
    expect(r.status).toBe(200);
    expect(r.body.header).toMatchObject({ name: 'DiscoverAppliancesResponse', namespace: 'ClovaHome' });
    const list = r.body.payload.discoveredAppliances as any[];
    expect(list).toHaveLength(DEMO_DEVICE_COUNT);
    const light = list.find((a) => a.applianceId === 'living-light');
    expect(light).toMatchObject({ friendlyName: '거실 조명', location: '거실', applianceTypes: ['LIGHT'] });
    expect(light.actions).toEqual(expect.arrayContaining(['TurnOn', 'TurnOff', 'SetBrightness']));
    expect(list.find((a) => a.applianceId === 'fridge').actions).toContain('SetTargetTemperature');
  });

  it('turns on the living-room light', async () => {
    const r = await clova.control('TurnOn', 'living-light');
    expect(r.body.header.name).toBe('TurnOnConfirmation');
    expect(cluster(await dev('living-light'), 'main', 'OnOff').OnOff).toBe(true);
  });

  it("sets the fridge's 냉장실 to 3 °C and reads it back", async () => {
    const r = await clova.control('SetTargetTemperature', 'fridge', {
      targetTemperature: { value: 3, location: '냉장실' },
    });
    expect(r.body).toMatchObject({
      header: { name: 'SetTargetTemperatureConfirmation' },
      payload: { targetTemperature: { value: 3 } },
    });
    expect(cluster(await dev('fridge'), 'refrigerator', 'TemperatureControl').TemperatureSetpoint).toBe(300);
    const q = await clova.control('GetTargetTemperature', 'fridge');
    expect(q.body.payload.targetTemperature.value).toBe(3);
    const out = await clova.control('SetTargetTemperature', 'fridge', { targetTemperature: { value: 30 } });
    expect(out.body).toMatchObject({
      header: { name: 'ValueOutOfRangeError' },
      payload: { minimumValue: 1, maximumValue: 7 },
    });
  });

  it('changes the KT set-top box to KBS1 and steps its volume', async () => {
    const r = await clova.control('SetChannel', 'settop', { channel: { value: 'KBS1' } });
    expect(r.body.payload).toMatchObject({ channel: { value: '9' }, channelName: 'KBS1' });
    expect(cluster(await dev('settop'), 'main', 'Channel').CurrentChannel.Name).toBe('KBS1');
    const before = cluster(await dev('settop'), 'speaker', 'LevelControl').CurrentLevel;
    await clova.control('IncrementVolume', 'settop', { deltaVolume: { value: 2 } });
    expect(cluster(await dev('settop'), 'speaker', 'LevelControl').CurrentLevel).toBe(before + 2);
  });

  it('refuses a door unlock (no PIN challenge in Clova Home) and a gas-valve open', async () => {
    const door = await clova.control('Unlock', 'door');
    expect(door.body.header.name).toBe('ConditionsNotMetError');
    expect(cluster(await dev('door'), 'main', 'DoorLock').LockState).toBe(1);
    await h.api('/api/v1/homes/demo/devices/gas/commands', {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'main', cluster: 'ValveConfigurationAndControl', command: 'Close' }),
    });
    const gas = await clova.control('Open', 'gas');
    expect(gas.body.header.name).toBe('UnsupportedOperationError');
    expect(cluster(await dev('gas'), 'main', 'ValveConfigurationAndControl').CurrentState).toBe(0);
  });

  it("answers bad signatures, tokens and bodies with Clova's errors, never a 5xx", async () => {
    const unsigned = await clova.send('DiscoverAppliances', {}, { signature: false });
    expect(unsigned.status).toBe(401);
    const forged = await clova.send(
      'DiscoverAppliances',
      {},
      { signature: Buffer.from('x').toString('base64') },
    );
    expect(forged.status).toBe(401);
    const badToken = await clova.send('DiscoverAppliances', {}, { token: 'nope' });
    expect(badToken.body.header.name).toBe('InvalidAccessTokenError');
    const unknown = await clova.control('TurnOn', 'no-such-thing');
    expect(unknown.body.header.name).toBe('NoSuchTargetError');
    const odd = await clova.control('Levitate', 'living-light');
    expect(odd.body.header.name).toBe('UnsupportedOperationError');
    const res = await fetch(clova.extensionUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(res.status).toBeLessThan(500);
    expect(((await res.json()) as any).header.name).toBe('UnexpectedInformationReceivedError');
  });
});
