import { describe, expect, it } from 'vitest';
import { airPurifier, refrigerator, roomAirConditioner, videoPlayer } from '../../src/model/devices.js';
import { HubError } from '../../src/model/errors.js';
import type { CommandRequest, Endpoint } from '../../src/model/types.js';
import { findEndpoint, validateCommand } from '../../src/model/validate.js';
import { cmd } from '../support/commands.js';

const fridge = refrigerator({
  cabinets: [
    {
      id: 'refrigerator',
      name: '냉장실',
      tags: ['Refrigerator'],
      setpoint: 400,
      min: 100,
      max: 700,
      step: 100,
    },
    { id: 'freezer', name: '냉동실', tags: ['Freezer'], setpoint: -1800, min: -2300, max: -1500, step: 100 },
  ],
  modes: [
    { Label: 'Normal', Mode: 0, ModeTags: ['Auto'] },
    { Label: 'Express', Mode: 1, ModeTags: ['RapidCool'] },
  ],
  doorOpen: false,
});
const tv = videoPlayer({
  on: true,
  channels: [
    { MajorNumber: 9, MinorNumber: 0, Name: 'KBS1' },
    { MajorNumber: 11, MinorNumber: 0, Name: 'MBC' },
  ],
  current: 11,
  volume: 12,
  muted: false,
});
const ac = roomAirConditioner({ on: false, local: 2700, coolingSetpoint: 2400, systemMode: 3, fanMode: 5 });
const purifier = airPurifier({ on: true, fanMode: 5, pm25: 12 });

const ep = (eps: Endpoint[], id: string) => findEndpoint(eps, id);

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof HubError) return `${err.status} ${err.code}`;
    throw err;
  }
  return 'ok';
}

describe('validateCommand', () => {
  const cases: Array<[string, Endpoint[], CommandRequest, string]> = [
    [
      'fridge 3 °C',
      fridge,
      cmd('refrigerator', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 300 }),
      'ok',
    ],
    [
      'fridge 1 °C lower bound',
      fridge,
      cmd('refrigerator', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 100 }),
      'ok',
    ],
    [
      'fridge 10 °C',
      fridge,
      cmd('refrigerator', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 1000 }),
      '422 value-out-of-range',
    ],
    [
      'fridge 0 °C',
      fridge,
      cmd('refrigerator', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 0 }),
      '422 value-out-of-range',
    ],
    [
      'fridge off step',
      fridge,
      cmd('refrigerator', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 350 }),
      '422 value-out-of-range',
    ],
    [
      'freezer −20 °C',
      fridge,
      cmd('freezer', 'TemperatureControl', 'SetTemperature', { TargetTemperature: -2000 }),
      'ok',
    ],
    [
      'freezer −10 °C',
      fridge,
      cmd('freezer', 'TemperatureControl', 'SetTemperature', { TargetTemperature: -1000 }),
      '422 value-out-of-range',
    ],
    [
      'string temperature',
      fridge,
      cmd('refrigerator', 'TemperatureControl', 'SetTemperature', { TargetTemperature: '300' }),
      '400 invalid-request',
    ],
    [
      'fractional temperature',
      fridge,
      cmd('refrigerator', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 300.5 }),
      '400 invalid-request',
    ],
    [
      'missing field',
      fridge,
      cmd('refrigerator', 'TemperatureControl', 'SetTemperature', {}),
      '400 invalid-request',
    ],
    [
      'unknown field',
      fridge,
      cmd('refrigerator', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 300, X: 1 }),
      '400 invalid-request',
    ],
    ['unknown command', fridge, cmd('refrigerator', 'TemperatureControl', 'Explode'), '400 unknown-command'],
    [
      'cluster not on endpoint',
      fridge,
      cmd('main', 'TemperatureControl', 'SetTemperature', { TargetTemperature: 300 }),
      '400 unknown-cluster',
    ],
    [
      'express mode',
      fridge,
      cmd('main', 'RefrigeratorAndTemperatureControlledCabinetMode', 'ChangeToMode', { NewMode: 1 }),
      'ok',
    ],
    [
      'unknown mode',
      fridge,
      cmd('main', 'RefrigeratorAndTemperatureControlledCabinetMode', 'ChangeToMode', { NewMode: 7 }),
      '422 value-out-of-range',
    ],
    [
      'channel 9',
      tv,
      cmd('main', 'Channel', 'ChangeChannelByNumber', { MajorNumber: 9, MinorNumber: 0 }),
      'ok',
    ],
    [
      'channel 9 without minor',
      tv,
      cmd('main', 'Channel', 'ChangeChannelByNumber', { MajorNumber: 9 }),
      'ok',
    ],
    [
      'channel 77',
      tv,
      cmd('main', 'Channel', 'ChangeChannelByNumber', { MajorNumber: 77, MinorNumber: 0 }),
      '422 value-out-of-range',
    ],
    ['volume 30', tv, cmd('speaker', 'LevelControl', 'MoveToLevel', { Level: 30 }), 'ok'],
    [
      'volume 130',
      tv,
      cmd('speaker', 'LevelControl', 'MoveToLevel', { Level: 130 }),
      '422 value-out-of-range',
    ],
    [
      'AC cooling 24 °C',
      ac,
      cmd('main', 'Thermostat', 'WriteAttributes', { OccupiedCoolingSetpoint: 2400 }),
      'ok',
    ],
    [
      'AC cooling 35 °C',
      ac,
      cmd('main', 'Thermostat', 'WriteAttributes', { OccupiedCoolingSetpoint: 3500 }),
      '422 value-out-of-range',
    ],
    [
      'AC read-only attribute',
      ac,
      cmd('main', 'Thermostat', 'WriteAttributes', { LocalTemperature: 2000 }),
      '400 read-only',
    ],
    ['AC dry mode', ac, cmd('main', 'Thermostat', 'WriteAttributes', { SystemMode: 8 }), 'ok'],
    [
      'AC emergency heat mode',
      ac,
      cmd('main', 'Thermostat', 'WriteAttributes', { SystemMode: 5 }),
      '422 value-out-of-range',
    ],
    ['purifier fan high', purifier, cmd('main', 'FanControl', 'WriteAttributes', { FanMode: 3 }), 'ok'],
    [
      'purifier fan smart (not in sequence)',
      purifier,
      cmd('main', 'FanControl', 'WriteAttributes', { FanMode: 6 }),
      '422 value-out-of-range',
    ],
    ['empty write', purifier, cmd('main', 'FanControl', 'WriteAttributes', {}), '400 invalid-request'],
  ];
  it.each(cases)('%s', (_name, eps, req, want) => {
    expect(code(() => validateCommand(ep(eps, req.endpoint), req))).toBe(want);
  });

  it('fills MinorNumber 0 when it is left out', () => {
    expect(
      validateCommand(ep(tv, 'main'), cmd('main', 'Channel', 'ChangeChannelByNumber', { MajorNumber: 9 })),
    ).toEqual({
      MajorNumber: 9,
      MinorNumber: 0,
    });
  });

  it('names an unknown endpoint', () => {
    expect(code(() => findEndpoint(fridge, 'garage'))).toBe('400 unknown-endpoint');
  });
});
