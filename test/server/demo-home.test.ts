/**
 * Every device of the shared demo home, and every player satellite, appears with the shape
 * home-file.md gives and is changed through the command API, whichever vendor made it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOME, startTestHub, type TestHub } from '../support/hub.js';

let h: TestHub;
beforeAll(async () => {
  h = await startTestHub({ homes: [DEMO_HOME] });
});
afterAll(async () => {
  await h?.stop();
});

const get = async (id: string) => (await h.api(`/api/v1/homes/demo/devices/${id}`)).body;
const attr = (d: any, endpoint: string, cluster: string, name: string) =>
  d.endpoints.find((e: any) => e.id === endpoint)?.clusters[cluster]?.[name];

/** device, expected type, then one command and the attribute it must change to. */
// biome-ignore format: a table reads better one row a line
const CASES: Array<[string, string, string, string, string, Record<string, unknown>, string, unknown]> = [
  ['fridge', 'Refrigerator', 'freezer', 'TemperatureControl', 'SetTemperature', { TargetTemperature: -2000 }, 'TemperatureSetpoint', -2000],
  ['aircon', 'RoomAirConditioner', 'main', 'OnOff', 'On', {}, 'OnOff', true],
  ['washer', 'LaundryWasher', 'main', 'OperationalState', 'Start', {}, 'OperationalState', 1],
  ['purifier', 'AirPurifier', 'main', 'OnOff', 'On', {}, 'OnOff', true],
  ['settop', 'BasicVideoPlayer', 'speaker', 'LevelControl', 'MoveToLevel', { Level: 30 }, 'CurrentLevel', 30],
  ['kimchi', 'Refrigerator', 'lower', 'TemperatureControl', 'SetTemperature', { TargetTemperature: -200 }, 'TemperatureSetpoint', -200],
  ['bedroom-tv', 'BasicVideoPlayer', 'main', 'OnOff', 'On', {}, 'OnOff', true],
  ['vacuum', 'RoboticVacuumCleaner', 'main', 'RvcRunMode', 'ChangeToMode', { NewMode: 1 }, 'CurrentMode', 1],
  ['living-light', 'ColorTemperatureLight', 'main', 'ColorControl', 'MoveToColorTemperature', { ColorTemperatureMireds: 250 }, 'ColorTemperatureMireds', 250],
  ['kitchen-light', 'DimmableLight', 'main', 'LevelControl', 'MoveToLevelWithOnOff', { Level: 100 }, 'CurrentLevel', 100],
  ['master-light', 'DimmableLight', 'main', 'OnOff', 'On', {}, 'OnOff', true],
  ['kids-light', 'OnOffLight', 'main', 'OnOff', 'On', {}, 'OnOff', true],
  ['entrance-light', 'OnOffLight', 'main', 'OnOff', 'Toggle', {}, 'OnOff', true],
  ['heating-pad', 'OnOffPlugInUnit', 'main', 'OnOff', 'On', {}, 'OnOff', true],
  ['heat-living', 'Thermostat', 'main', 'Thermostat', 'WriteAttributes', { OccupiedHeatingSetpoint: 2400 }, 'OccupiedHeatingSetpoint', 2400],
  ['heat-master', 'Thermostat', 'main', 'Thermostat', 'WriteAttributes', { SystemMode: 0 }, 'SystemMode', 0],
  ['door', 'DoorLock', 'main', 'DoorLock', 'UnlockDoor', {}, 'LockState', 2],
  ['gas', 'GasValve', 'main', 'ValveConfigurationAndControl', 'Close', {}, 'CurrentState', 0],
  ['ventilator', 'Fan', 'main', 'FanControl', 'WriteAttributes', { FanMode: 2 }, 'FanMode', 2],
  ['curtain', 'WindowCovering', 'main', 'WindowCovering', 'DownOrClose', {}, 'TargetPositionLiftPercent100ths', 10000],
  ['genie-speaker', 'Speaker', 'main', 'MediaPlayback', 'Play', {}, 'CurrentState', 0],
  ['galaxy-buds', 'Speaker', 'main', 'LevelControl', 'MoveToLevel', { Level: 20 }, 'CurrentLevel', 20],
  ['nugu-candle', 'Speaker', 'main', 'MediaPlayback', 'Play', {}, 'CurrentState', 0],
  ['kakao-mini', 'Speaker', 'main', 'LevelControl', 'MoveToLevel', { Level: 70 }, 'CurrentLevel', 70],
  ['clova-speaker', 'Speaker', 'main', 'MediaPlayback', 'Play', {}, 'CurrentState', 0],
];

describe('the shared demo home', () => {
  it('has every device and every player online, in its area, with its Matter device type', async () => {
    const { body } = await h.api('/api/v1/homes/demo/devices');
    const ids = body.map((d: any) => d.id).sort();
    const want = [...CASES.map((c) => c[0]), 'living-sensor', 'kids-co2'].sort();
    expect(ids).toEqual(want);
    for (const d of body) expect(d.online, d.id).toBe(true);
    const sensor = body.find((d: any) => d.id === 'living-sensor');
    expect(sensor.deviceType).toBe('TemperatureSensor');
    expect(attr(sensor, 'main', 'TemperatureMeasurement', 'MeasuredValue')).toBe(2350);
    const humidity = sensor.endpoints.find((e: any) => e.deviceTypes.includes('HumiditySensor'));
    expect(humidity.clusters.RelativeHumidityMeasurement.MeasuredValue).toBe(4100);
    const co2 = body.find((d: any) => d.id === 'kids-co2');
    expect(co2.deviceType).toBe('AirQualitySensor');
    expect(co2.endpoints[0].clusters.CarbonDioxideConcentrationMeasurement.MeasuredValue).toBe(870);
    const kimchi = body.find((d: any) => d.id === 'kimchi');
    expect(
      kimchi.endpoints
        .filter((e: any) => e.clusters.TemperatureControl)
        .map((e: any) => e.name)
        .sort(),
    ).toEqual(['상칸', '하칸']);
    expect(
      attr(
        body.find((d: any) => d.id === 'curtain'),
        'main',
        'WindowCovering',
        'CurrentPositionLiftPercent100ths',
      ),
    ).toBe(0);
    expect(
      attr(
        body.find((d: any) => d.id === 'vacuum'),
        'main',
        'PowerSource',
        'BatPercentRemaining',
      ),
    ).toBe(180);
    expect(
      attr(
        body.find((d: any) => d.id === 'genie-speaker'),
        'main',
        'MediaPlayback',
        'CurrentState',
      ),
    ).toBe(2);
  });

  it.each(CASES)(
    '%s (%s): %s %s.%s changes it at once',
    async (id, type, endpoint, cluster, command, args, name, value) => {
      expect((await get(id)).deviceType).toBe(type);
      const r = await h.api(`/api/v1/homes/demo/devices/${id}/commands`, {
        method: 'POST',
        body: JSON.stringify({ endpoint, cluster, command, args }),
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(attr(await get(id), endpoint, cluster, name)).toEqual(value);
    },
  );
});
