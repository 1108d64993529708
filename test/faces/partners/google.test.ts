/**
 * Google Smart Home through the hub: the Google-side simulator links through the hub's OAuth
 * pages, discovers the demo home, runs the done-case commands, gets Google's PIN challenge and
 * errors; state changes reach the HomeGraph simulator with a JWT signed by the service account
 * whose key the hub keeps.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GoogleAssistantSimulator,
  type HomeGraphSimulator,
  startHomeGraphSimulator,
} from '../../../src/simulators/google-home/index.js';
import { type TestHub, tempDir } from '../../support/hub.js';
import { DEMO_DEVICE_COUNT, ownerApproves, partnerClient, startPartnerHub } from './support.js';

let h: TestHub;
let hg: HomeGraphSimulator;
let google: GoogleAssistantSimulator<any>;
const C = 'action.devices.commands.';

const dev = async (id: string) => (await h.api(`/api/v1/homes/demo/devices/${id}`)).body;
const cluster = (d: any, ep: string, c: string) => d.endpoints.find((e: any) => e.id === ep).clusters[c];

beforeAll(async () => {
  hg = await startHomeGraphSimulator();
  const dir = tempDir('yd-google-');
  const keyFile = join(dir, 'service-account.json');
  writeFileSync(keyFile, hg.serviceAccountKey(), { mode: 0o600 });
  h = await startPartnerHub({ partners: { google: { homegraph: { url: hg.url, keyFile } } } });
  const linking = await partnerClient(h, 'Google', 'https://oauth-redirect.googleusercontent.com/r/yeondong');
  google = new GoogleAssistantSimulator<any>({
    fulfillmentUrl: `${h.url}/partners/google/fulfillment`,
    linking,
  });
  await google.link(ownerApproves(h));
});

afterAll(async () => {
  await h?.stop();
  await hg?.stop();
});

describe('Google Smart Home face', () => {
  it('SYNC lists the whole demo home with Korean names, nicknames and rooms', async () => {
    const r = await google.sync();
    expect(r.status).toBe(200);
    expect(r.body.payload.agentUserId).toBe('demo');
    const devices = r.body.payload.devices as any[];
    expect(devices).toHaveLength(DEMO_DEVICE_COUNT);
    const light = devices.find((d) => d.id === 'living-light');
    expect(light.type).toBe('action.devices.types.LIGHT');
    expect(light.name).toMatchObject({ name: '거실 조명', nicknames: ['거실 불', '거실 전등'] });
    expect(light.roomHint).toBe('거실');
    expect(light.traits).toEqual(
      expect.arrayContaining([
        'action.devices.traits.OnOff',
        'action.devices.traits.Brightness',
        'action.devices.traits.ColorSetting',
      ]),
    );
    const fridge = devices.find((d) => d.id === 'fridge');
    expect(fridge.traits).toContain('action.devices.traits.TemperatureControl');
    expect(fridge.attributes.temperatureRange).toEqual({ minThresholdCelsius: 1, maxThresholdCelsius: 7 });
    expect(devices.find((d) => d.id === 'door').traits).toContain('action.devices.traits.LockUnlock');
    expect(devices.find((d) => d.id === 'settop').attributes.availableChannels).toContainEqual(
      expect.objectContaining({ key: '9', names: expect.arrayContaining(['KBS1']) }),
    );
  });

  it('turns on the living-room light, and the change is reported to HomeGraph', async () => {
    const r = await google.execute(['living-light'], `${C}OnOff`, { on: true });
    expect(r.body.payload.commands).toEqual([
      expect.objectContaining({ ids: ['living-light'], status: 'SUCCESS' }),
    ]);
    expect(r.body.payload.commands[0].states.on).toBe(true);
    expect(cluster(await dev('living-light'), 'main', 'OnOff').OnOff).toBe(true);
    const report = await hg.waitForReport((x) => x.deviceId === 'living-light' && x.state.on === true);
    expect(report.agentUserId).toBe('demo');
    const q = await google.query(['living-light']);
    expect(q.body.payload.devices['living-light']).toMatchObject({ online: true, on: true, brightness: 100 });
  });

  it("sets the fridge's 냉장실 to 3 °C", async () => {
    const r = await google.execute(['fridge'], `${C}SetTemperature`, { temperature: 3 });
    expect(r.body.payload.commands[0]).toMatchObject({
      status: 'SUCCESS',
      states: { temperatureSetpointCelsius: 3 },
    });
    expect(cluster(await dev('fridge'), 'refrigerator', 'TemperatureControl').TemperatureSetpoint).toBe(300);
    const out = await google.execute(['fridge'], `${C}SetTemperature`, { temperature: 30 });
    expect(out.body.payload.commands[0]).toMatchObject({ status: 'ERROR', errorCode: 'valueOutOfRange' });
  });

  it('changes the KT set-top box to KBS1 (by channel code and by name)', async () => {
    await google.execute(['settop'], `${C}selectChannel`, { channelCode: '5' });
    expect(cluster(await dev('settop'), 'main', 'Channel').CurrentChannel.Name).toBe('SBS');
    const r = await google.execute(['settop'], `${C}selectChannel`, { channelName: 'KBS1' });
    expect(r.body.payload.commands[0].status).toBe('SUCCESS');
    expect(cluster(await dev('settop'), 'main', 'Channel').CurrentChannel.Name).toBe('KBS1');
  });

  it("unlocks the door only with the household PIN (Google's two-factor challenge)", async () => {
    const none = await google.execute(['door'], `${C}LockUnlock`, { lock: false });
    expect(none.body.payload.commands[0]).toMatchObject({
      status: 'ERROR',
      errorCode: 'challengeNeeded',
      challengeNeeded: { type: 'pinNeeded' },
    });
    const wrong = await google.execute(['door'], `${C}LockUnlock`, { lock: false }, '0000');
    expect(wrong.body.payload.commands[0].challengeNeeded).toEqual({ type: 'challengeFailedPinNeeded' });
    expect(cluster(await dev('door'), 'main', 'DoorLock').LockState).toBe(1);
    const right = await google.execute(['door'], `${C}LockUnlock`, { lock: false }, '0512');
    expect(right.body.payload.commands[0]).toMatchObject({ status: 'SUCCESS', states: { isLocked: false } });
    await google.execute(['door'], `${C}LockUnlock`, { lock: true });
  });

  it('refuses to open the gas valve', async () => {
    await h.api('/api/v1/homes/demo/devices/gas/commands', {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'main', cluster: 'ValveConfigurationAndControl', command: 'Close' }),
    });
    const r = await google.execute(['gas'], `${C}OpenClose`, { openPercent: 100 });
    expect(r.body.payload.commands[0]).toMatchObject({ status: 'ERROR', errorCode: 'securityRestriction' });
    expect(cluster(await dev('gas'), 'main', 'ValveConfigurationAndControl').CurrentState).toBe(0);
  });

  it("answers malformed or unauthenticated requests in Google's error shape, never a 5xx", async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${h.url}/partners/google/fulfillment`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${google.tokens?.accessToken}`,
          ...headers,
        },
        body,
      });
    const cases = [
      await post('{not json'),
      await post('[]'),
      await post(JSON.stringify({ requestId: 'r1', inputs: [] })),
      await post(JSON.stringify({ requestId: 'r2', inputs: [{ intent: 'action.devices.NOPE' }] })),
      await post(
        JSON.stringify({
          requestId: 'r3',
          inputs: [{ intent: 'action.devices.EXECUTE', payload: { commands: [7] } }],
        }),
      ),
      await post('x', { 'content-type': 'text/plain' }),
    ];
    for (const res of cases) {
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).payload.errorCode).toBe('protocolError');
    }
    const anon = await google.send('action.devices.SYNC', undefined, 'not-a-token');
    expect(anon.status).toBe(401);
    expect(anon.body.payload.errorCode).toBe('authFailure');
    const unknown = await google.execute(['no-such-device'], `${C}OnOff`, { on: true });
    expect(unknown.body.payload.commands[0]).toMatchObject({ status: 'ERROR', errorCode: 'deviceNotFound' });
    const odd = await google.execute(['living-light'], `${C}OnOff`, { on: 'yes' });
    expect(odd.body.payload.commands[0]).toMatchObject({ status: 'ERROR', errorCode: 'protocolError' });
  });

  it("changes the washer's course with the Modes trait (Korean synonyms)", async () => {
    const washer = ((await google.sync()).body.payload.devices as any[]).find((d) => d.id === 'washer');
    expect(washer.traits).toContain('action.devices.traits.Modes');
    const course = washer.attributes.availableModes[0];
    expect(course.name_values[0].name_synonym).toContain('코스');
    expect(
      course.settings.find((x: any) => x.setting_name === 'Quick 30').setting_values[0].setting_synonym,
    ).toContain('쾌속');
    const r = await google.execute(['washer'], `${C}SetModes`, {
      updateModeSettings: { course: 'Quick 30' },
    });
    expect(r.body.payload.commands[0]).toMatchObject({
      status: 'SUCCESS',
      states: { currentModeSettings: { course: 'Quick 30' } },
    });
    expect(cluster(await dev('washer'), 'main', 'LaundryWasherMode').CurrentMode).toBe(1);
  });

  it("acts as the linked assistant: a client linked to kakao gets kakao's grants", async () => {
    const linking = await partnerClient(
      h,
      'Kakao via Google',
      'https://oauth-redirect.googleusercontent.com/r/kakao',
      'kakao',
    );
    const asKakao = new GoogleAssistantSimulator<any>({
      fulfillmentUrl: `${h.url}/partners/google/fulfillment`,
      linking,
    });
    await asKakao.link(ownerApproves(h));
    const ids = ((await asKakao.sync()).body.payload.devices as any[]).map((d) => d.id);
    expect(ids).not.toContain('door');
    expect(ids).not.toContain('gas');
    expect(ids).not.toContain('heat-living');
    expect(ids).toContain('living-light');
    const r = await asKakao.execute(['door'], `${C}LockUnlock`, { lock: false }, '0512');
    expect(r.body.payload.commands[0]).toMatchObject({ status: 'ERROR', errorCode: 'deviceNotFound' });
  });

  it('DISCONNECT stops the reports', async () => {
    const r = await google.disconnect();
    expect(r.status).toBe(200);
    const before = hg.reports.length;
    await h.api('/api/v1/homes/demo/devices/kitchen-light/commands', {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'main', cluster: 'OnOff', command: 'Off' }),
    });
    await new Promise((ok) => setTimeout(ok, 300));
    expect(hg.reports.length).toBe(before);
  });
});
