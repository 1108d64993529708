import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSmartThingsSimulator } from '../../src/simulators/smartthings/index.js';
import type { SimulatorHandle } from '../../src/simulators/types.js';
import { demoConnection } from '../support/connections.js';

const seeds = demoConnection('samsung').simulator.devices;
const TOKEN = 'st-token';
const KIMCHI = 'st-kimchi-01';
const TV = 'st-tv-01';
const VACUUM = 'st-vacuum-01';

type Json = any;

let sim: SimulatorHandle;

async function api(method: string, path: string, body?: unknown, token: string | null = TOKEN) {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, Json> };
}

const command = (id: string, capability: string, cmd: string, args: unknown[] = [], component = 'main') =>
  api('POST', `/devices/${id}/commands`, {
    commands: [{ component, capability, command: cmd, arguments: args }],
  });
const status = async (id: string) => (await api('GET', `/devices/${id}/status`)).body.components;
const control = (id: string, body: unknown) => api('POST', `/__sim/devices/${id}`, body, null);

describe('SmartThings simulator', () => {
  beforeEach(async () => {
    sim = await startSmartThingsSimulator({ devices: seeds, port: 0, token: TOKEN });
  });
  afterEach(async () => {
    await sim.stop();
  });

  it('lists devices with components and capabilities in SmartThings shapes', async () => {
    const { status: code, body } = await api('GET', '/devices');
    expect(code).toBe(200);
    expect(body.items.map((d: Json) => d.deviceId)).toEqual([KIMCHI, TV, VACUUM]);
    const kimchi = body.items[0];
    expect(kimchi).toMatchObject({ manufacturerName: 'Samsung Electronics', name: 'BESPOKE 김치플러스' });
    expect(kimchi.components.map((c: Json) => [c.id, c.label])).toEqual([
      ['main', undefined],
      ['upper', '상칸'],
      ['lower', '하칸'],
    ]);
    expect(kimchi.components[1].capabilities).toContainEqual({ id: 'temperatureSetpoint', version: 1 });
    const tvCaps = body.items[1].components[0].capabilities.map((c: Json) => c.id);
    expect(tvCaps).toEqual(expect.arrayContaining(['switch', 'audioVolume', 'audioMute', 'tvChannel']));
    expect(body.items[2].components[0].capabilities.map((c: Json) => c.id)).toEqual(
      expect.arrayContaining(['robotCleanerMovement', 'robotCleanerCleaningMode', 'battery']),
    );
    // The /v1 prefix of the real API is accepted too.
    expect((await api('GET', `/v1/devices/${TV}`)).body.deviceId).toBe(TV);
  });

  it('reports status per component and capability', async () => {
    const k = await status(KIMCHI);
    expect(k.upper.temperatureSetpoint.temperatureSetpoint).toMatchObject({ value: -1, unit: 'C' });
    expect(k.lower.temperatureSetpoint.temperatureSetpoint.value).toBe(1);
    expect(k.upper.temperatureSetpoint.temperatureSetpointRange.value).toEqual({
      minimum: -5,
      maximum: 5,
      step: 1,
    });
    expect(k.upper.temperatureMeasurement.temperature.value).toBe(-1);
    const t = (await status(TV)).main;
    expect(t.switch.switch.value).toBe('off');
    expect(t.tvChannel.tvChannel.value).toBe('9');
    expect(t.tvChannel.tvChannelName.value).toBe('KBS1');
    expect(t.audioVolume.volume).toMatchObject({ value: 8, unit: '%' });
    expect(t.audioMute.mute.value).toBe('unmuted');
    expect(t['samsungvd.channelList'].channelList.value).toHaveLength(8);
    const v = (await status(VACUUM)).main;
    expect(v.robotCleanerMovement.robotCleanerMovement.value).toBe('charging');
    expect(v.battery.battery.value).toBe(90);
    const one = await api('GET', `/devices/${KIMCHI}/components/upper/status`);
    expect(one.body.temperatureSetpoint.temperatureSetpoint.value).toBe(-1);
  });

  it('runs kimchi refrigerator commands per component and enforces its range', async () => {
    const ok = await command(KIMCHI, 'temperatureSetpoint', 'setTemperatureSetpoint', [3], 'upper');
    expect(ok.status).toBe(200);
    expect(ok.body.results[0].status).toBe('ACCEPTED');
    expect((await status(KIMCHI)).upper.temperatureSetpoint.temperatureSetpoint.value).toBe(3);
    for (const bad of [6, -6, 2.5, 'x']) {
      const r = await command(KIMCHI, 'temperatureSetpoint', 'setTemperatureSetpoint', [bad], 'lower');
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('ConstraintViolationError');
      expect(r.body.error.details[0].target).toBe('arguments[0]');
      expect(r.body.requestId).toEqual(expect.any(String));
    }
    expect((await status(KIMCHI)).lower.temperatureSetpoint.temperatureSetpoint.value).toBe(1);
    expect((await control(KIMCHI, {})).body.state).toEqual({ upperC: 3, lowerC: 1 });
  });

  it('runs TV commands: power, channels, volume, mute', async () => {
    await command(TV, 'switch', 'on');
    await command(TV, 'tvChannel', 'setTvChannel', ['11']);
    let t = (await status(TV)).main;
    expect(t.switch.switch.value).toBe('on');
    expect(t.tvChannel.tvChannelName.value).toBe('MBC');
    await command(TV, 'tvChannel', 'setTvChannel', ['98']);
    await command(TV, 'tvChannel', 'channelUp');
    expect((await status(TV)).main.tvChannel.tvChannel.value).toBe('5');
    await command(TV, 'tvChannel', 'channelDown');
    expect((await status(TV)).main.tvChannel.tvChannel.value).toBe('98');
    await command(TV, 'audioVolume', 'setVolume', [20]);
    await command(TV, 'audioVolume', 'volumeUp');
    await command(TV, 'audioMute', 'mute');
    t = (await status(TV)).main;
    expect(t.audioVolume.volume.value).toBe(21);
    expect(t.audioMute.mute.value).toBe('muted');
    expect((await command(TV, 'audioVolume', 'setVolume', [101])).status).toBe(422);
    expect((await command(TV, 'tvChannel', 'setTvChannel', ['KBS'])).status).toBe(422);
  });

  it('answers SmartThings errors: unknown device, capability, command, malformed body', async () => {
    const missing = await api('GET', '/devices/nope/status');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NotFoundError');
    const cap = await command(TV, 'robotCleanerMovement', 'setRobotCleanerMovement', ['cleaning']);
    expect(cap.status).toBe(422);
    expect(cap.body.error.details[0].target).toBe('capability');
    expect((await command(TV, 'switch', 'explode')).status).toBe(422);
    expect((await api('POST', `/devices/${TV}/commands`, { commands: [] })).status).toBe(422);
    const raw = await fetch(`${sim.url}/devices/${TV}/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as Json).error.code).toBe('BadRequestError');
  });

  it('requires the configured bearer token', async () => {
    expect((await api('GET', '/devices', undefined, null)).status).toBe(401);
    const wrong = await api('GET', '/devices', undefined, 'other');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('UnauthorizedError');
  });

  it('accepts any request when no token is configured', async () => {
    const open = await startSmartThingsSimulator({ devices: seeds, port: 0 });
    try {
      expect((await fetch(`${open.url}/devices`)).status).toBe(200);
    } finally {
      await open.stop();
    }
  });

  it('an offline device keeps its status but refuses commands with ConflictError', async () => {
    await control(TV, { health: 'OFFLINE' });
    const health = await api('GET', `/devices/${TV}/health`);
    expect(health.body).toMatchObject({ deviceId: TV, state: 'OFFLINE' });
    const r = await command(TV, 'switch', 'on');
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'ConflictError', message: 'invalid device state' });
    expect((await status(TV)).main.switch.switch.value).toBe('off');
    await control(TV, { health: 'ONLINE' });
    expect((await command(TV, 'switch', 'on')).status).toBe(200);
  });

  it('restarts on the same port after stop', async () => {
    const port = Number(new URL(sim.url).port);
    await sim.stop();
    await expect(fetch(`http://127.0.0.1:${port}/devices`)).rejects.toThrow();
    sim = await startSmartThingsSimulator({ devices: seeds, port, token: TOKEN });
    expect(sim.url).toBe(`http://127.0.0.1:${port}`);
    expect((await api('GET', '/devices')).status).toBe(200);
  });
});

describe('SmartThings simulator robot vacuum', () => {
  afterEach(async () => {
    await sim.stop();
  });

  it('cleans and drains its battery, heads home when low, then charges on the dock', async () => {
    const low = [{ externalId: VACUUM, type: 'robot-vacuum', state: { running: false, battery: 13 } }];
    // 1 real ms = 1 simulated s: a percent of battery drains per 60 ms.
    sim = await startSmartThingsSimulator({
      devices: low,
      port: 0,
      settings: { timeScale: 1000, tickMs: 20 },
    });
    const movement = async () => (await status(VACUUM)).main.robotCleanerMovement.robotCleanerMovement.value;
    const battery = async () => (await status(VACUUM)).main.battery.battery.value as number;
    await command(VACUUM, 'robotCleanerMovement', 'setRobotCleanerMovement', ['cleaning'], 'main');
    expect(await movement()).toBe('cleaning');
    await expect.poll(battery, { timeout: 2000, interval: 20 }).toBeLessThan(13);
    await expect.poll(movement, { timeout: 2000, interval: 20 }).toBe('homing');
    await expect.poll(movement, { timeout: 2000, interval: 20 }).toBe('charging');
    const docked = await battery();
    await expect.poll(battery, { timeout: 2000, interval: 20 }).toBeGreaterThan(docked);
    expect((await command(VACUUM, 'robotCleanerMovement', 'setRobotCleanerMovement', ['dance'])).status).toBe(
      422,
    );
  });

  it('pauses and goes idle without draining while idle', async () => {
    sim = await startSmartThingsSimulator({ devices: seeds, port: 0 });
    await command(VACUUM, 'robotCleanerCleaningMode', 'setRobotCleanerCleaningMode', ['auto']);
    let v = (await status(VACUUM)).main;
    expect(v.robotCleanerMovement.robotCleanerMovement.value).toBe('cleaning');
    expect(v.robotCleanerCleaningMode.robotCleanerCleaningMode.value).toBe('auto');
    await command(VACUUM, 'robotCleanerMovement', 'setRobotCleanerMovement', ['pause']);
    expect((await status(VACUUM)).main.robotCleanerMovement.robotCleanerMovement.value).toBe('pause');
    await command(VACUUM, 'robotCleanerCleaningMode', 'setRobotCleanerCleaningMode', ['stop']);
    v = (await status(VACUUM)).main;
    expect(v.robotCleanerMovement.robotCleanerMovement.value).toBe('idle');
    expect((await control(VACUUM, {})).body.state).toMatchObject({ running: false, battery: 90 });
  });
});

describe('SmartThings simulator state file', () => {
  let dir: string;
  let file: string;
  const start = (devices = seeds, settings?: Record<string, unknown>) =>
    startSmartThingsSimulator({ devices, port: 0, token: TOKEN, stateFile: file, settings });
  const saved = (): Json => JSON.parse(readFileSync(file, 'utf8'));
  /** The seeds' state, as the control surface shows it. */
  const fromSeeds = { upperC: -1, lowerC: 1 };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yd-st-state-'));
    file = join(dir, 'samsung.json');
  });
  afterEach(async () => {
    await sim.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps state changed through the API and the control surface across stop and start', async () => {
    sim = await start();
    await command(KIMCHI, 'temperatureSetpoint', 'setTemperatureSetpoint', [3], 'upper');
    await command(TV, 'switch', 'on');
    await command(TV, 'tvChannel', 'setTvChannel', ['11']);
    await command(TV, 'audioVolume', 'setVolume', [20]);
    await command(TV, 'audioMute', 'mute');
    await command(VACUUM, 'robotCleanerCleaningMode', 'setRobotCleanerCleaningMode', ['repeat']);
    await control(VACUUM, { health: 'OFFLINE' });
    await sim.stop();

    // SmartThings' own status shape, without the static descriptions.
    const file0 = saved();
    expect(Object.keys(file0)).toEqual([KIMCHI, TV, VACUUM]);
    expect(file0[TV].components.main.switch.switch).toEqual({ value: 'on' });
    expect(file0[TV].components.main['samsungvd.channelList']).toBeUndefined();
    expect(file0[TV].components.main.tvChannel).toEqual({ tvChannel: { value: '11' } });
    expect(file0[KIMCHI].components.upper.temperatureSetpoint).toEqual({
      temperatureSetpoint: { value: 3, unit: 'C' },
    });
    expect(file0[VACUUM]).toMatchObject({ health: 'OFFLINE' });

    sim = await start();
    const k = await status(KIMCHI);
    expect(k.upper.temperatureSetpoint.temperatureSetpoint.value).toBe(3);
    expect(k.upper.temperatureSetpoint.temperatureSetpointRange.value).toEqual({
      minimum: -5,
      maximum: 5,
      step: 1,
    });
    const t = (await status(TV)).main;
    expect(t.switch.switch.value).toBe('on');
    expect(t.tvChannel.tvChannel.value).toBe('11');
    expect(t.tvChannel.tvChannelName.value).toBe('MBC');
    expect(t['samsungvd.channelList'].channelList.value).toHaveLength(8);
    expect(t.audioVolume.volume.value).toBe(20);
    expect(t.audioMute.mute.value).toBe('muted');
    const v = (await status(VACUUM)).main;
    expect(v.robotCleanerMovement.robotCleanerMovement.value).toBe('cleaning');
    expect(v.robotCleanerCleaningMode.robotCleanerCleaningMode.value).toBe('repeat');
    expect((await api('GET', `/devices/${VACUUM}/health`)).body.state).toBe('OFFLINE');
  });

  it("saves the vacuum's battery and the kimchi refrigerator's temperature as they change over time", async () => {
    const devices = [
      { externalId: VACUUM, type: 'robot-vacuum', state: { running: true, battery: 60 } },
      { externalId: KIMCHI, type: 'kimchi-refrigerator', state: { upperC: -1, lowerC: 1 } },
    ];
    sim = await start(devices, { timeScale: 1000, tickMs: 20 });
    await command(KIMCHI, 'temperatureSetpoint', 'setTemperatureSetpoint', [-5], 'upper');
    // Written a moment after each change, without waiting for stop.
    await expect
      .poll(() => (saved()[VACUUM]?.components.main.battery.battery.value as number) ?? 60, {
        timeout: 2000,
        interval: 20,
      })
      .toBeLessThan(58);
    await expect
      .poll(() => saved()[KIMCHI]?.components.upper.temperatureMeasurement.temperature.value, {
        timeout: 2000,
        interval: 20,
      })
      .toBeLessThan(-1.5);
    await sim.stop();
    const last = saved();
    const battery = last[VACUUM].components.main.battery.battery.value;
    const temperature = last[KIMCHI].components.upper.temperatureMeasurement.temperature.value;

    sim = await start(devices);
    expect((await status(VACUUM)).main.battery.battery.value).toBe(battery);
    expect((await status(KIMCHI)).upper.temperatureMeasurement.temperature.value).toBe(temperature);
  });

  it.each([
    ['a corrupt', '{"st-tv-01": {"components": '],
    ['an empty', ''],
    ['a list for a', '[1, 2]'],
    [
      'garbage values in a',
      '{"st-kimchi-01": {"health": "SLEEPY", "components": {"upper": 7}}, "st-tv-01": 3}',
    ],
  ])('starts from the seeds with %s file', async (_what, text) => {
    writeFileSync(file, text);
    sim = await start();
    expect((await control(KIMCHI, {})).body).toMatchObject({ health: 'ONLINE', state: fromSeeds });
    expect((await status(TV)).main.tvChannel.tvChannel.value).toBe('9');
    await command(TV, 'switch', 'on');
    await sim.stop();
    expect(saved()[TV].components.main.switch.switch.value).toBe('on');
  });

  it('starts a seed device missing from the file from its seed and drops a saved device no longer seeded', async () => {
    writeFileSync(
      file,
      JSON.stringify({
        [TV]: {
          health: 'ONLINE',
          components: { main: { audioVolume: { volume: { value: 30, unit: '%' } } } },
        },
        'st-gone-01': { health: 'ONLINE', components: {} },
      }),
    );
    sim = await start();
    const items = (await api('GET', '/devices')).body.items.map((d: Json) => d.deviceId);
    expect(items).toEqual([KIMCHI, TV, VACUUM]);
    expect((await control(KIMCHI, {})).body.state).toEqual(fromSeeds);
    expect((await control(VACUUM, {})).body.state).toMatchObject({ running: false, battery: 90 });
    // Attributes missing from a saved device come from its seed.
    expect((await control(TV, {})).body.state).toEqual({ on: false, channel: '9', volume: 30, muted: false });
    await control(KIMCHI, { state: { upperC: 4 } });
    await sim.stop();
    expect(Object.keys(saved())).toEqual([KIMCHI, TV, VACUUM]);
  });

  it('without a state file writes nothing and every start begins from the seeds', async () => {
    sim = await startSmartThingsSimulator({ devices: seeds, port: 0, token: TOKEN });
    await command(TV, 'switch', 'on');
    await control(KIMCHI, { state: { upperC: 4 } });
    await new Promise((r) => setTimeout(r, 100));
    await sim.stop();
    sim = await startSmartThingsSimulator({ devices: seeds, port: 0, token: TOKEN });
    expect((await status(TV)).main.switch.switch.value).toBe('off');
    expect((await control(KIMCHI, {})).body.state).toEqual(fromSeeds);
    expect(readdirSync(dir)).toEqual([]);
  });
});
