import diagnostics from 'node:diagnostics_channel';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSmartThingsAdapter } from '../../src/adapters/smartthings/index.js';
import type { Adapter, AdapterContext } from '../../src/adapters/types.js';
import type { CommandRequest, Endpoint, StatePatch } from '../../src/model/types.js';
import { startSmartThingsSimulator } from '../../src/simulators/smartthings/index.js';
import type { SimulatorHandle } from '../../src/simulators/types.js';
import { silentLogger } from '../../src/util/log.js';
import { patchAttributes, rejectionOf } from '../support/commands.js';
import { demoConnection } from '../support/connections.js';

const samsung = demoConnection('samsung');
const seeds = samsung.simulator.devices;
const TOKEN = 'st-token';
const KIMCHI = 'st-kimchi-01';
const TV = 'st-tv-01';
const VACUUM = 'st-vacuum-01';

interface Recorded {
  state: Array<{ id: string; patches: StatePatch[] }>;
  online: Array<{ id: string; online: boolean }>;
  devicesChanged: number;
}

let sim: SimulatorHandle | null;
let adapter: Adapter;
let rec: Recorded;
let port: number;

function context(baseUrl: string): AdapterContext {
  rec = { state: [], online: [], devicesChanged: 0 };
  return {
    connection: { ...samsung, settings: {}, baseUrl, token: TOKEN, simulator: { devices: seeds } },
    log: silentLogger,
    events: {
      state: (id, patches) => rec.state.push({ id, patches }),
      online: (id, online) => rec.online.push({ id, online }),
      devicesChanged: () => {
        rec.devicesChanged++;
      },
    },
    timeoutMs: 500,
    pollMs: 100,
  };
}

const startSim = async (p = 0) => {
  sim = await startSmartThingsSimulator({ devices: seeds, port: p, token: TOKEN });
  port = Number(new URL(sim.url).port);
  return sim;
};
const control = async (id: string, body: unknown = {}) => {
  const res = await fetch(`${sim?.url}/__sim/devices/${id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { health: string; state: Record<string, unknown> };
};
const device = (id: string) => adapter.devices().find((d) => d.externalId === id);
const ep = (id: string, endpoint: string): Endpoint => {
  const e = device(id)?.endpoints.find((x) => x.id === endpoint);
  if (!e) throw new Error(`no endpoint ${endpoint} on ${id}`);
  return e;
};
const run = (
  id: string,
  endpoint: string,
  cluster: string,
  command: string,
  args: Record<string, unknown> = {},
) => adapter.execute(id, { endpoint, cluster, command, args } satisfies CommandRequest);

describe('SmartThings adapter against its simulator', () => {
  beforeEach(async () => {
    await startSim();
    adapter = createSmartThingsAdapter(context(sim?.url ?? ''));
    await adapter.start();
  });
  afterEach(async () => {
    await adapter.stop();
    await sim?.stop();
    sim = null;
  });

  it('maps the kimchi refrigerator to a Refrigerator with two cabinets 상칸 and 하칸', () => {
    const d = device(KIMCHI);
    expect(d).toMatchObject({ deviceType: 'Refrigerator', online: true, vendor: 'Samsung Electronics' });
    expect(d?.model).toBe('BESPOKE 김치플러스');
    const upper = ep(KIMCHI, 'upper');
    expect(upper).toMatchObject({
      name: '상칸',
      tags: ['Upper'],
      deviceTypes: ['TemperatureControlledCabinet'],
    });
    expect(upper.clusters.TemperatureControl).toEqual({
      TemperatureSetpoint: -100,
      MinTemperature: -500,
      MaxTemperature: 500,
      Step: 100,
    });
    expect(upper.clusters.TemperatureMeasurement).toEqual({ MeasuredValue: -100 });
    expect(ep(KIMCHI, 'lower')).toMatchObject({ name: '하칸', tags: ['Lower'] });
    expect(ep(KIMCHI, 'lower').clusters.TemperatureControl?.TemperatureSetpoint).toBe(100);
  });

  it('maps the TV to a BasicVideoPlayer with its lineup and a Speaker child', () => {
    const main = ep(TV, 'main');
    expect(device(TV)?.deviceType).toBe('BasicVideoPlayer');
    expect(main.clusters.OnOff).toEqual({ OnOff: false });
    const list = main.clusters.Channel?.ChannelList as Array<Record<string, unknown>>;
    expect(list).toHaveLength(8);
    expect(list).toContainEqual({
      MajorNumber: 9,
      MinorNumber: 0,
      Name: 'KBS1',
      Aliases: ['KBS', 'KBS 1TV', '케이비에스'],
    });
    expect(main.clusters.Channel?.CurrentChannel).toEqual({ MajorNumber: 9, MinorNumber: 0, Name: 'KBS1' });
    expect(main.clusters).toHaveProperty('KeypadInput');
    const speaker = ep(TV, 'speaker');
    expect(speaker.deviceTypes).toEqual(['Speaker']);
    expect(speaker.clusters.LevelControl).toEqual({ CurrentLevel: 8, MinLevel: 0, MaxLevel: 100 });
    expect(speaker.clusters.OnOff).toEqual({ OnOff: true });
  });

  it('maps the robot vacuum to a RoboticVacuumCleaner with battery in half-percent', () => {
    const main = ep(VACUUM, 'main');
    expect(device(VACUUM)?.deviceType).toBe('RoboticVacuumCleaner');
    expect(main.clusters.RvcRunMode?.CurrentMode).toBe(0);
    expect(main.clusters.RvcOperationalState?.OperationalState).toBe(0x41);
    expect(main.clusters.PowerSource?.BatPercentRemaining).toBe(180);
  });

  it('sets a kimchi cabinet temperature and shows it at once', async () => {
    const patches = await run(KIMCHI, 'upper', 'TemperatureControl', 'SetTemperature', {
      TargetTemperature: 300,
    });
    expect(patchAttributes(patches, 'upper', 'TemperatureControl')).toMatchObject({
      TemperatureSetpoint: 300,
    });
    expect(ep(KIMCHI, 'upper').clusters.TemperatureControl?.TemperatureSetpoint).toBe(300);
    expect((await control(KIMCHI)).state).toEqual({ upperC: 3, lowerC: 1 });
    await run(KIMCHI, 'lower', 'TemperatureControl', 'SetTemperature', { TargetTemperature: -500 });
    expect((await control(KIMCHI)).state.lowerC).toBe(-5);
  });

  it('maps SmartThings ConstraintViolationError to value-out-of-range and changes nothing', async () => {
    const err = await rejectionOf(
      run(KIMCHI, 'upper', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 900 }),
    );
    expect(err.code).toBe('value-out-of-range');
    expect(err.status).toBe(422);
    expect(err.details).toMatchObject({ vendorCode: 'ConstraintViolationError' });
    expect((await control(KIMCHI)).state.upperC).toBe(-1);
  });

  it('drives the TV: power, channel by number and by name, skip, keys, volume and mute', async () => {
    let patches = await run(TV, 'main', 'OnOff', 'On');
    expect(patchAttributes(patches, 'main', 'OnOff')).toEqual({ OnOff: true });
    patches = await run(TV, 'main', 'Channel', 'ChangeChannelByNumber', { MajorNumber: 11, MinorNumber: 0 });
    expect(patchAttributes(patches, 'main', 'Channel')).toEqual({
      CurrentChannel: { MajorNumber: 11, MinorNumber: 0, Name: 'MBC' },
    });
    await run(TV, 'main', 'Channel', 'ChangeChannel', { Match: '케이비에스' });
    expect((await control(TV)).state.channel).toBe('9');
    await run(TV, 'main', 'Channel', 'SkipChannel', { Count: 2 });
    expect(ep(TV, 'main').clusters.Channel?.CurrentChannel).toMatchObject({ MajorNumber: 13, Name: 'EBS1' });
    await run(TV, 'main', 'Channel', 'SkipChannel', { Count: -5 });
    expect((await control(TV)).state.channel).toBe('98');
    await run(TV, 'main', 'KeypadInput', 'SendKey', { KeyCode: 0x30 });
    expect((await control(TV)).state.channel).toBe('5');
    const nope = await rejectionOf(run(TV, 'main', 'Channel', 'ChangeChannel', { Match: 'CNN' }));
    expect(nope.code).toBe('value-out-of-range');

    patches = await run(TV, 'speaker', 'LevelControl', 'MoveToLevel', { Level: 20 });
    expect(patchAttributes(patches, 'speaker', 'LevelControl')).toMatchObject({ CurrentLevel: 20 });
    await run(TV, 'main', 'KeypadInput', 'SendKey', { KeyCode: 0x41 });
    await run(TV, 'speaker', 'LevelControl', 'Step', { StepMode: 1, StepSize: 5 });
    expect(ep(TV, 'speaker').clusters.LevelControl?.CurrentLevel).toBe(16);
    patches = await run(TV, 'speaker', 'OnOff', 'Off');
    expect(patchAttributes(patches, 'speaker', 'OnOff')).toEqual({ OnOff: false });
    expect((await control(TV)).state).toMatchObject({ on: true, volume: 16, muted: true });
    await run(TV, 'main', 'KeypadInput', 'SendKey', { KeyCode: 0x43 });
    expect((await control(TV)).state.muted).toBe(false);
    const key = await rejectionOf(run(TV, 'main', 'KeypadInput', 'SendKey', { KeyCode: 0x01 }));
    expect(key.code).toBe('unsupported-command');
  });

  it('reads the status back once per burst of predicted commands, a moment later, and ends on the cloud state', async () => {
    const reads: string[] = [];
    const onStart = ({ request }: { request: { method: string; path: string } }) => {
      if (request.method === 'GET' && request.path.includes(`/devices/${TV}/status`))
        reads.push(request.path);
    };
    // No polls during this test: every status read counted is a read-back after a command.
    await adapter.stop();
    adapter = createSmartThingsAdapter({ ...context(sim?.url ?? ''), pollMs: 600_000 });
    await adapter.start();
    diagnostics.subscribe('http.client.request.start', onStart as (m: unknown) => void);
    try {
      await run(TV, 'main', 'OnOff', 'On');
      await new Promise((r) => setTimeout(r, 150));
      reads.length = 0;
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          run(TV, 'speaker', 'LevelControl', 'MoveToLevel', { Level: 30 + i }),
        ),
      );
      // No read-back yet: it waits a moment after the burst's first command.
      expect(reads.length).toBe(0);
      await expect.poll(() => reads.length, { timeout: 3_000 }).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
      // One read per command once (20); now the whole burst shares one.
      expect(reads.length).toBe(1);
      expect(ep(TV, 'speaker').clusters.LevelControl?.CurrentLevel).toBe((await control(TV)).state.volume);
    } finally {
      diagnostics.unsubscribe('http.client.request.start', onStart as (m: unknown) => void);
    }
  });

  it('starts, pauses, resumes and docks the robot vacuum', async () => {
    let patches = await run(VACUUM, 'main', 'RvcRunMode', 'ChangeToMode', { NewMode: 1 });
    expect(patchAttributes(patches, 'main', 'RvcRunMode')).toEqual({ CurrentMode: 1 });
    expect(patchAttributes(patches, 'main', 'RvcOperationalState')).toEqual({ OperationalState: 1 });
    expect((await control(VACUUM)).state).toMatchObject({ running: true, movement: 'cleaning' });
    await run(VACUUM, 'main', 'RvcOperationalState', 'Pause');
    expect(ep(VACUUM, 'main').clusters.RvcOperationalState?.OperationalState).toBe(2);
    await run(VACUUM, 'main', 'RvcOperationalState', 'Resume');
    expect(ep(VACUUM, 'main').clusters.RvcOperationalState?.OperationalState).toBe(1);
    patches = await run(VACUUM, 'main', 'RvcOperationalState', 'GoHome');
    expect(patchAttributes(patches, 'main', 'RvcOperationalState')).toEqual({ OperationalState: 0x40 });
    expect(ep(VACUUM, 'main').clusters.RvcRunMode?.CurrentMode).toBe(0);
    await run(VACUUM, 'main', 'RvcRunMode', 'ChangeToMode', { NewMode: 1 });
    await run(VACUUM, 'main', 'RvcRunMode', 'ChangeToMode', { NewMode: 0 });
    expect((await control(VACUUM)).state).toMatchObject({ running: false, movement: 'idle' });
  });

  it('follows changes made on the vendor side by polling', async () => {
    await control(KIMCHI, { state: { upperC: 2 } });
    await expect
      .poll(() =>
        rec.state.find((s) => s.id === KIMCHI && patchAttributes(s.patches, 'upper', 'TemperatureControl')),
      )
      .toBeTruthy();
    expect(ep(KIMCHI, 'upper').clusters.TemperatureControl?.TemperatureSetpoint).toBe(200);
  });

  it('an offline device turns online:false, fails fast with device-offline, and comes back', async () => {
    await control(TV, { health: 'OFFLINE' });
    await expect.poll(() => rec.online).toContainEqual({ id: TV, online: false });
    expect(device(TV)?.online).toBe(false);
    expect(device(KIMCHI)?.online).toBe(true);
    const t0 = Date.now();
    const err = await rejectionOf(run(TV, 'main', 'OnOff', 'On'));
    expect(Date.now() - t0).toBeLessThan(100);
    expect(err.code).toBe('device-offline');
    expect(err.status).toBe(503);
    expect((await control(TV)).state.on).toBe(false);
    await control(TV, { health: 'ONLINE' });
    await expect.poll(() => rec.online).toContainEqual({ id: TV, online: true });
    expect(device(TV)?.online).toBe(true);
  });

  it('maps ConflictError (device not connected) to device-offline even before the poll sees it', async () => {
    await control(VACUUM, { health: 'OFFLINE' });
    // Race the poll: the command may reach SmartThings first.
    const err = await rejectionOf(run(VACUUM, 'main', 'RvcOperationalState', 'GoHome'));
    expect(err.code).toBe('device-offline');
    expect(device(VACUUM)?.online).toBe(false);
  });

  it('killing the cloud: device-offline within 1 s and events.online(false); back after restart', async () => {
    await sim?.stop();
    const t0 = Date.now();
    const err = await rejectionOf(
      run(KIMCHI, 'upper', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 200 }),
    );
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(err.code).toBe('device-offline');
    await expect
      .poll(() => rec.online.filter((o) => !o.online).map((o) => o.id), { timeout: 1000 })
      .toEqual(expect.arrayContaining([KIMCHI, TV, VACUUM]));
    expect(adapter.devices().every((d) => !d.online)).toBe(true);
    // Known offline: refused without a request.
    const t1 = Date.now();
    expect((await rejectionOf(run(TV, 'main', 'OnOff', 'On'))).code).toBe('device-offline');
    expect(Date.now() - t1).toBeLessThan(50);

    rec.online = [];
    await startSim(port);
    await expect
      .poll(() => rec.online.filter((o) => o.online).map((o) => o.id), { timeout: 3000 })
      .toEqual(expect.arrayContaining([KIMCHI, TV, VACUUM]));
    expect(adapter.devices().every((d) => d.online)).toBe(true);
    await run(TV, 'main', 'OnOff', 'On');
    expect((await control(TV)).state.on).toBe(true);
  });

  it('a cloud that hangs times out into device-offline within the timeout', async () => {
    const { createServer } = await import('node:http');
    const hung = createServer(() => {});
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', () => r()));
    const addr = hung.address() as { port: number };
    const slow = createSmartThingsAdapter({ ...context(`http://127.0.0.1:${addr.port}`), timeoutMs: 300 });
    const t0 = Date.now();
    await slow.start();
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(slow.devices().every((d) => !d.online)).toBe(true);
    await slow.stop();
    hung.closeAllConnections();
    await new Promise<void>((r) => hung.close(() => r()));
  });
});

describe('SmartThings adapter starting while the cloud is down', () => {
  afterEach(async () => {
    await adapter.stop();
    await sim?.stop();
    sim = null;
  });

  it('resolves with the home file devices offline, then discovers them when the cloud answers', async () => {
    await startSim();
    await sim?.stop();
    adapter = createSmartThingsAdapter(context(`http://127.0.0.1:${port}`));
    await adapter.start();
    const offline = adapter.devices();
    expect(offline.map((d) => [d.externalId, d.deviceType, d.online])).toEqual([
      [KIMCHI, 'Refrigerator', false],
      [TV, 'BasicVideoPlayer', false],
      [VACUUM, 'RoboticVacuumCleaner', false],
    ]);
    expect(offline[0]?.endpoints.find((e) => e.id === 'upper')?.name).toBe('상칸');
    expect((await rejectionOf(run(TV, 'main', 'OnOff', 'On'))).code).toBe('device-offline');

    await startSim(port);
    await expect.poll(() => rec.online.filter((o) => o.online).length, { timeout: 3000 }).toBe(3);
    expect(rec.devicesChanged).toBeGreaterThan(0);
    expect(device(TV)?.online).toBe(true);
    await run(TV, 'main', 'OnOff', 'On');
    expect(ep(TV, 'main').clusters.OnOff?.OnOff).toBe(true);
  });
});
