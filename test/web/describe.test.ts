/** The dashboard's pure parts: Korean units and controls per device, the event reducer, the catalogs. */
import { expect, describe as group, test } from 'vitest';
import {
  airPurifier,
  climateSensor,
  doorLock,
  gasValve,
  heatingThermostat,
  light,
  refrigerator,
  videoPlayer,
  windowCovering,
} from '../../src/model/devices.js';
import { celsius, describe, levelToPercent, percentToLevel } from '../../src/present/describe.js';
import { CATALOGS, fill, translator } from '../../src/present/i18n.js';
import { clockText } from '../../src/present/time.js';
import type { Device, Endpoint, HomeInfo } from '../../web/src/model.js';
import { filterActivity, groupByArea, initialState, reduce } from '../../web/src/state.js';

const ko = translator('ko');
const en = translator('en');
const dev = (
  id: string,
  deviceType: string,
  endpoints: Endpoint[],
  area: string | null = 'living',
): Device => ({
  id,
  name: id,
  area,
  connection: 'test',
  online: true,
  deviceType,
  endpoints,
});

const fridge = dev(
  'fridge',
  'Refrigerator',
  refrigerator({
    cabinets: [
      { id: 'refrigerator', name: '', tags: ['Refrigerator'], setpoint: 300, min: 100, max: 700, step: 100 },
      { id: 'freezer', name: '', tags: ['Freezer'], setpoint: -1800, min: -2300, max: -1500, step: 100 },
    ],
    doorOpen: false,
  }),
);
const tv = dev(
  'tv',
  'BasicVideoPlayer',
  videoPlayer({
    on: true,
    channels: [{ MajorNumber: 9, MinorNumber: 0, Name: 'KBS1' }],
    current: 9,
    volume: 12,
    muted: false,
  }),
);

group('device facts in Korean units', () => {
  test.each([
    ['fridge', fridge, '냉장실 3°C / 냉동실 −18°C'],
    ['tv', tv, '켜짐 · 채널 9 KBS1 · 볼륨 12'],
    ['dimmable light', dev('l', 'DimmableLight', light({ on: true, level: 127 })), '켜짐 · 밝기 50%'],
    [
      'color light',
      dev('l', 'ColorTemperatureLight', light({ on: false, level: 254, mireds: 370 })),
      '꺼짐 · 밝기 100% · 색온도 2700K',
    ],
    ['locked door', dev('d', 'DoorLock', doorLock(true)), '잠김'],
    ['unlocked door', dev('d', 'DoorLock', doorLock(false)), '열림'],
    ['gas valve open', dev('g', 'GasValve', gasValve(true)), '열림'],
    [
      'heating',
      dev('h', 'Thermostat', heatingThermostat({ on: true, local: 2150, setpoint: 2200 })),
      '켜짐 · 현재 21.5°C · 설정 22°C',
    ],
    [
      'sensor',
      dev('s', 'TemperatureSensor', climateSensor({ temperature: 2350, humidity: 4100 })),
      '23.5°C · 습도 41%',
    ],
    [
      'purifier',
      dev('p', 'AirPurifier', airPurifier({ on: true, fanMode: 5, pm25: 12 })),
      '켜짐 · 초미세먼지 12µg/m³ · 풍량 자동',
    ],
    ['curtain', dev('c', 'WindowCovering', windowCovering(10000, 10000)), '열림 0%'],
  ])('%s', (_name, d, text) => {
    expect(describe(d, ko).facts.join(' · ')).toBe(text);
  });

  test('English too', () => {
    expect(describe(tv, en).facts.join(' · ')).toBe('On · Channel 9 KBS1 · Volume 12');
  });

  test('numbers', () => {
    expect(celsius(-1800)).toBe('\u221218°C');
    expect(celsius(2350)).toBe('23.5°C');
    expect(celsius(0)).toBe('0°C');
    expect(levelToPercent(254)).toBe(100);
    expect(levelToPercent(1)).toBe(1);
    expect(percentToLevel(50)).toBe(127);
    expect(percentToLevel(100)).toBe(254);
    expect(percentToLevel(0)).toBe(1);
  });
});

group('controls that fit the device', () => {
  test('the fridge has one stepper per cabinet with the device’s own range and step', () => {
    const steppers = describe(fridge, ko).controls.filter((c) => c.kind === 'stepper');
    expect(steppers.map((c) => [c.label, c.value, c.min, c.max, c.step])).toEqual([
      ['냉장실', 300, 100, 700, 100],
      ['냉동실', -1800, -2300, -1500, 100],
    ]);
    const s = steppers[0];
    if (s?.kind !== 'stepper') throw new Error('no stepper');
    expect(s.body(200)).toEqual({
      endpoint: 'refrigerator',
      cluster: 'TemperatureControl',
      command: 'SetTemperature',
      args: { TargetTemperature: 200 },
    });
  });

  test('the TV has power, a channel list and volume on its speaker endpoint', () => {
    const cs = describe(tv, ko).controls;
    expect(cs.map((c) => c.kind)).toEqual(['toggle', 'select', 'stepper']);
    const ch = cs[1];
    const vol = cs[2];
    if (ch?.kind !== 'select' || vol?.kind !== 'stepper') throw new Error('unexpected controls');
    expect(ch.body('9').args).toEqual({ MajorNumber: 9, MinorNumber: 0 });
    expect(vol.body(13)).toEqual({
      endpoint: 'speaker',
      cluster: 'LevelControl',
      command: 'MoveToLevel',
      args: { Level: 13 },
    });
  });

  test('a light has a toggle and a brightness slider in percent', () => {
    const cs = describe(dev('l', 'DimmableLight', light({ on: false, level: 127 })), ko).controls;
    const toggle = cs[0];
    const slider = cs[1];
    if (toggle?.kind !== 'toggle' || slider?.kind !== 'slider') throw new Error('unexpected controls');
    expect(toggle.body(true).command).toBe('On');
    expect(slider.value).toBe(50);
    expect(slider.body(100).args).toEqual({ Level: 254 });
  });

  test('a lock asks for confirmation', () => {
    const [c] = describe({ ...dev('d', 'DoorLock', doorLock(true)), name: '현관문' }, ko).controls;
    expect(c).toMatchObject({
      kind: 'action',
      label: '열기',
      confirm: '현관문을 열까요?',
      body: { command: 'UnlockDoor' },
    });
  });

  test('a device whose state has not arrived yet has no facts and no controls', () => {
    expect(describe(dev('x', 'Unknown', []), ko)).toEqual({ facts: [], alerts: [], controls: [], on: null });
  });
});

const HOME: HomeInfo = {
  id: 'h',
  name: 'h',
  areas: [
    { id: 'living', name: '거실' },
    { id: 'kitchen', name: '주방' },
  ],
  assistants: [{ id: 'genie', name: '기가지니', wakeWords: ['지니야'] }],
  satellites: [{ id: 'console', name: '콘솔', assistants: ['genie'] }],
  grants: [],
  connections: {},
};

group('state from the event stream', () => {
  const light1 = dev('light', 'OnOffLight', light({ on: false }), 'living');
  const base = initialState(HOME, [
    dev('k', 'OnOffLight', light({ on: true }), 'kitchen'),
    light1,
    dev('o', 'Fan', [], null),
  ]);

  test('devices are grouped in the home file’s area order, unknown areas last', () => {
    const groups = groupByArea(HOME, Object.values(base.devices));
    expect(groups.map((g) => [g.name, g.devices.map((d) => d.id)])).toEqual([
      ['거실', ['light']],
      ['주방', ['k']],
      [null, ['o']],
    ]);
  });

  test('stateChanged patches the device and logs the change; onlineChanged flips it', () => {
    let s = reduce(base, {
      type: 'event',
      event: {
        type: 'stateChanged',
        at: 1,
        home: 'h',
        device: 'light',
        origin: 'assistant:genie',
        patches: [{ endpoint: 'main', cluster: 'OnOff', attributes: { OnOff: true } }],
      },
    });
    expect(s.devices.light?.endpoints[0]?.clusters.OnOff?.OnOff).toBe(true);
    expect(base.devices.light?.endpoints[0]?.clusters.OnOff?.OnOff).toBe(false);
    s = reduce(s, {
      type: 'event',
      event: { type: 'onlineChanged', at: 2, home: 'h', device: 'light', online: false },
    });
    expect(s.devices.light?.online).toBe(false);
    expect(s.activity.map((a) => a.kind)).toEqual(['online', 'state']);
    expect(filterActivity(s.activity, '', 'genie').map((a) => a.kind)).toEqual(['state']);
    expect(filterActivity(s.activity, 'k', '')).toEqual([]);
  });
});

group('times as the home’s clock shows them', () => {
  // 15:00:30 UTC is 00:00:30 the next day in Seoul; 14:59:59 UTC is 23:59:59 the same day.
  const afterMidnight = Date.UTC(2026, 11, 5, 15, 0, 30);
  const beforeMidnight = Date.UTC(2026, 11, 5, 14, 59, 59);

  test('the hour after midnight is 00, not 24, in Korean and in English', () => {
    // `hour12: false` resolves ko-KR (a 12-hour locale) to the h24 cycle on some engines (V8 in
    // Node 20, older browsers): "24:00:30". The clock must read 00:00:30 in every engine.
    expect(clockText('ko', 'Asia/Seoul', afterMidnight)).toBe('00:00:30');
    expect(clockText('ko', 'Asia/Seoul', afterMidnight, true)).toBe('2026. 12. 06. 00:00:30');
    expect(clockText('en', 'Asia/Seoul', afterMidnight)).toBe('00:00:30');
    expect(clockText('en', 'Asia/Seoul', afterMidnight, true)).toBe('06/12/2026, 00:00:30');
  });

  test('the date and the hour are the given timezone’s, not the process’s', () => {
    expect(clockText('ko', 'Asia/Seoul', beforeMidnight, true)).toBe('2026. 12. 05. 23:59:59');
    expect(clockText('ko', 'UTC', afterMidnight, true)).toBe('2026. 12. 05. 15:00:30');
  });
});

group('message catalogs', () => {
  test('Korean and English have the same keys and the same placeholders', () => {
    const keys = Object.keys(CATALOGS.ko).sort();
    expect(Object.keys(CATALOGS.en).sort()).toEqual(keys);
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of keys as Array<keyof typeof CATALOGS.ko>)
      expect(holes(CATALOGS.en[k]), k).toEqual(holes(CATALOGS.ko[k]));
  });

  test('fill leaves unknown placeholders alone', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
