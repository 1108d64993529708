/**
 * The hub's device shapes against the specification's data model: every cluster, attribute and
 * device type a builder produces exists in the spec (or is a named hub extension), and the shared
 * tables are the spec's.
 */
import { describe, expect, it } from 'vitest';
import { CLUSTERS, DEVICE_TYPES, MODE_TAGS } from '../../src/model/clusters.js';
import * as devices from '../../src/model/devices.js';
import { FanControl } from '../../src/model/spec/enums.gen.js';
import { clusterSpec, deviceTypeSpec } from '../../src/model/spec/index.js';
import { fanModesOf } from '../../src/model/tables.js';
import type { Endpoint } from '../../src/model/types.js';

const cabinet = { id: 'c', name: 'c', tags: [], setpoint: 300, min: 100, max: 700, step: 100 };
const shapes: Record<string, Endpoint[]> = {
  refrigerator: devices.refrigerator({ cabinets: [cabinet], modes: [], doorOpen: false }),
  aircon: devices.roomAirConditioner({
    on: true,
    local: 2500,
    coolingSetpoint: 2400,
    systemMode: 3,
    fanMode: 5,
  }),
  washer: devices.laundryWasher({ state: 0, countdown: 0, modes: [], currentMode: 0 }),
  purifier: devices.airPurifier({ on: true, fanMode: 5, pm25: 3 }),
  tv: devices.videoPlayer({ on: true, channels: [], current: null, volume: 3, muted: false }),
  speaker: devices.mediaSpeaker({ state: 0, volume: 5 }),
  vacuum: devices.roboticVacuum({ running: false, operational: 0, batteryHalfPercent: 180 }),
  light: devices.light({ on: true, level: 3, mireds: 300 }),
  plug: devices.plug(true),
  climate: devices.climateSensor({ temperature: 2000, humidity: 4000 }),
  co2: devices.co2Sensor(500),
  heating: devices.heatingThermostat({ on: true, local: 2000, setpoint: 2200 }),
  lock: devices.doorLock(true),
  gas: devices.gasValve(true),
  ventilator: devices.ventilator(1),
  curtain: devices.windowCovering(0, 0),
};
/** The hub's extension attributes (documented in src/model/spec/prose.ts and home-file.md). */
const EXTENSIONS = new Set(['Thermostat.SupportedSystemModes']);

describe('the hub model is the specification', () => {
  it.each(Object.entries(shapes))('%s uses spec clusters, attributes and device types', (_name, eps) => {
    for (const e of eps) {
      for (const t of e.deviceTypes) expect(deviceTypeSpec(t), `device type ${t}`).toBeDefined();
      for (const [cluster, attrs] of Object.entries(e.clusters)) {
        const spec = clusterSpec(cluster);
        expect(spec, `cluster ${cluster}`).toBeDefined();
        for (const a of Object.keys(attrs)) {
          expect(spec?.attributes[a] ?? EXTENSIONS.has(`${cluster}.${a}`), `${cluster}.${a}`).toBeTruthy();
        }
      }
    }
  });

  it('reads the FanModeSequence table from the sequence names (spec §4.4.6.2)', () => {
    const seq = FanControl.FanModeSequenceEnum;
    const mode = FanControl.FanModeEnum;
    expect(fanModesOf(seq.OffLowMedHighAuto)).toEqual([
      mode.Off,
      mode.Low,
      mode.Medium,
      mode.High,
      mode.Auto,
    ]);
    expect(fanModesOf(seq.OffHigh)).toEqual([mode.Off, mode.High]);
    expect(fanModesOf(99)).toEqual(fanModesOf(seq.OffLowMedHigh));
    for (const n of Object.values(seq)) expect(fanModesOf(n)[0]).toBe(mode.Off);
  });

  it('keeps the former table exports, derived from the spec', () => {
    expect(Object.keys(CLUSTERS.LevelControl?.commands.MoveToLevelWithOnOff?.fields ?? {})).toEqual([
      'Level',
      'TransitionTime',
      'OptionsMask',
      'OptionsOverride',
    ]);
    expect(CLUSTERS.Thermostat?.attributes.OccupiedCoolingSetpoint).toEqual({ type: 'int', writable: true });
    expect(DEVICE_TYPES).toMatchObject({ DimmableLight: 0x0101, GasValve: 0xfff1_fc01 });
    expect(MODE_TAGS).toMatchObject({ Auto: 0, RapidCool: 0x4000, Cleaning: 0x4001 });
  });

  it('gives device type ids and required clusters', () => {
    expect(deviceTypeSpec('DimmableLight')).toMatchObject({
      id: 0x0101,
      server: { LevelControl: 'M', OnOff: 'M' },
    });
    expect(deviceTypeSpec('GasValve')?.id).toBe(0xfff1_fc01);
  });
});
