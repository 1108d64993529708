import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startThinqSimulator, type ThinqSimulator } from '../../src/simulators/thinq/index.js';
import { demoConnection } from '../support/connections.js';

/** The demo home's LG appliances. */
const DEVICES = demoConnection('lg').simulator.devices;
const TOKEN = 'pat-test';

const lgHeaders = (extra: Record<string, string> = {}): Record<string, string> => ({
  authorization: `Bearer ${TOKEN}`,
  'x-country': 'KR',
  'x-message-id': randomBytes(16).toString('base64url'),
  'x-client-id': 'test-client',
  'x-api-key': 'test-key',
  'x-service-phase': 'OP',
  ...extra,
});

interface Reply {
  status: number;
  body: {
    messageId?: string;
    timestamp?: string;
    response?: any;
    error?: { code: string; message: string };
  };
}

let sim: ThinqSimulator;

async function call(method: string, path: string, body?: unknown, headers = lgHeaders()): Promise<Reply> {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Reply['body'] };
}

const control = (id: string, body: unknown) =>
  call('POST', `/devices/${id}/control`, body, lgHeaders({ 'x-conditional-control': 'true' }));

async function simPost(path: string, body: unknown): Promise<any> {
  const res = await fetch(`${sim.url}/__sim/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return res.json();
}

async function simState(id: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${sim.url}/__sim/devices/${id}`);
  return ((await res.json()) as { state: Record<string, unknown> }).state;
}

beforeEach(async () => {
  sim = (await startThinqSimulator({ devices: DEVICES, token: TOKEN })) as ThinqSimulator;
});

afterEach(async () => {
  await sim.stop();
});

describe('thinq simulator: API shapes', () => {
  it('lists devices in an LG envelope that echoes the message id', async () => {
    const headers = lgHeaders();
    const { status, body } = await call('GET', '/devices', undefined, headers);
    expect(status).toBe(200);
    expect(body.messageId).toBe(headers['x-message-id']);
    expect(typeof body.timestamp).toBe('string');
    expect(body.response).toHaveLength(4);
    expect(body.response[0]).toEqual({
      deviceId: 'lg-fridge-01',
      deviceInfo: {
        deviceType: 'DEVICE_REFRIGERATOR',
        modelName: 'DIOS M874',
        alias: 'DIOS M874',
        reportable: true,
      },
    });
    expect(body.response.map((d: any) => d.deviceInfo.deviceType)).toEqual([
      'DEVICE_REFRIGERATOR',
      'DEVICE_AIR_CONDITIONER',
      'DEVICE_WASHER',
      'DEVICE_AIR_PURIFIER',
    ]);
  });

  it('gives the refrigerator profile with LG ranges per location', async () => {
    const { body } = await call('GET', '/devices/lg-fridge-01/profile');
    const temps = body.response.property.temperatureInUnits;
    const fridge = temps.find((t: any) => t.locationName === 'FRIDGE');
    const freezer = temps.find((t: any) => t.locationName === 'FREEZER');
    expect(fridge.targetTemperatureC).toMatchObject({ type: 'range', mode: ['r', 'w'] });
    expect(fridge.targetTemperatureC.value.w).toMatchObject({ min: 1, max: 7, step: 1 });
    expect(freezer.targetTemperatureC.value.w).toMatchObject({ min: -23, max: -15, step: 1 });
    expect(body.response.property.refrigeration.expressMode.type).toBe('boolean');
    expect(body.response.property.doorStatus[0].locationName).toBe('MAIN');
  });

  it('gives the refrigerator state from the seed', async () => {
    const { body } = await call('GET', '/devices/lg-fridge-01/state');
    expect(body.response.doorStatus).toEqual([{ locationName: 'MAIN', doorState: 'CLOSE' }]);
    expect(body.response.temperatureInUnits[0]).toMatchObject({
      locationName: 'FRIDGE',
      targetTemperatureC: 4,
      unit: 'C',
    });
    expect(body.response.temperatureInUnits[1]).toMatchObject({
      locationName: 'FREEZER',
      targetTemperatureC: -18,
    });
    expect(body.response.refrigeration).toEqual({ expressMode: false, rapidFreeze: false });
  });

  it('answers 1205 for an unknown device', async () => {
    const { status, body } = await call('GET', '/devices/nope/state');
    expect(status).toBe(404);
    expect(body.error?.code).toBe('1205');
  });
});

describe('thinq simulator: headers, the LG way', () => {
  it('refuses a missing or wrong token with 1103', async () => {
    const { authorization: _, ...noAuth } = lgHeaders();
    expect((await call('GET', '/devices', undefined, noAuth)).body.error?.code).toBe('1103');
    const wrong = await call('GET', '/devices', undefined, lgHeaders({ authorization: 'Bearer other' }));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.code).toBe('1103');
  });

  it('accepts any token when none is configured', async () => {
    await sim.stop();
    sim = (await startThinqSimulator({ devices: DEVICES })) as ThinqSimulator;
    const { status } = await call(
      'GET',
      '/devices',
      undefined,
      lgHeaders({ authorization: 'Bearer whatever' }),
    );
    expect(status).toBe(200);
  });

  it.each(['x-country', 'x-client-id', 'x-api-key', 'x-service-phase'])(
    'refuses a request without %s (1216)',
    async (name) => {
      const headers = lgHeaders();
      delete headers[name];
      const { status, body } = await call('GET', '/devices', undefined, headers);
      expect(status).toBe(400);
      expect(body.error?.code).toBe('1216');
      expect(body.error?.message).toContain(name);
    },
  );

  it('refuses a malformed message id with 1104', async () => {
    const { body } = await call('GET', '/devices', undefined, lgHeaders({ 'x-message-id': 'short' }));
    expect(body.error?.code).toBe('1104');
  });

  it('requires x-conditional-control on control', async () => {
    const { body } = await call('POST', '/devices/lg-fridge-01/control', {
      refrigeration: { expressMode: true },
    });
    expect(body.error?.code).toBe('1216');
    expect(await simState('lg-fridge-01')).toMatchObject({ expressMode: false });
  });

  it('answers 1306 beyond the rate limit', async () => {
    await simPost('faults', { maxCallsPerSecond: 2 });
    expect((await call('GET', '/devices')).status).toBe(200);
    expect((await call('GET', '/devices')).status).toBe(200);
    const third = await call('GET', '/devices');
    expect(third.status).toBe(429);
    expect(third.body.error?.code).toBe('1306');
  });
});

describe('thinq simulator: refrigerator', () => {
  it('sets the fridge temperature within 1–7 °C', async () => {
    const ok = await control('lg-fridge-01', {
      temperatureInUnits: { locationName: 'FRIDGE', targetTemperatureC: 3, unit: 'C' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.response).toEqual({});
    expect(await simState('lg-fridge-01')).toMatchObject({ fridgeC: 3 });
  });

  it.each([
    ['FRIDGE', 8],
    ['FRIDGE', 0],
    ['FRIDGE', 3.5],
    ['FREEZER', -24],
    ['FREEZER', -14],
    ['FRIDGE', '3'],
  ])('refuses %s at %s with 1102 and changes nothing', async (locationName, targetTemperatureC) => {
    const { status, body } = await control('lg-fridge-01', {
      temperatureInUnits: { locationName, targetTemperatureC },
    });
    expect(status).toBe(400);
    expect(body.error?.code).toBe('1102');
    expect(await simState('lg-fridge-01')).toMatchObject({ fridgeC: 4, freezerC: -18 });
  });

  it('refuses unknown resources and read-only properties with 2201', async () => {
    expect((await control('lg-fridge-01', { ecoFriendly: { ecoFriendlyMode: true } })).body.error?.code).toBe(
      '2201',
    );
    expect(
      (await control('lg-fridge-01', { doorStatus: { locationName: 'MAIN', doorState: 'OPEN' } })).body.error
        ?.code,
    ).toBe('2201');
  });

  it('turns express mode on', async () => {
    await control('lg-fridge-01', { refrigeration: { expressMode: true } });
    const { body } = await call('GET', '/devices/lg-fridge-01/state');
    expect(body.response.refrigeration.expressMode).toBe(true);
  });

  it('reports an open door, and the fridge warms while it is open', async () => {
    await simPost('devices/lg-fridge-01', { state: { doorOpen: true } });
    await simPost('advance', { seconds: 600 });
    const { body } = await call('GET', '/devices/lg-fridge-01/state');
    expect(body.response.doorStatus[0].doorState).toBe('OPEN');
    expect(body.response.temperatureInUnits[0].currentTemperatureC).toBeGreaterThan(6);
  });

  it('moves time forward only: a negative step is refused and changes nothing', async () => {
    const before = await call('GET', '/devices/lg-fridge-01/state');
    for (const seconds of [-600, -0.5]) {
      const res = await fetch(`${sim.url}/__sim/advance`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ seconds }),
      });
      expect(res.status).toBe(400);
    }
    const after = await call('GET', '/devices/lg-fridge-01/state');
    expect(after.body.response.temperatureInUnits).toEqual(before.body.response.temperatureInUnits);
  });

  it('drifts the measured temperature toward a new setpoint', async () => {
    await control('lg-fridge-01', { temperatureInUnits: { locationName: 'FRIDGE', targetTemperatureC: 1 } });
    await simPost('advance', { seconds: 3600 });
    const { body } = await call('GET', '/devices/lg-fridge-01/state');
    expect(body.response.temperatureInUnits[0].currentTemperatureC).toBeCloseTo(1, 0);
  });

  it('answers 1222 for a disconnected appliance, which stays listed', async () => {
    await simPost('devices/lg-fridge-01', { connected: false });
    expect((await call('GET', '/devices/lg-fridge-01/state')).body.error?.code).toBe('1222');
    expect((await control('lg-fridge-01', { refrigeration: { expressMode: true } })).body.error?.code).toBe(
      '1222',
    );
    expect((await call('GET', '/devices')).body.response).toHaveLength(4);
  });

  it('fails the next call with an injected LG code', async () => {
    await simPost('faults', { failNext: { code: '2208' } });
    expect((await control('lg-fridge-01', { refrigeration: { expressMode: true } })).body.error?.code).toBe(
      '2208',
    );
    expect((await call('GET', '/devices')).status).toBe(200);
  });
});

describe('thinq simulator: air conditioner', () => {
  const ac = 'lg-ac-01';
  it('refuses wind while off (2304) and accepts it once on', async () => {
    expect((await control(ac, { airFlow: { windStrength: 'HIGH' } })).body.error?.code).toBe('2304');
    expect((await control(ac, { operation: { airConOperationMode: 'POWER_ON' } })).status).toBe(200);
    expect((await control(ac, { airFlow: { windStrength: 'HIGH' } })).status).toBe(200);
    const { body } = await call('GET', `/devices/${ac}/state`);
    expect(body.response).toMatchObject({
      operation: { airConOperationMode: 'POWER_ON' },
      airFlow: { windStrength: 'HIGH' },
    });
  });

  it('enforces 18–30 °C and refuses a target in fan mode (2305)', async () => {
    expect((await control(ac, { temperature: { targetTemperature: 31 } })).body.error?.code).toBe('1102');
    expect((await control(ac, { temperature: { targetTemperature: 20 } })).status).toBe(200);
    await control(ac, { airConJobMode: { currentJobMode: 'FAN' } });
    expect((await control(ac, { temperature: { targetTemperature: 22 } })).body.error?.code).toBe('2305');
    expect(await simState(ac)).toMatchObject({ targetC: 20, mode: 'FAN' });
  });

  it('cools the room toward the target while on', async () => {
    await control(ac, { operation: { airConOperationMode: 'POWER_ON' } });
    await control(ac, { temperature: { targetTemperature: 22 } });
    await simPost('advance', { seconds: 3600 });
    const { body } = await call('GET', `/devices/${ac}/state`);
    expect(body.response.temperature.currentTemperature).toBeLessThanOrEqual(23);
  });
});

describe('thinq simulator: washer', () => {
  const w = 'lg-washer-01';
  const op = (mode: string) =>
    control(w, { location: { locationName: 'MAIN' }, operation: { washerOperationMode: mode } });

  it('answers the multi-unit profile and state shapes', async () => {
    const profile = (await call('GET', `/devices/${w}/profile`)).body.response;
    expect(Array.isArray(profile.property)).toBe(true);
    expect(profile.property[0].location).toEqual({ locationName: 'MAIN' });
    const state = (await call('GET', `/devices/${w}/state`)).body.response;
    expect(state).toMatchObject({
      location: { locationName: 'MAIN' },
      runState: { currentState: 'INITIAL' },
    });
  });

  it('counts the remaining time down while running, pauses, and ends', async () => {
    expect((await op('START')).status).toBe(200);
    let s = (await call('GET', `/devices/${w}/state`)).body.response;
    expect(s.timer).toMatchObject({ remainHour: 1, remainMinute: 0, totalHour: 1, totalMinute: 0 });
    await simPost('advance', { seconds: 25 * 60 });
    s = (await call('GET', `/devices/${w}/state`)).body.response;
    expect(s.timer).toMatchObject({ remainHour: 0, remainMinute: 35 });
    expect(s.runState.currentState).toBe('RUNNING');
    expect((await op('PAUSE')).status).toBe(200);
    await simPost('advance', { seconds: 10 * 60 });
    s = (await call('GET', `/devices/${w}/state`)).body.response;
    expect(s.runState.currentState).toBe('PAUSE');
    expect(s.timer.remainMinute).toBe(35);
    await op('START');
    await simPost('advance', { seconds: 40 * 60 });
    s = (await call('GET', `/devices/${w}/state`)).body.response;
    expect(s.runState.currentState).toBe('END');
    expect(s.timer).toMatchObject({ remainHour: 0, remainMinute: 0 });
  });

  it('counts down in real time with a time scale', async () => {
    await sim.stop();
    sim = (await startThinqSimulator({ devices: DEVICES, settings: { timeScale: 600 } })) as ThinqSimulator;
    await op('START');
    await new Promise((r) => setTimeout(r, 250));
    expect(Number((await simState(w)).remainMinutes)).toBeLessThanOrEqual(58);
  });

  it('refuses what the run state does not allow', async () => {
    expect((await op('PAUSE')).body.error?.code).toBe('2302');
    await op('START');
    expect(
      (await control(w, { location: { locationName: 'MAIN' }, course: { currentCourse: 'QUICK_30' } })).body
        .error?.code,
    ).toBe('2302');
    await simPost(`devices/${w}`, { state: { remoteControl: false } });
    expect((await op('STOP')).body.error?.code).toBe('2301');
  });
});

describe('thinq simulator: air purifier', () => {
  const p = 'lg-purifier-01';
  it('refuses wind while off, then cleans the air while on', async () => {
    expect((await control(p, { airFlow: { windStrength: 'HIGH' } })).body.error?.code).toBe('2304');
    await control(p, { operation: { airPurifierOperationMode: 'POWER_ON' } });
    await control(p, { airFlow: { windStrength: 'HIGH' } });
    await simPost('advance', { seconds: 900 });
    const { body } = await call('GET', `/devices/${p}/state`);
    expect(body.response.airFlow.windStrength).toBe('HIGH');
    expect(body.response.airQualitySensor.PM2).toBeLessThan(5);
  });
});

describe('thinq simulator: lifecycle', () => {
  it('stops at once with keep-alive connections open and restarts on the same port with its state', async () => {
    await control('lg-fridge-01', { temperatureInUnits: { locationName: 'FRIDGE', targetTemperatureC: 2 } });
    const url = sim.url;
    const t0 = performance.now();
    await sim.stop();
    expect(performance.now() - t0).toBeLessThan(500);
    await expect(fetch(`${url}/devices`, { headers: lgHeaders() })).rejects.toThrow();
    await sim.start();
    expect(sim.url).toBe(url);
    expect(await simState('lg-fridge-01')).toMatchObject({ fridgeC: 2 });
  });

  it('starts a fresh simulator on a given port', async () => {
    const port = Number(new URL(sim.url).port);
    await sim.stop();
    sim = (await startThinqSimulator({ devices: DEVICES, port })) as ThinqSimulator;
    expect(sim.url).toBe(`http://127.0.0.1:${port}`);
  });

  it('refuses seeds of types LG does not make here', async () => {
    await expect(startThinqSimulator({ devices: [{ externalId: 'x', type: 'settop' }] })).rejects.toThrow(
      /settop/,
    );
  });
});

describe('thinq simulator: state file', () => {
  const w = 'lg-washer-01';
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yeondong-thinq-'));
    file = join(dir, 'lg.json');
  });
  afterEach(async () => {
    await sim.stop(); // before the folder goes: stop writes a pending change
    rmSync(dir, { recursive: true, force: true });
  });

  /** Stops the running simulator and starts a new one, as a restarted hub does. */
  async function restart(stateFile: string | undefined = file, devices = DEVICES): Promise<void> {
    await sim.stop();
    sim = (await startThinqSimulator({ devices, token: TOKEN, stateFile })) as ThinqSimulator;
  }
  const saved = () => JSON.parse(readFileSync(file, 'utf8'));

  it('keeps what the LG API and /__sim changed across stop + start, and saves only state', async () => {
    await restart();
    await simPost('devices/lg-purifier-01', { connected: false }); // while nothing drifts
    await vi.waitFor(() => expect(saved().devices['lg-purifier-01'].connected).toBe(false));
    await control('lg-fridge-01', { temperatureInUnits: { locationName: 'FRIDGE', targetTemperatureC: 2 } });
    await control('lg-ac-01', { operation: { airConOperationMode: 'POWER_ON' } });
    await control('lg-ac-01', { airFlow: { windStrength: 'HIGH' } });
    await restart(); // right away: stop writes the pending change
    expect(await simState('lg-fridge-01')).toMatchObject({ fridgeC: 2, freezerC: -18 });
    expect(await simState('lg-ac-01')).toMatchObject({ power: true, wind: 'HIGH', targetC: 24 });
    expect((await call('GET', '/devices/lg-purifier-01/state')).body.error?.code).toBe('1222');
    expect((await call('GET', '/devices')).body.response[1].deviceInfo.modelName).toBe('WHISEN FQ18');

    const { savedAt, devices } = saved();
    expect(Date.parse(savedAt)).toBeLessThanOrEqual(Date.now());
    expect(Object.keys(devices)).toEqual(DEVICES.map((d) => d.externalId));
    expect(devices['lg-ac-01']).toEqual({
      connected: true,
      state: {
        power: true,
        targetC: 24,
        currentC: expect.any(Number),
        mode: 'COOL',
        wind: 'HIGH',
        ambientC: 27,
      },
    });
    expect(devices['lg-purifier-01'].connected).toBe(false);
    expect(JSON.stringify(devices)).not.toMatch(/WHISEN|modelName|profile/);
  });

  it('saves a running washer as simulated time passes, and it runs on while the simulator is down', async () => {
    await restart();
    await control(w, { location: { locationName: 'MAIN' }, operation: { washerOperationMode: 'START' } });
    await simPost('advance', { seconds: 25 * 60 });
    // Written a moment after the change, without a stop.
    await vi.waitFor(() =>
      expect(saved().devices[w].state).toMatchObject({ run: 'RUNNING', remainMinutes: 35, totalMinutes: 60 }),
    );

    // Saved ten minutes ago with 30 minutes left: 20 are left now.
    await sim.stop();
    const earlier = { savedAt: new Date(Date.now() - 10 * 60_000).toISOString(), devices: saved().devices };
    earlier.devices[w].state.remainMinutes = 30;
    writeFileSync(file, JSON.stringify(earlier));
    await restart();
    expect(await simState(w)).toMatchObject({ run: 'RUNNING', remainMinutes: 20 });
  });

  it('saves the change real time makes (time scale)', async () => {
    await sim.stop();
    sim = (await startThinqSimulator({
      devices: DEVICES,
      stateFile: file,
      settings: { timeScale: 600 },
    })) as ThinqSimulator;
    await control(w, { location: { locationName: 'MAIN' }, operation: { washerOperationMode: 'START' } });
    await new Promise((r) => setTimeout(r, 250));
    await call('GET', `/devices/${w}/state`);
    await vi.waitFor(() => expect(saved().devices[w].state.remainMinutes).toBeLessThanOrEqual(58));
  });

  it.each([
    ['empty', ''],
    ['not JSON', '{"devices": {'],
    ['JSON null', 'null'],
    ['a list', '[]'],
    [
      'values of the wrong type',
      '{"devices": {"lg-fridge-01": {"connected": "no", "state": {"fridgeC": "cold"}}}}',
    ],
  ])('starts from the seeds when the file is %s', async (_, text) => {
    writeFileSync(file, text);
    await restart();
    const fridge = (await (await fetch(`${sim.url}/__sim/devices/lg-fridge-01`)).json()) as any;
    expect(fridge).toMatchObject({ connected: true, state: { fridgeC: 4, freezerC: -18, doorOpen: false } });
    await control('lg-fridge-01', { refrigeration: { expressMode: true } });
    await sim.stop();
    expect(saved().devices['lg-fridge-01'].state).toMatchObject({ fridgeC: 4, expressMode: true });
  });

  it('without a state file writes nothing, and every start begins from the seeds', async () => {
    const cwd = readdirSync(process.cwd());
    await control('lg-fridge-01', { temperatureInUnits: { locationName: 'FRIDGE', targetTemperatureC: 2 } });
    await simPost('devices/lg-fridge-01', { state: { doorOpen: true } });
    await new Promise((r) => setTimeout(r, 100));
    await restart(undefined);
    expect(await simState('lg-fridge-01')).toMatchObject({ fridgeC: 4, doorOpen: false });
    expect(readdirSync(process.cwd())).toEqual(cwd);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('starts a seeded device missing from the file from its seed, and drops one no longer seeded', async () => {
    await restart(file, DEVICES.slice(0, 1));
    await control('lg-fridge-01', { refrigeration: { rapidFreeze: true } });
    await restart();
    expect(await simState('lg-fridge-01')).toMatchObject({ rapidFreeze: true });
    expect(await simState('lg-ac-01')).toMatchObject({ power: false, targetC: 24, currentC: 27 });

    await restart(file, DEVICES.slice(1));
    expect((await call('GET', '/devices')).body.response).toHaveLength(3);
    await control('lg-ac-01', { operation: { airConOperationMode: 'POWER_ON' } });
    await sim.stop();
    expect(Object.keys(saved().devices)).toEqual(['lg-ac-01', 'lg-washer-01', 'lg-purifier-01']);
  });
});
