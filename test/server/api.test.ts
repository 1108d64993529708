/**
 * The hub spine end to end through the HTTP API: the demo home with its simulators over real HTTP,
 * the contract's device shapes, the seed's cross-vendor scenario, errors, and restart persistence.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOME, startTestHub, type TestHub } from '../support/hub.js';

let h: TestHub;

const LG_HEADERS = {
  authorization: 'Bearer test',
  'x-country': 'KR',
  'x-client-id': 'test',
  'x-api-key': 'test',
  'x-service-phase': 'OP',
};

/** The LG simulator's own view of the fridge (LG's shapes), read over its REST API. */
async function lgFridgeState(): Promise<unknown> {
  const base = h.hub.home('demo')?.runtime.simulatorUrl('lg');
  const res = await fetch(`${base}/devices/lg-fridge-01/state`, {
    headers: { ...LG_HEADERS, 'x-message-id': randomBytes(16).toString('base64url') },
  });
  return ((await res.json()) as { response: unknown }).response;
}

function fridgeTargetC(state: unknown): number | undefined {
  const list = (
    state as { temperatureInUnits?: Array<{ locationName: string; targetTemperatureC?: number }> }
  ).temperatureInUnits;
  return list?.find((t) => t.locationName === 'FRIDGE')?.targetTemperatureC;
}

const command = (device: string, body: unknown, headers: Record<string, string> = {}) =>
  h.api(`/api/v1/homes/demo/devices/${device}/commands`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers,
  });

const endpointByTag = (device: any, tag: string) => device.endpoints.find((e: any) => e.tags.includes(tag));

const device = async (id: string) => (await h.api(`/api/v1/homes/demo/devices/${id}`)).body;

/** SetTemperature on the fridge's refrigerator cabinet (found by its tag, as a client would). */
async function setFridgeCabinet(centi: number) {
  const ep = endpointByTag(await device('fridge'), 'Refrigerator').id;
  const r = await command('fridge', {
    endpoint: ep,
    cluster: 'TemperatureControl',
    command: 'SetTemperature',
    args: { TargetTemperature: centi },
  });
  return { ep, r };
}

/** The setpoint of the fridge's refrigerator cabinet as the hub shows it. */
const fridgeCabinetSetpoint = async () =>
  endpointByTag(await device('fridge'), 'Refrigerator').clusters.TemperatureControl.TemperatureSetpoint;

const settopChannel = async () => (await device('settop')).endpoints[0].clusters.Channel.CurrentChannel;

const converse = (text: string, satellite: string) =>
  h.api('/api/v1/homes/demo/conversation', { method: 'POST', body: JSON.stringify({ text, satellite }) });

beforeAll(async () => {
  h = await startTestHub({ homes: [DEMO_HOME] });
});
afterAll(async () => {
  await h?.stop();
});

describe('devices', () => {
  it('shows every LG and KT device with the shape home-file.md gives', async () => {
    const { status, body } = await h.api('/api/v1/homes/demo/devices');
    expect(status).toBe(200);
    const byId = new Map(body.map((d: any) => [d.id, d]));
    const fridge: any = byId.get('fridge');
    expect(fridge).toMatchObject({
      name: '냉장고',
      area: 'kitchen',
      connection: 'lg',
      online: true,
      deviceType: 'Refrigerator',
    });
    const fr = endpointByTag(fridge, 'Refrigerator');
    expect(fr.deviceTypes).toEqual(['TemperatureControlledCabinet']);
    expect(fr.clusters.TemperatureControl).toMatchObject({
      TemperatureSetpoint: 400,
      MinTemperature: 100,
      MaxTemperature: 700,
      Step: 100,
    });
    expect(fr.clusters.TemperatureMeasurement.MeasuredValue).toEqual(expect.any(Number));
    const fz = endpointByTag(fridge, 'Freezer');
    expect(fz.clusters.TemperatureControl).toMatchObject({
      TemperatureSetpoint: -1800,
      MinTemperature: -2300,
      MaxTemperature: -1500,
      Step: 100,
    });
    const main = fridge.endpoints.find((e: any) => e.deviceTypes.includes('Refrigerator'));
    const modes = main.clusters.RefrigeratorAndTemperatureControlledCabinetMode.SupportedModes;
    expect(modes.some((m: any) => m.ModeTags.includes('RapidCool'))).toBe(true);
    expect(main.clusters.RefrigeratorAlarm.State & 1).toBe(0);

    expect(byId.get('aircon')).toMatchObject({ deviceType: 'RoomAirConditioner', online: true });
    const ac: any = byId.get('aircon');
    expect(ac.endpoints[0].clusters.Thermostat).toMatchObject({
      OccupiedCoolingSetpoint: 2400,
      MinCoolSetpointLimit: 1800,
      MaxCoolSetpointLimit: 3000,
      SystemMode: 3,
    });
    expect(ac.endpoints[0].clusters.OnOff.OnOff).toBe(false);
    expect(byId.get('washer')).toMatchObject({ deviceType: 'LaundryWasher' });
    expect((byId.get('washer') as any).endpoints[0].clusters.OperationalState.OperationalState).toBe(0);
    const purifier: any = byId.get('purifier');
    expect(purifier.deviceType).toBe('AirPurifier');
    expect(purifier.endpoints[0].clusters.OnOff.OnOff).toBe(false);
    expect(purifier.endpoints[0].clusters.Pm25ConcentrationMeasurement.MeasuredValue).toBe(12);

    const stb: any = byId.get('settop');
    expect(stb).toMatchObject({
      deviceType: 'BasicVideoPlayer',
      connection: 'kt',
      area: 'living',
      online: true,
    });
    const player = stb.endpoints.find((e: any) => e.deviceTypes.includes('BasicVideoPlayer'));
    expect(player.clusters.OnOff.OnOff).toBe(true);
    expect(player.clusters.Channel.CurrentChannel).toMatchObject({ MajorNumber: 11, Name: 'MBC' });
    expect(player.clusters.Channel.ChannelList).toContainEqual(
      expect.objectContaining({ MajorNumber: 9, Name: 'KBS1' }),
    );
    const speaker = stb.endpoints.find((e: any) => e.deviceTypes.includes('Speaker'));
    expect(speaker.clusters.LevelControl).toMatchObject({ CurrentLevel: 12, MinLevel: 0, MaxLevel: 100 });
    expect(speaker.clusters.OnOff.OnOff).toBe(true);
  });

  it('answers one device, and 404 for an unknown one', async () => {
    expect((await device('fridge')).id).toBe('fridge');
    const r = await h.api('/api/v1/homes/demo/devices/nope');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('unknown-device');
  });
});

describe('commands', () => {
  it('sets the fridge to 3 °C through ThinQ: reads back 300 and the simulator says 3 °C', async () => {
    const { r } = await setFridgeCabinet(300);
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('success');
    expect(await fridgeCabinetSetpoint()).toBe(300);
    expect(fridgeTargetC(await lgFridgeState())).toBe(3);
  });

  it('refuses 1000 with 422 value-out-of-range and changes nothing', async () => {
    const before = fridgeTargetC(await lgFridgeState());
    const { r } = await setFridgeCabinet(1000);
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('value-out-of-range');
    expect(fridgeTargetC(await lgFridgeState())).toBe(before);
    expect(await fridgeCabinetSetpoint()).toBe(before ? before * 100 : undefined);
  });

  it('changes the KT set-top box to channel 9 through cloud-to-cloud', async () => {
    const r = await command('settop', {
      endpoint: 'main',
      cluster: 'Channel',
      command: 'ChangeChannelByNumber',
      args: { MajorNumber: 9, MinorNumber: 0 },
    });
    expect(r.status).toBe(200);
    expect(await settopChannel()).toMatchObject({ MajorNumber: 9, Name: 'KBS1' });
  });

  it('answers bad input with a 4xx and changes nothing', async () => {
    const cases: Array<[unknown, number, string]> = [
      [{ endpoint: 'main', cluster: 'Channel' }, 400, 'invalid-request'],
      [
        {
          endpoint: 'main',
          cluster: 'Channel',
          command: 'ChangeChannelByNumber',
          args: { MajorNumber: '9' },
        },
        400,
        'invalid-request',
      ],
      [
        {
          endpoint: 'main',
          cluster: 'Channel',
          command: 'ChangeChannelByNumber',
          args: { MajorNumber: 9 },
          extra: 1,
        },
        400,
        'invalid-request',
      ],
      [{ endpoint: 'main', cluster: 'Channel', command: 'Explode', args: {} }, 400, 'unknown-command'],
      [
        { endpoint: 'nowhere', cluster: 'Channel', command: 'SkipChannel', args: { Count: 1 } },
        400,
        'unknown-endpoint',
      ],
      [{ endpoint: 'main', cluster: 'DoorLock', command: 'LockDoor', args: {} }, 400, 'unknown-cluster'],
      [
        { endpoint: 'main', cluster: 'Channel', command: 'ChangeChannelByNumber', args: { MajorNumber: 77 } },
        422,
        'value-out-of-range',
      ],
    ];
    for (const [body, status, code] of cases) {
      const r = await command('settop', body);
      expect([r.status, r.body.error?.code], JSON.stringify(body)).toEqual([status, code]);
    }
    const raw = await h.api('/api/v1/homes/demo/devices/settop/commands', {
      method: 'POST',
      body: '{"endpoint": ',
    });
    expect(raw.status).toBe(400);
    expect(raw.body.error.code).toBe('invalid-request');
    expect((await settopChannel()).MajorNumber).toBe(9);
  });

  it('does not run a command twice under the same Idempotency-Key', async () => {
    const key = `k-${Date.now()}`;
    const body = {
      endpoint: 'speaker',
      cluster: 'LevelControl',
      command: 'Step',
      args: { StepMode: 0, StepSize: 1 },
    };
    const before = (await device('settop')).endpoints[1].clusters.LevelControl.CurrentLevel;
    const a = await command('settop', body, { 'idempotency-key': key });
    const b = await command('settop', body, { 'idempotency-key': key });
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    const after = (await device('settop')).endpoints[1].clusters.LevelControl.CurrentLevel;
    expect(after).toBe(before + 1);
  });
});

describe('conversation: the seed scenario', () => {
  it('지니야, 냉장고 온도 3도로 낮춰줘 from the GiGA Genie speaker sets the LG fridge', async () => {
    const { ep } = await setFridgeCabinet(500);
    const r = await converse('지니야, 냉장고 온도 3도로 낮춰줘', 'genie-speaker');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ assistant: 'genie', understood: true, needsInput: null });
    expect(r.body.actions).toEqual([
      expect.objectContaining({
        deviceId: 'fridge',
        endpoint: ep,
        cluster: 'TemperatureControl',
        command: 'SetTemperature',
        status: 'success',
      }),
    ]);
    expect(r.body.response.text).toMatch(/냉장고.*3도/);
    expect(fridgeTargetC(await lgFridgeState())).toBe(3);
  });

  it('하이 엘지, 지니 TV 채널 KBS1으로 바꿔줘 from the fridge changes the KT set-top box', async () => {
    await command('settop', {
      endpoint: 'main',
      cluster: 'Channel',
      command: 'ChangeChannelByNumber',
      args: { MajorNumber: 11 },
    });
    const r = await converse('하이 엘지, 지니 TV 채널 KBS1으로 바꿔줘', 'fridge-voice');
    expect(r.body).toMatchObject({ assistant: 'thinq', understood: true });
    expect(r.body.actions[0]).toMatchObject({ deviceId: 'settop', cluster: 'Channel', status: 'success' });
    expect(r.body.response.text).toMatch(/(KBS1|9)/);
    expect((await settopChannel()).MajorNumber).toBe(9);
  });

  it('ignores the wake word of an assistant the satellite does not carry', async () => {
    const r = await converse('헤이 카카오, 냉장고 온도 4도로 맞춰줘', 'fridge-voice');
    expect(r.body).toMatchObject({ assistant: null, understood: false, actions: [] });
  });

  it('refuses an unknown satellite with 400', async () => {
    const r = await converse('지니야 불 켜', 'nope');
    expect(r.status).toBe(400);
  });
});

describe('access', () => {
  it('needs a token, and treats an unknown home as not found', async () => {
    expect((await h.api('/api/v1/homes/demo/devices', { token: null })).status).toBe(401);
    expect((await h.api('/api/v1/homes/demo/devices', { token: 'yd_wrong' })).status).toBe(401);
    const r = await h.api('/api/v1/homes/elsewhere/devices');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('unknown-home');
  });

  it('describes itself in OpenAPI', async () => {
    const r = await h.api('/api/v1/openapi.json', { token: null });
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/homes/{home}/devices',
        '/api/v1/homes/{home}/devices/{id}/commands',
        '/api/v1/homes/{home}/conversation',
      ]),
    );
  });
});
