import { afterEach, describe, expect, it } from 'vitest';
import { createThinqAdapter } from '../../src/adapters/thinq/index.js';
import type { Adapter, AdapterContext, AdapterDevice } from '../../src/adapters/types.js';
import type { CommandRequest, Endpoint, StatePatch } from '../../src/model/types.js';
import { findEndpoint, validateCommand } from '../../src/model/validate.js';
import { ThinqSimulator } from '../../src/simulators/thinq/index.js';
import { silentLogger } from '../../src/util/log.js';
import { cmd, rejectionOf, waitUntil } from '../support/commands.js';
import { demoConnection } from '../support/connections.js';

/** The demo home's LG appliances. */
const DEVICES = demoConnection('lg').simulator.devices;
const TOKEN = 'pat-test';
const FRIDGE = 'lg-fridge-01';
const AC = 'lg-ac-01';
const WASHER = 'lg-washer-01';
const PURIFIER = 'lg-purifier-01';

interface Harness {
  sim: ThinqSimulator;
  adapter: Adapter;
  states: Array<{ id: string; patches: StatePatch[] }>;
  online: Array<{ id: string; online: boolean }>;
  changed: number[];
}

const running: Harness[] = [];

async function setup(
  opts: { timeScale?: number; timeoutMs?: number; startSim?: boolean } = {},
): Promise<Harness> {
  const sim = new ThinqSimulator({
    devices: DEVICES,
    token: TOKEN,
    settings: { timeScale: opts.timeScale ?? 1 },
  });
  await sim.start();
  const h: Harness = { sim, adapter: undefined as unknown as Adapter, states: [], online: [], changed: [] };
  if (opts.startSim === false) await sim.stop();
  const ctx: AdapterContext = {
    connection: {
      id: 'lg',
      adapter: 'thinq',
      simulate: true,
      baseUrl: sim.url,
      token: TOKEN,
      simulator: { devices: DEVICES },
      settings: {},
    },
    log: silentLogger,
    events: {
      state: (id, patches) => h.states.push({ id, patches }),
      online: (id, online) => h.online.push({ id, online }),
      devicesChanged: () => h.changed.push(Date.now()),
    },
    timeoutMs: opts.timeoutMs ?? 2000,
    pollMs: 100,
  };
  h.adapter = createThinqAdapter(ctx);
  running.push(h);
  await h.adapter.start();
  return h;
}

afterEach(async () => {
  for (const h of running.splice(0)) {
    await h.adapter.stop();
    await h.sim.stop();
  }
});

const device = (h: Harness, id: string): AdapterDevice => {
  const d = h.adapter.devices().find((x) => x.externalId === id);
  if (!d) throw new Error(`no device ${id}`);
  return d;
};
const endpoint = (h: Harness, id: string, ep: string): Endpoint => findEndpoint(device(h, id).endpoints, ep);
const cluster = (h: Harness, id: string, ep: string, name: string) =>
  endpoint(h, id, ep).clusters[name] ?? {};

/** Validates against the hub's model first, as the hub does, then executes. */
async function run(h: Harness, id: string, c: CommandRequest): Promise<StatePatch[]> {
  validateCommand(findEndpoint(device(h, id).endpoints, c.endpoint), c);
  return h.adapter.execute(id, c);
}

describe('thinq adapter: discovery and the Matter shapes', () => {
  it('maps the refrigerator to two tagged cabinets, modes and the door alarm', async () => {
    const h = await setup();
    const d = device(h, FRIDGE);
    expect(d).toMatchObject({
      deviceType: 'Refrigerator',
      online: true,
      vendor: 'LG Electronics',
      model: 'DIOS M874',
    });
    const fridge = endpoint(h, FRIDGE, 'refrigerator');
    expect(fridge).toMatchObject({ deviceTypes: ['TemperatureControlledCabinet'], tags: ['Refrigerator'] });
    expect(fridge.clusters.TemperatureControl).toEqual({
      TemperatureSetpoint: 400,
      MinTemperature: 100,
      MaxTemperature: 700,
      Step: 100,
    });
    expect(fridge.clusters.TemperatureMeasurement?.MeasuredValue).toBe(400);
    const freezer = endpoint(h, FRIDGE, 'freezer');
    expect(freezer.tags).toEqual(['Freezer']);
    expect(freezer.clusters.TemperatureControl).toEqual({
      TemperatureSetpoint: -1800,
      MinTemperature: -2300,
      MaxTemperature: -1500,
      Step: 100,
    });
    const main = endpoint(h, FRIDGE, 'main');
    const modes = main.clusters.RefrigeratorAndTemperatureControlledCabinetMode;
    expect(modes?.CurrentMode).toBe(0);
    expect(modes?.SupportedModes).toContainEqual(expect.objectContaining({ ModeTags: ['RapidCool'] }));
    expect(main.clusters.RefrigeratorAlarm?.State).toBe(0);
  });

  it('maps the air conditioner, washer and purifier', async () => {
    const h = await setup();
    expect(device(h, AC).deviceType).toBe('RoomAirConditioner');
    expect(cluster(h, AC, 'main', 'OnOff')).toEqual({ OnOff: false });
    expect(cluster(h, AC, 'main', 'Thermostat')).toMatchObject({
      LocalTemperature: 2700,
      OccupiedCoolingSetpoint: 2400,
      MinCoolSetpointLimit: 1800,
      MaxCoolSetpointLimit: 3000,
      SystemMode: 3,
      SupportedSystemModes: [1, 3, 4, 7, 8],
    });
    expect(cluster(h, AC, 'main', 'FanControl').FanMode).toBe(0);
    expect(device(h, WASHER).deviceType).toBe('LaundryWasher');
    expect(cluster(h, WASHER, 'main', 'OperationalState')).toMatchObject({
      OperationalState: 0,
      CountdownTime: 0,
    });
    expect(cluster(h, WASHER, 'main', 'LaundryWasherMode')).toMatchObject({ CurrentMode: 0 });
    expect(device(h, PURIFIER).deviceType).toBe('AirPurifier');
    expect(cluster(h, PURIFIER, 'main', 'Pm25ConcentrationMeasurement').MeasuredValue).toBe(12);
    expect(cluster(h, PURIFIER, 'main', 'FanControl').FanMode).toBe(0);
  });
});

describe('thinq adapter: refrigerator commands', () => {
  it('sets 3 °C on the fridge cabinet: the simulator says 3 and the patch says 300', async () => {
    const h = await setup();
    const patches = await run(
      h,
      FRIDGE,
      cmd('refrigerator', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 300 }),
    );
    expect(patches).toContainEqual({
      endpoint: 'refrigerator',
      cluster: 'TemperatureControl',
      attributes: { TemperatureSetpoint: 300 },
    });
    expect(h.sim.raw(FRIDGE)).toMatchObject({ fridgeC: 3 });
    expect(cluster(h, FRIDGE, 'refrigerator', 'TemperatureControl').TemperatureSetpoint).toBe(300);
  });

  it('sets the freezer', async () => {
    const h = await setup();
    const patches = await run(
      h,
      FRIDGE,
      cmd('freezer', 'TemperatureControl', 'SetTemperature', { TargetTemperature: -2000 }),
    );
    expect(patches).toContainEqual(
      expect.objectContaining({ endpoint: 'freezer', attributes: { TemperatureSetpoint: -2000 } }),
    );
    expect(h.sim.raw(FRIDGE)).toMatchObject({ freezerC: -20 });
  });

  it('maps a value the vendor refuses to value-out-of-range and changes nothing', async () => {
    const h = await setup();
    const err = await rejectionOf(
      h.adapter.execute(
        FRIDGE,
        cmd('refrigerator', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 1000 }),
      ),
    );
    expect(err).toMatchObject({ code: 'value-out-of-range', status: 422 });
    expect(h.sim.raw(FRIDGE)).toMatchObject({ fridgeC: 4 });
  });

  it('turns express mode on and off as the RapidCool mode', async () => {
    const h = await setup();
    const modes = cluster(h, FRIDGE, 'main', 'RefrigeratorAndTemperatureControlledCabinetMode')
      .SupportedModes as Array<{
      Mode: number;
      ModeTags: string[];
    }>;
    const rapid = modes.find((m) => m.ModeTags.includes('RapidCool'));
    const modeCmd = (NewMode: number) =>
      cmd('main', 'RefrigeratorAndTemperatureControlledCabinetMode', 'ChangeToMode', { NewMode });
    const on = await run(h, FRIDGE, modeCmd(rapid?.Mode ?? -1));
    expect(on).toContainEqual(
      expect.objectContaining({ endpoint: 'main', attributes: { CurrentMode: rapid?.Mode } }),
    );
    expect(h.sim.raw(FRIDGE)).toMatchObject({ expressMode: true });
    await run(h, FRIDGE, modeCmd(0));
    expect(h.sim.raw(FRIDGE)).toMatchObject({ expressMode: false });
  });

  it('reports an opened door through polling', async () => {
    const h = await setup();
    await fetch(`${h.sim.url}/__sim/devices/${FRIDGE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: { doorOpen: true } }),
    });
    await waitUntil(() => h.states.some((s) => s.patches.some((p) => p.cluster === 'RefrigeratorAlarm')));
    expect(cluster(h, FRIDGE, 'main', 'RefrigeratorAlarm').State).toBe(1);
  });
});

describe('thinq adapter: air conditioner and purifier', () => {
  it('turns the AC on, sets the cooling setpoint, mode and fan', async () => {
    const h = await setup();
    expect(await run(h, AC, cmd('main', 'OnOff', 'On'))).toContainEqual(
      expect.objectContaining({ cluster: 'OnOff', attributes: { OnOff: true } }),
    );
    const sp = await run(
      h,
      AC,
      cmd('main', 'Thermostat', 'WriteAttributes', { OccupiedCoolingSetpoint: 2200 }),
    );
    expect(sp).toContainEqual(
      expect.objectContaining({ cluster: 'Thermostat', attributes: { OccupiedCoolingSetpoint: 2200 } }),
    );
    await run(h, AC, cmd('main', 'FanControl', 'WriteAttributes', { FanMode: 3 }));
    expect(h.sim.raw(AC)).toMatchObject({ power: true, targetC: 22, wind: 'HIGH' });
    await run(h, AC, cmd('main', 'Thermostat', 'SetpointRaiseLower', { Mode: 1, Amount: 10 }));
    expect(h.sim.raw(AC)).toMatchObject({ targetC: 23 });
    await run(h, AC, cmd('main', 'Thermostat', 'WriteAttributes', { SystemMode: 8 }));
    expect(h.sim.raw(AC)).toMatchObject({ mode: 'AIR_DRY' });
  });

  it('maps "not in this mode" to conflict', async () => {
    const h = await setup();
    await run(h, AC, cmd('main', 'Thermostat', 'WriteAttributes', { SystemMode: 7 }));
    const err = await rejectionOf(
      run(h, AC, cmd('main', 'Thermostat', 'WriteAttributes', { OccupiedCoolingSetpoint: 2000 })),
    );
    expect(err).toMatchObject({ code: 'conflict', status: 409 });
  });

  it('turns the purifier on by setting a fan speed, and off with FanMode Off', async () => {
    const h = await setup();
    const patches = await run(h, PURIFIER, cmd('main', 'FanControl', 'WriteAttributes', { FanMode: 1 }));
    expect(h.sim.raw(PURIFIER)).toMatchObject({ power: true, wind: 'LOW' });
    expect(patches).toContainEqual(
      expect.objectContaining({ cluster: 'OnOff', attributes: { OnOff: true } }),
    );
    expect(patches).toContainEqual(
      expect.objectContaining({ cluster: 'FanControl', attributes: { FanMode: 1 } }),
    );
    await run(h, PURIFIER, cmd('main', 'FanControl', 'WriteAttributes', { FanMode: 0 }));
    expect(h.sim.raw(PURIFIER)).toMatchObject({ power: false });
  });

  it('reports PM2.5 falling while the purifier runs', async () => {
    const h = await setup({ timeScale: 600 });
    await run(h, PURIFIER, cmd('main', 'FanControl', 'WriteAttributes', { FanMode: 3 }));
    await waitUntil(
      () => (cluster(h, PURIFIER, 'main', 'Pm25ConcentrationMeasurement').MeasuredValue as number) < 8,
    );
    expect(h.states.some((s) => s.id === PURIFIER)).toBe(true);
  });

  it('refuses what the connection cannot map', async () => {
    const h = await setup();
    const err = await rejectionOf(
      h.adapter.execute(PURIFIER, cmd('main', 'FanControl', 'Step', { Direction: 0 })),
    );
    expect(err).toMatchObject({ code: 'unsupported-command' });
  });
});

describe('thinq adapter: washer', () => {
  const op = (command: string) => cmd('main', 'OperationalState', command);

  it('starts, counts down through polling, pauses, resumes and stops', async () => {
    const h = await setup({ timeScale: 600 });
    const started = await run(h, WASHER, op('Start'));
    expect(started).toContainEqual(
      expect.objectContaining({
        cluster: 'OperationalState',
        attributes: expect.objectContaining({ OperationalState: 1 }),
      }),
    );
    await waitUntil(
      () => (cluster(h, WASHER, 'main', 'OperationalState').CountdownTime as number) < 3600 - 60,
    );
    expect(
      h.states.some((s) => s.id === WASHER && s.patches.some((p) => 'CountdownTime' in p.attributes)),
    ).toBe(true);
    await run(h, WASHER, op('Pause'));
    expect(cluster(h, WASHER, 'main', 'OperationalState').OperationalState).toBe(2);
    await run(h, WASHER, op('Resume'));
    expect(cluster(h, WASHER, 'main', 'OperationalState').OperationalState).toBe(1);
    await run(h, WASHER, op('Stop'));
    expect(cluster(h, WASHER, 'main', 'OperationalState')).toMatchObject({
      OperationalState: 0,
      CountdownTime: 0,
    });
  });

  it('maps state conflicts to conflict', async () => {
    const h = await setup();
    expect(await rejectionOf(run(h, WASHER, op('Pause')))).toMatchObject({ code: 'conflict', status: 409 });
    expect(await rejectionOf(run(h, WASHER, op('Resume')))).toMatchObject({ code: 'conflict' });
    expect(h.sim.raw(WASHER)).toMatchObject({ run: 'STOPPED' });
  });

  it('changes the course as LaundryWasherMode', async () => {
    const h = await setup();
    const modes = cluster(h, WASHER, 'main', 'LaundryWasherMode').SupportedModes as Array<{
      Mode: number;
      Label: string;
    }>;
    const quick = modes.find((m) => m.Label.startsWith('Quick'));
    const patches = await run(
      h,
      WASHER,
      cmd('main', 'LaundryWasherMode', 'ChangeToMode', { NewMode: quick?.Mode }),
    );
    expect(patches).toContainEqual(expect.objectContaining({ attributes: { CurrentMode: quick?.Mode } }));
    expect(h.sim.raw(WASHER)).toMatchObject({ course: 'QUICK_30' });
  });
});

describe('thinq adapter: vendor errors', () => {
  const sim = (h: Harness, path: string, body: unknown) =>
    fetch(`${h.sim.url}/__sim/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('maps 2208 to vendor-error and 1306 to too-many-requests', async () => {
    const h = await setup();
    await sim(h, 'faults', { failNext: { code: '2208', method: 'POST' } }); // not the 100-ms poll
    expect(await rejectionOf(h.adapter.execute(AC, cmd('main', 'OnOff', 'On')))).toMatchObject({
      code: 'vendor-error',
    });
    await sim(h, 'faults', { failNext: { code: '1306', method: 'POST' } });
    expect(await rejectionOf(h.adapter.execute(AC, cmd('main', 'OnOff', 'On')))).toMatchObject({
      code: 'too-many-requests',
    });
  });

  it('turns a disconnected appliance offline (1222) and back', async () => {
    const h = await setup();
    await sim(h, `devices/${FRIDGE}`, { connected: false });
    await waitUntil(() => h.online.some((e) => e.id === FRIDGE && !e.online));
    expect(device(h, FRIDGE).online).toBe(false);
    expect(device(h, AC).online).toBe(true);
    const err = await rejectionOf(
      h.adapter.execute(
        FRIDGE,
        cmd('refrigerator', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 300 }),
      ),
    );
    expect(err).toMatchObject({ code: 'device-offline', status: 503 });
    await sim(h, `devices/${FRIDGE}`, { connected: true });
    await waitUntil(() => device(h, FRIDGE).online);
    expect(h.online.at(-1)).toEqual({ id: FRIDGE, online: true });
  });
});

describe('thinq adapter: an unreachable vendor', () => {
  const setTemp = cmd('refrigerator', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 300 });

  it('fails commands within 1 s when LG stops, turns every device offline, and recovers on restart', async () => {
    const h = await setup();
    await h.sim.stop();
    const t0 = performance.now();
    expect(await rejectionOf(h.adapter.execute(FRIDGE, setTemp))).toMatchObject({
      code: 'device-offline',
      status: 503,
    });
    expect(performance.now() - t0).toBeLessThan(1000);
    await waitUntil(() => h.online.filter((e) => !e.online).length === 4);
    expect(h.adapter.devices().every((d) => !d.online)).toBe(true);
    // Known offline: fail at once, without waiting on the network.
    const t1 = performance.now();
    expect(await rejectionOf(h.adapter.execute(AC, cmd('main', 'OnOff', 'On')))).toMatchObject({
      code: 'device-offline',
    });
    expect(performance.now() - t1).toBeLessThan(50);

    await h.sim.start();
    await waitUntil(() => h.adapter.devices().every((d) => d.online));
    expect(
      h.online
        .filter((e) => e.online)
        .map((e) => e.id)
        .sort(),
    ).toEqual([AC, FRIDGE, WASHER, PURIFIER].sort());
    const patches = await h.adapter.execute(FRIDGE, setTemp);
    expect(patches).toContainEqual(expect.objectContaining({ attributes: { TemperatureSetpoint: 300 } }));
  });

  it('treats a cloud that hangs past the timeout as offline', async () => {
    const h = await setup({ timeoutMs: 300 });
    await fetch(`${h.sim.url}/__sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ delayMs: 2000 }),
    });
    const t0 = performance.now();
    expect(await rejectionOf(h.adapter.execute(FRIDGE, setTemp))).toMatchObject({ code: 'device-offline' });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(h.adapter.devices().every((d) => !d.online)).toBe(true);
    await fetch(`${h.sim.url}/__sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ delayMs: 0 }),
    });
    await waitUntil(() => h.adapter.devices().every((d) => d.online), 3000);
  });

  it('starts while LG is unreachable, then discovers the devices when it answers', async () => {
    const t0 = performance.now();
    const h = await setup({ startSim: false });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(h.adapter.devices()).toEqual([]);
    expect(await rejectionOf(h.adapter.execute(FRIDGE, setTemp))).toMatchObject({ code: 'device-offline' });
    await h.sim.start();
    await waitUntil(() => h.changed.length > 0);
    expect(h.adapter.devices()).toHaveLength(4);
    expect(h.adapter.devices().every((d) => d.online)).toBe(true);
  });
});
