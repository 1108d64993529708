/**
 * The `mqtt` connection against real brokers: the embedded aedes broker and Mosquitto on
 * 127.0.0.1:1883. Every run uses its own topic roots so parallel runs on the shared Mosquitto never
 * see each other, and clears its retained topics afterwards.
 */
import { randomUUID } from 'node:crypto';
import { connect, type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedBroker, startEmbeddedBroker } from '../../src/adapters/mqtt/broker.js';
import { HaDiscoveryExport } from '../../src/adapters/mqtt/export.js';
import { createMqttAdapter } from '../../src/adapters/mqtt/index.js';
import type { Adapter, AdapterEvents } from '../../src/adapters/types.js';
import { isHubError } from '../../src/model/errors.js';
import type { CommandRequest, DeviceDescription, StatePatch } from '../../src/model/types.js';
import { startZigbee2Mqtt, type Zigbee2MqttSimulator } from '../../src/simulators/zigbee2mqtt/index.js';
import { silentLogger } from '../../src/util/log.js';

const MOSQUITTO = 'mqtt://127.0.0.1:1883';
const RUN = randomUUID().slice(0, 8);

const LIVING = '0x00158d0001a1b2c1';
const KITCHEN = '0x00158d0001a1b2c2';
const KIDS = '0x00158d0001a1b2c4';
const PLUG = '0x00158d0001a1b2c6';
const CLIMATE = '0x00158d0001a1b2c7';
const CO2 = '0x00158d0001a1b2c8';
const CURTAIN = '0x00158d0001a1b2c9';

/** The demo home's `zigbee` seeds, plus a curtain. */
const SEEDS = [
  {
    externalId: LIVING,
    type: 'light',
    dimmable: true,
    colorTemperature: true,
    state: { on: false, brightness: 254, mireds: 370 },
  },
  { externalId: KITCHEN, type: 'light', dimmable: true, state: { on: true, brightness: 200 } },
  { externalId: '0x00158d0001a1b2c3', type: 'light', dimmable: true, state: { on: false, brightness: 254 } },
  { externalId: KIDS, type: 'light', state: { on: false } },
  { externalId: '0x00158d0001a1b2c5', type: 'light', state: { on: false } },
  { externalId: PLUG, type: 'plug', state: { on: false } },
  { externalId: CLIMATE, type: 'climate-sensor', state: { temperatureC: 23.5, humidity: 41 } },
  { externalId: CO2, type: 'co2-sensor', state: { co2ppm: 870 } },
  { externalId: CURTAIN, type: 'cover', state: { openPercent: 100 } },
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, fn: () => T | undefined | false, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(25);
  }
}

class Recorder implements AdapterEvents {
  readonly states: Array<[string, StatePatch[]]> = [];
  readonly onlines: Array<[string, boolean]> = [];
  changed = 0;
  state = (id: string, p: StatePatch[]) => void this.states.push([id, p]);
  online = (id: string, o: boolean) => void this.onlines.push([id, o]);
  devicesChanged = () => void this.changed++;
}

async function reachable(url: string): Promise<boolean> {
  const c = connect(url, { reconnectPeriod: 0, connectTimeout: 1500 });
  c.on('error', () => {});
  const ok = await new Promise<boolean>((r) => {
    c.once('connect', () => r(true));
    c.once('close', () => r(false));
  });
  await c.endAsync(true);
  return ok;
}

/** Clears every retained message under `root` (Mosquitto keeps them across runs). */
async function clearRetained(url: string, root: string): Promise<void> {
  const c = connect(url, { reconnectPeriod: 0 });
  c.on('error', () => {});
  await new Promise<void>((r) => c.once('connect', () => r()));
  const topics = new Set<string>();
  c.on('message', (t, p, packet) => {
    if (packet.retain && p.length) topics.add(t);
  });
  await c.subscribeAsync(`${root}/#`);
  await sleep(300);
  for (const t of topics) await c.publishAsync(t, '', { retain: true, qos: 1 });
  await c.endAsync();
}

async function plainClient(url: string): Promise<MqttClient> {
  const c = connect(url, { reconnectPeriod: 0 });
  c.on('error', () => {});
  await new Promise<void>((r) => c.once('connect', () => r()));
  return c;
}

const mosquittoUp = await reachable(MOSQUITTO);

describe.each([
  { name: 'embedded', embedded: true },
  { name: 'mosquitto', embedded: false },
])('mqtt on the $name broker', ({ name, embedded }) => {
  const root = `yd-test-${RUN}-${name}`;
  const settings = { discoveryPrefix: `${root}/homeassistant`, baseTopic: `${root}/zigbee2mqtt` };
  let broker: EmbeddedBroker | undefined;
  let url = MOSQUITTO;
  let sim: Zigbee2MqttSimulator;
  let adapter: Adapter;
  const events = new Recorder();

  const device = (id: string) => adapter.devices().find((d) => d.externalId === id);
  const attr = (id: string, ep: string, cluster: string, a: string) =>
    device(id)?.endpoints.find((e) => e.id === ep)?.clusters[cluster]?.[a];
  const run = (
    id: string,
    cluster: string,
    command: string,
    args: Record<string, unknown> = {},
    endpoint = 'main',
  ) => adapter.execute(id, { endpoint, cluster, command, args } satisfies CommandRequest);
  const startSim = () =>
    startZigbee2Mqtt({ devices: SEEDS, settings: { ...settings, broker: url, travelMs: 1000 } });

  beforeAll(async () => {
    if (!embedded && !mosquittoUp) throw new Error(`Mosquitto is not running at ${MOSQUITTO}`);
    if (embedded) {
      broker = await startEmbeddedBroker();
      url = broker.url;
    }
    sim = await startSim();
    adapter = createMqttAdapter({
      connection: {
        id: 'zigbee',
        adapter: 'mqtt',
        simulate: true,
        broker: embedded ? 'embedded' : MOSQUITTO,
        simulator: { devices: SEEDS },
        settings: embedded ? { ...settings, brokerUrl: url } : settings,
      },
      log: silentLogger,
      events,
      timeoutMs: 3000,
      pollMs: 1000,
    });
    await adapter.start();
  });

  afterAll(async () => {
    await adapter?.stop();
    await sim?.stop();
    if (broker) await broker.stop();
    else if (mosquittoUp) await clearRetained(MOSQUITTO, root);
  });

  it('builds Matter-shaped devices from discovery once start() resolves', () => {
    const ids = adapter.devices().map((d) => d.externalId);
    expect(ids.sort()).toEqual(SEEDS.map((s) => s.externalId).sort());
    expect(device(LIVING)).toMatchObject({
      deviceType: 'ColorTemperatureLight',
      online: true,
      vendor: 'Philips',
    });
    expect(device(LIVING)?.endpoints[0]).toMatchObject({
      id: 'main',
      deviceTypes: ['ColorTemperatureLight'],
      clusters: {
        OnOff: { OnOff: false },
        LevelControl: { CurrentLevel: 254, MinLevel: 1, MaxLevel: 254 },
        ColorControl: {
          ColorTemperatureMireds: 370,
          ColorTempPhysicalMinMireds: 153,
          ColorTempPhysicalMaxMireds: 454,
        },
      },
    });
    expect(device(KITCHEN)).toMatchObject({ deviceType: 'DimmableLight' });
    expect(attr(KITCHEN, 'main', 'LevelControl', 'CurrentLevel')).toBe(200);
    expect(device(KITCHEN)?.endpoints[0]?.clusters.ColorControl).toBeUndefined();
    expect(device(KIDS)).toMatchObject({ deviceType: 'OnOffLight' });
    expect(device(KIDS)?.endpoints[0]?.clusters.LevelControl).toBeUndefined();
    expect(device(PLUG)?.endpoints).toMatchObject([
      { id: 'main', deviceTypes: ['OnOffPlugInUnit'], clusters: { OnOff: { OnOff: false } } },
    ]);
    expect(device(CLIMATE)?.endpoints).toMatchObject([
      {
        id: 'main',
        deviceTypes: ['TemperatureSensor'],
        clusters: { TemperatureMeasurement: { MeasuredValue: 2350 } },
      },
      {
        id: 'humidity',
        deviceTypes: ['HumiditySensor'],
        clusters: { RelativeHumidityMeasurement: { MeasuredValue: 4100 } },
      },
      // z2m's battery % (a diagnostic sensor) in Matter's half percents: 100 % → 200.
      {
        id: 'battery',
        deviceTypes: ['PowerSource'],
        clusters: { PowerSource: { BatPercentRemaining: 200 } },
      },
    ]);
    expect(device(CO2)).toMatchObject({
      deviceType: 'AirQualitySensor',
      endpoints: [{ clusters: { CarbonDioxideConcentrationMeasurement: { MeasuredValue: 870 } } }],
    });
    expect(device(CURTAIN)?.endpoints[0]?.clusters.WindowCovering).toMatchObject({
      CurrentPositionLiftPercent100ths: 0,
      TargetPositionLiftPercent100ths: 0,
    });
    expect(adapter.devices().every((d) => d.online)).toBe(true);
  });

  it('follows state the device reports on its own', async () => {
    const seen = events.states.length;
    await sim.report(CLIMATE, { temperature: 24.1, humidity: 38.5 });
    await sim.report(CO2, { co2: 1020 });
    await until(
      'sensor values',
      () => attr(CO2, 'main', 'CarbonDioxideConcentrationMeasurement', 'MeasuredValue') === 1020,
    );
    expect(attr(CLIMATE, 'main', 'TemperatureMeasurement', 'MeasuredValue')).toBe(2410);
    expect(attr(CLIMATE, 'humidity', 'RelativeHumidityMeasurement', 'MeasuredValue')).toBe(3850);
    expect(events.states.slice(seen)).toContainEqual([
      CLIMATE,
      [
        { endpoint: 'main', cluster: 'TemperatureMeasurement', attributes: { MeasuredValue: 2410 } },
        { endpoint: 'humidity', cluster: 'RelativeHumidityMeasurement', attributes: { MeasuredValue: 3850 } },
      ],
    ]);
  });

  it('turns a light on, dims it and sets its colour temperature, visible at once', async () => {
    expect(await run(LIVING, 'OnOff', 'On')).toEqual([
      { endpoint: 'main', cluster: 'OnOff', attributes: { OnOff: true } },
    ]);
    expect(sim.state(LIVING)?.state).toBe('ON');
    expect(attr(LIVING, 'main', 'OnOff', 'OnOff')).toBe(true);

    const level = await run(LIVING, 'LevelControl', 'MoveToLevelWithOnOff', { Level: 128 });
    expect(level).toContainEqual({
      endpoint: 'main',
      cluster: 'LevelControl',
      attributes: { CurrentLevel: 128 },
    });
    expect(sim.state(LIVING)?.brightness).toBe(128);

    await run(LIVING, 'ColorControl', 'MoveToColorTemperature', { ColorTemperatureMireds: 300 });
    expect(sim.state(LIVING)?.color_temp).toBe(300);
    expect(attr(LIVING, 'main', 'ColorControl', 'ColorTemperatureMireds')).toBe(300);

    await run(LIVING, 'LevelControl', 'Step', { StepMode: 1, StepSize: 28 });
    expect(sim.state(LIVING)?.brightness).toBe(100);
    expect(attr(LIVING, 'main', 'LevelControl', 'CurrentLevel')).toBe(100);

    await run(LIVING, 'OnOff', 'Toggle');
    expect(sim.state(LIVING)?.state).toBe('OFF');
    expect(attr(LIVING, 'main', 'OnOff', 'OnOff')).toBe(false);
  });

  it('switches the plug and refuses what the device cannot do', async () => {
    await run(PLUG, 'OnOff', 'On');
    expect(sim.state(PLUG)?.state).toBe('ON');
    await run(PLUG, 'OnOff', 'Off');
    expect(sim.state(PLUG)?.state).toBe('OFF');
    const err = await run(PLUG, 'LevelControl', 'MoveToLevel', { Level: 3 }).catch((e: unknown) => e);
    expect(isHubError(err) && err.code).toBe('unsupported-command');
  });

  it('moves the curtain: target at once, current when it gets there', async () => {
    const patches = await run(CURTAIN, 'WindowCovering', 'GoToLiftPercentage', {
      LiftPercent100thsValue: 5000,
    });
    expect(patches).toEqual([
      { endpoint: 'main', cluster: 'WindowCovering', attributes: { TargetPositionLiftPercent100ths: 5000 } },
    ]);
    expect(attr(CURTAIN, 'main', 'WindowCovering', 'TargetPositionLiftPercent100ths')).toBe(5000);
    await until(
      'curtain half closed',
      () => attr(CURTAIN, 'main', 'WindowCovering', 'CurrentPositionLiftPercent100ths') === 5000,
    );
    expect(sim.state(CURTAIN)?.position).toBe(50);
  });

  it('marks a device offline when its availability says so; commands then fail fast and change nothing', async () => {
    await sim.setAvailable(KITCHEN, false);
    await until('kitchen offline', () => device(KITCHEN)?.online === false);
    expect(events.onlines).toContainEqual([KITCHEN, false]);
    const before = sim.state(KITCHEN);
    const t0 = Date.now();
    const err = await run(KITCHEN, 'OnOff', 'Off').catch((e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(isHubError(err) && err.code).toBe('device-offline');
    expect(sim.state(KITCHEN)).toEqual(before);
    expect(device(LIVING)?.online).toBe(true);
    await sim.setAvailable(KITCHEN, true);
    await until('kitchen online', () => device(KITCHEN)?.online === true);
  });

  it('turns every device offline when the bridge dies (last will) and back when it returns', async () => {
    await sim.kill();
    const t0 = Date.now();
    await until('all offline', () => adapter.devices().every((d) => !d.online), 5000);
    expect(Date.now() - t0).toBeLessThan(5000);
    sim = await startSim();
    await until('all online', () => adapter.devices().every((d) => d.online), 5000);
    await run(PLUG, 'OnOff', 'On');
    expect(sim.state(PLUG)?.state).toBe('ON');
  });

  it.runIf(embedded)('resyncs within 5 s after the broker restarts', async () => {
    if (!broker) throw new Error('no embedded broker');
    const port = broker.port;
    await broker.stop();
    await until('all offline after broker loss', () => adapter.devices().every((d) => !d.online), 5000);
    const err = await run(PLUG, 'OnOff', 'Off').catch((e: unknown) => e);
    expect(isHubError(err) && err.code).toBe('device-offline');
    // Something changes while the broker is away; the bridge republishes it after the restart.
    await sim.report(CO2, { co2: 640 });
    broker = await startEmbeddedBroker({ port });
    const t0 = Date.now();
    await until('all online after restart', () => adapter.devices().every((d) => d.online), 5000);
    await until(
      'state resynced',
      () => attr(CO2, 'main', 'CarbonDioxideConcentrationMeasurement', 'MeasuredValue') === 640,
    );
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(adapter.devices()).toHaveLength(SEEDS.length);
    await run(PLUG, 'OnOff', 'Off');
    expect(sim.state(PLUG)?.state).toBe('OFF');
  });

  it.runIf(embedded)(
    'starts with the broker unreachable and picks the devices up when it appears',
    async () => {
      const probe = await startEmbeddedBroker();
      const port = probe.port;
      await probe.stop();
      const late = new Recorder();
      const lateUrl = `mqtt://127.0.0.1:${port}`;
      const lateSettings = {
        discoveryPrefix: `${root}-late/homeassistant`,
        baseTopic: `${root}-late/zigbee2mqtt`,
      };
      const a = createMqttAdapter({
        connection: {
          id: 'late',
          adapter: 'mqtt',
          simulate: true,
          broker: 'embedded',
          simulator: { devices: SEEDS },
          settings: { ...lateSettings, brokerUrl: lateUrl },
        },
        log: silentLogger,
        events: late,
        timeoutMs: 1000,
        pollMs: 1000,
      });
      const t0 = Date.now();
      await a.start();
      expect(Date.now() - t0).toBeLessThan(3000);
      expect(a.devices()).toEqual([]);
      const err = await a
        .execute(PLUG, { endpoint: 'main', cluster: 'OnOff', command: 'On', args: {} })
        .catch((e: unknown) => e);
      expect(isHubError(err) && err.code).toBe('device-offline');
      const b = await startEmbeddedBroker({ port });
      const s = await startZigbee2Mqtt({ devices: SEEDS, settings: { ...lateSettings, broker: lateUrl } });
      try {
        await until(
          'devices discovered',
          () => a.devices().length === SEEDS.length && a.devices().every((d) => d.online),
          5000,
        );
        expect(late.changed).toBeGreaterThan(0);
      } finally {
        await a.stop();
        await s.stop();
        await b.stop();
      }
    },
  );

  describe('export of hub devices as Home Assistant discovery', () => {
    const exportRoot = `${root}-export`;
    const prefix = `${exportRoot}/homeassistant`;
    const hubDevices: DeviceDescription[] = [
      {
        id: 'living-light',
        name: '거실 조명',
        area: 'living',
        connection: 'zigbee',
        online: true,
        deviceType: 'ColorTemperatureLight',
        vendor: 'IKEA',
        endpoints: [
          {
            id: 'main',
            deviceTypes: ['ColorTemperatureLight'],
            tags: [],
            clusters: {
              OnOff: { OnOff: false },
              LevelControl: { CurrentLevel: 254, MinLevel: 1, MaxLevel: 254 },
              ColorControl: {
                ColorTemperatureMireds: 370,
                ColorTempPhysicalMinMireds: 153,
                ColorTempPhysicalMaxMireds: 500,
                ColorMode: 2,
              },
            },
          },
        ],
      },
      {
        id: 'fridge',
        name: '냉장고',
        area: 'kitchen',
        connection: 'lg',
        online: true,
        deviceType: 'Refrigerator',
        vendor: 'LG',
        model: 'DIOS M874',
        endpoints: [
          { id: 'main', deviceTypes: ['Refrigerator'], tags: [], clusters: {} },
          {
            id: 'refrigerator',
            deviceTypes: ['TemperatureControlledCabinet'],
            tags: ['Refrigerator'],
            clusters: {
              TemperatureControl: {
                TemperatureSetpoint: 400,
                MinTemperature: 100,
                MaxTemperature: 700,
                Step: 100,
              },
              TemperatureMeasurement: { MeasuredValue: 400 },
            },
          },
        ],
      },
      {
        id: 'aircon',
        name: '에어컨',
        area: 'living',
        connection: 'lg',
        online: false,
        deviceType: 'RoomAirConditioner',
        endpoints: [
          {
            id: 'main',
            deviceTypes: ['RoomAirConditioner'],
            tags: [],
            clusters: {
              OnOff: { OnOff: false },
              Thermostat: {
                LocalTemperature: 2700,
                OccupiedCoolingSetpoint: 2400,
                MinCoolSetpointLimit: 1800,
                MaxCoolSetpointLimit: 3000,
                SystemMode: 3,
                SupportedSystemModes: [1, 3, 4, 7, 8],
              },
            },
          },
        ],
      },
    ];
    const received: Array<[string, CommandRequest]> = [];
    let exporter: HaDiscoveryExport;
    let client: MqttClient;
    const retained = new Map<string, string>();

    beforeAll(async () => {
      exporter = new HaDiscoveryExport({
        brokerUrl: url,
        devices: hubDevices,
        discoveryPrefix: prefix,
        baseTopic: `${exportRoot}/yeondong`,
        runCommand: async (id, c) => {
          received.push([id, c]);
        },
      });
      await exporter.start();
      client = await plainClient(url);
      client.on('message', (t, p) => retained.set(t, p.toString()));
      await client.subscribeAsync(`${exportRoot}/#`, { qos: 1 });
      await until('discovery read back', () => retained.size >= 8);
      await sleep(200);
    });

    afterAll(async () => {
      await client?.endAsync();
      await exporter?.stop();
      if (!embedded && mosquittoUp) await clearRetained(MOSQUITTO, exportRoot);
    });

    const config = (topic: string) => {
      const raw = retained.get(`${prefix}/${topic}/config`);
      expect(raw, topic).toBeTruthy();
      return JSON.parse(raw ?? '{}') as Record<string, unknown>;
    };

    it('publishes discovery a plain MQTT client can read', () => {
      const light = config('light/yeondong_living-light/main_light');
      expect(light).toMatchObject({
        '~': `${exportRoot}/yeondong/living-light`,
        schema: 'json',
        brightness: true,
        bri_scl: 254,
        sup_clrm: ['color_temp'],
        stat_t: '~/main/light',
        cmd_t: '~/main/light/set',
        uniq_id: 'yeondong_living-light_main_light',
        avty_mode: 'all',
        dev: { ids: ['yeondong_living-light'], name: '거실 조명', mf: 'IKEA' },
      });
      expect(JSON.parse(retained.get(`${exportRoot}/yeondong/living-light/main/light`) ?? '{}')).toEqual({
        state: 'OFF',
        brightness: 254,
        color_temp: 370,
        color_mode: 'color_temp',
      });
      const fridge = config('number/yeondong_fridge/refrigerator_setpoint');
      expect(fridge).toMatchObject({
        min: 1,
        max: 7,
        step: 1,
        unit_of_meas: '°C',
        cmd_t: '~/refrigerator/setpoint/set',
      });
      expect(retained.get(`${exportRoot}/yeondong/fridge/refrigerator/setpoint`)).toBe('4');
      const climate = config('climate/yeondong_aircon/main_climate');
      expect(climate).toMatchObject({
        modes: ['off', 'auto', 'cool', 'heat', 'fan_only', 'dry'],
        min_temp: 18,
        max_temp: 30,
      });
      expect(retained.get(`${exportRoot}/yeondong/aircon/main/climate/mode`)).toBe('off');
      expect(retained.get(`${exportRoot}/yeondong/aircon/availability`)).toBe('offline');
      expect(retained.get(`${exportRoot}/yeondong/bridge/state`)).toBe('online');
    });

    it('turns commands on the command topics into hub commands', async () => {
      await client.publishAsync(`${exportRoot}/yeondong/fridge/refrigerator/setpoint/set`, '3', { qos: 1 });
      await client.publishAsync(
        `${exportRoot}/yeondong/living-light/main/light/set`,
        '{"state":"ON","brightness":128}',
        { qos: 1 },
      );
      await client.publishAsync(`${exportRoot}/yeondong/aircon/main/climate/mode/set`, 'cool', { qos: 1 });
      await until('commands received', () => received.length >= 3);
      expect(received).toEqual([
        [
          'fridge',
          {
            endpoint: 'refrigerator',
            cluster: 'TemperatureControl',
            command: 'SetTemperature',
            args: { TargetTemperature: 300 },
          },
        ],
        [
          'living-light',
          {
            endpoint: 'main',
            cluster: 'LevelControl',
            command: 'MoveToLevelWithOnOff',
            args: { Level: 128 },
          },
        ],
        ['aircon', { endpoint: 'main', cluster: 'OnOff', command: 'On', args: {} }],
      ]);
    });

    it('is read back by the mqtt adapter itself (abbreviations, ~ base, availability)', async () => {
      const rt = new Recorder();
      const reader = createMqttAdapter({
        connection: {
          id: 'ha',
          adapter: 'mqtt',
          simulate: false,
          broker: url,
          simulator: { devices: [] },
          settings: { discoveryPrefix: prefix },
        },
        log: silentLogger,
        events: rt,
        timeoutMs: 3000,
        pollMs: 1000,
      });
      await reader.start();
      try {
        const light = reader.devices().find((d) => d.externalId === 'yeondong_living-light');
        expect(light).toMatchObject({ deviceType: 'ColorTemperatureLight', online: true });
        expect(light?.endpoints[0]?.clusters.ColorControl).toMatchObject({ ColorTemperatureMireds: 370 });
        const aircon = reader.devices().find((d) => d.externalId === 'yeondong_aircon');
        expect(aircon).toBeUndefined(); // climate entities are not read by the adapter
        const sensor = reader.devices().find((d) => d.externalId === 'yeondong_fridge');
        expect(sensor?.endpoints[0]?.clusters.TemperatureMeasurement).toEqual({ MeasuredValue: 400 });
        const before = received.length;
        await reader.execute('yeondong_living-light', {
          endpoint: 'main',
          cluster: 'OnOff',
          command: 'Off',
          args: {},
        });
        await until('command through the export', () => received.length > before);
        expect(received.at(-1)).toEqual([
          'living-light',
          { endpoint: 'main', cluster: 'OnOff', command: 'Off', args: {} },
        ]);
      } finally {
        await reader.stop();
      }
    });

    it('republishes state on update()', async () => {
      const light = structuredClone(hubDevices[0] as DeviceDescription);
      const ep = light.endpoints[0];
      if (ep?.clusters.OnOff) ep.clusters.OnOff.OnOff = true;
      await exporter.update(light);
      await until('light state ON', () =>
        retained.get(`${exportRoot}/yeondong/living-light/main/light`)?.includes('"ON"'),
      );
    });
  });
});

describe('discovery parsing', () => {
  it('expands device-based discovery (cmps) with shared keys, abbreviations and ~', async () => {
    const { parseDiscovery, externalIdOf } = await import('../../src/adapters/mqtt/discovery.js');
    const entities = parseDiscovery(
      'homeassistant',
      'homeassistant/device/0x00158d00deadbeef/config',
      JSON.stringify({
        '~': 'zigbee2mqtt/desk',
        dev: { ids: ['zigbee2mqtt_0x00158d00deadbeef'], mf: 'IKEA', mdl: 'LED1836G9' },
        o: { name: 'z2m' },
        avty_t: '~/availability',
        stat_t: '~',
        cmps: {
          light: { p: 'light', schema: 'json', cmd_t: '~/set', brightness: true, uniq_id: 'desk_light' },
          lqi: { p: 'sensor', val_tpl: '{{ value_json.linkquality }}', uniq_id: 'desk_lqi' },
        },
      }),
    );
    expect(entities.map((e) => [e.component, e.config.state_topic, e.config.command_topic])).toEqual([
      ['light', 'zigbee2mqtt/desk', 'zigbee2mqtt/desk/set'],
      ['sensor', 'zigbee2mqtt/desk', undefined],
    ]);
    expect(entities[0]?.availability).toEqual([
      {
        topic: 'zigbee2mqtt/desk/availability',
        template: undefined,
        payloadAvailable: 'online',
        payloadNotAvailable: 'offline',
      },
    ]);
    expect(entities[0] && externalIdOf(entities[0])).toBe('0x00158d00deadbeef');
    expect(parseDiscovery('homeassistant', 'homeassistant/light/x/config', '')).toEqual([]);
  });
});
