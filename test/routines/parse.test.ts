/** The Korean routine words (src/nlu/ko/routines.ts) on the demo home's devices, as a table. */
import { describe, expect, it } from 'vitest';
import { loadHomeFile } from '../../src/home/load.js';
import { parseSpokenRoutine, parseYesNo, saysPhrase } from '../../src/nlu/ko/routines.js';
import type { HomeView } from '../../src/nlu/types.js';
import { DEMO_HOME } from '../support/hub.js';

const file = loadHomeFile(DEMO_HOME);
const TYPES: Record<string, string> = {
  washer: 'LaundryWasher',
  door: 'DoorLock',
  'living-light': 'OnOffLight',
};
const view: HomeView = {
  areas: file.areas,
  devices: file.devices.map((d) => ({
    id: d.id,
    name: d.name,
    aliases: d.aliases,
    area: d.area,
    connection: d.connection,
    online: true,
    deviceType: TYPES[d.id] ?? 'Unknown',
    endpoints: [],
  })),
};

const CASES: Array<[string, unknown]> = [
  [
    '매일 아침 7시에 거실 불 켜줘',
    { kind: 'create', when: { kind: 'time', hh: 7, mm: 0 }, action: { text: '거실 불 켜줘' } },
  ],
  [
    '매일 저녁 일곱 시 반에 거실 불 꺼줘',
    { kind: 'create', when: { kind: 'time', hh: 19, mm: 30 }, action: { text: '거실 불 꺼줘' } },
  ],
  [
    '평일 오전 6시 40분에 안방 난방 23도로 맞춰줘',
    {
      kind: 'create',
      when: { kind: 'time', hh: 6, mm: 40, weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      action: { text: '안방 난방 23도로 맞춰줘' },
    },
  ],
  [
    '매주 토요일 밤 12시에 거실 불 꺼줘',
    {
      kind: 'create',
      when: { kind: 'time', hh: 0, mm: 0, weekdays: ['sat'] },
      action: { text: '거실 불 꺼줘' },
    },
  ],
  [
    '현관문이 열리면 현관 불 켜 줘',
    {
      kind: 'create',
      when: { kind: 'device', device: 'door', state: 'opened' },
      action: { text: '현관 불 켜 줘' },
    },
  ],
  [
    '세탁 끝나면 거실 TV에 알려줘',
    {
      kind: 'create',
      when: { kind: 'device', device: 'washer', state: 'cycleFinished' },
      action: { announce: { target: '거실 TV' } },
    },
  ],
  [
    '세탁기가 다 되면 알려줘',
    {
      kind: 'create',
      when: { kind: 'device', device: 'washer', state: 'cycleFinished' },
      action: { announce: { target: null } },
    },
  ],
  ['무슨 루틴 있어?', { kind: 'list' }],
  ['루틴 목록 알려줘', { kind: 'list' }],
  ['아침 루틴 꺼줘', { kind: 'manage', verb: 'disable', name: '아침' }],
  ['아침 루틴 다시 켜줘', { kind: 'manage', verb: 'enable', name: '아침' }],
  ['외출 모드 루틴 실행해줘', { kind: 'manage', verb: 'run', name: '외출 모드' }],
  // Not routines: a one-off time, a plain command, a question.
  ['7시에 거실 불 켜줘', null],
  ['거실 불 켜줘', null],
  ['지금 몇 시야?', null],
];

describe('routines in Korean', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parseSpokenRoutine(text, view)).toEqual(expected);
  });

  it('hears yes and no, and a routine’s phrase', () => {
    expect(['네', '응', '그래 만들어', '좋아요'].map(parseYesNo)).toEqual(['yes', 'yes', 'yes', 'yes']);
    expect(['아니요', '아니 됐어', '취소해'].map(parseYesNo)).toEqual(['no', 'no', 'no']);
    expect(parseYesNo('거실 불 켜줘')).toBeNull();
    expect(saysPhrase('외출 모드', '외출 모드')).toBe(true);
    expect(saysPhrase('외출모드 실행해줘', '외출 모드')).toBe(true);
    expect(saysPhrase('외출 모드 꺼줘', '외출 모드')).toBe(false);
  });
});
