/** Spoken routine triggers on a measured quantity (src/nlu/ko/routine-measures.ts), on the demo home's devices. */
import { describe, expect, it } from 'vitest';
import { parseSpokenRoutine } from '../../src/nlu/ko/routines.js';
import { demoHome } from './support/demo-home.js';

const view = demoHome();
const CO2 = 'CarbonDioxideConcentrationMeasurement';

const CASES: Array<[string, Record<string, unknown> | null, unknown]> = [
  [
    '이산화탄소가 1000ppm 넘으면 환기 켜줘',
    { device: 'kids-co2', cluster: CO2, direction: 'above', threshold: 1000 },
    '환기 켜줘',
  ],
  [
    '아이방 이산화탄소가 천 피피엠을 넘어가면 환기 켜 줘',
    { device: 'kids-co2', area: 'kids', threshold: 1000 },
    '환기 켜 줘',
  ],
  [
    'CO2 1,500ppm 이상이면 거실 TV에 알려줘',
    { device: 'kids-co2', direction: 'above', threshold: 1500 },
    { announce: { target: '거실 TV' } },
  ],
  [
    '이산화탄소 농도가 800 아래로 내려가면 환기 꺼줘',
    { device: 'kids-co2', direction: 'below', threshold: 800 },
    '환기 꺼줘',
  ],
  [
    '안방 이산화탄소가 1000ppm 넘으면 환기 켜줘',
    { device: null, area: 'master', threshold: 1000 },
    '환기 켜줘',
  ],
  [
    '거실 온도가 26.5도 넘으면 에어컨 켜줘',
    { cluster: 'TemperatureMeasurement', threshold: 2650, spoken: 26.5 },
    '에어컨 켜줘',
  ],
  // Not a measured trigger: no number, or no quantity named.
  ['이산화탄소가 많이 넘으면 환기 켜줘', null, null],
  ['현관문이 열리면 현관 불 켜 줘', null, null],
];

describe('spoken measured-quantity triggers', () => {
  it.each(CASES)('%s', (text, when, rest) => {
    const u = parseSpokenRoutine(text, view);
    if (when === null) {
      expect(u?.kind === 'create' ? u.when.kind : null).not.toBe('measure');
      return;
    }
    expect(u?.kind).toBe('create');
    if (u?.kind !== 'create') return;
    expect(u.when).toMatchObject({ kind: 'measure', ...when });
    expect(u.action).toEqual(typeof rest === 'string' ? { text: rest } : rest);
  });
});
