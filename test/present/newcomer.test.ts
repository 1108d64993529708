/**
 * What a newcomer reads (the dashboard, the CLI): Korean particles chosen by the name's last
 * syllable, routines and history in words, compartments named in the reader's language, and no
 * button for an action the home's security rules never allow through the hub.
 */
import { expect, describe as group, test } from 'vitest';
import { SecurityRules } from '../../src/gate/security.js';
import { doorLock, gasValve, refrigerator } from '../../src/model/devices.js';
import { describe, endpointName } from '../../src/present/describe.js';
import { fill, translator } from '../../src/present/i18n.js';
import { hasBatchim, particle } from '../../src/present/particles.js';
import { actionText, triggerText, weekdaysText } from '../../src/present/routines.js';
import type { Device } from '../../src/present/types.js';
import { valueText } from '../../src/present/words.js';

const ko = translator('ko');
const en = translator('en');
const dev = (id: string, name: string, deviceType: string, endpoints: Device['endpoints']): Device => ({
  id,
  name,
  area: null,
  connection: 'test',
  online: true,
  deviceType,
  endpoints,
});

group('particles', () => {
  test.each([
    ['현관문', '을(를)', '을'],
    ['가스 밸브', '을(를)', '를'],
    ['거실 조명', '이(가)', '이'],
    ['에어컨', '은(는)', '은'],
    ['세탁기', '은(는)', '는'],
    ['서울', '(으)로', '로'],
    ['부엌', '(으)로', '으로'],
    ['TV', '을(를)', '을(를)'],
  ])('%s + %s → %s', (word, written, expected) => {
    expect(particle(word, written)).toBe(expected);
  });

  test('fill picks the particle after a placeholder; no Hangul keeps both forms', () => {
    expect(hasBatchim('문')).toBe(true);
    expect(hasBatchim('브')).toBe(false);
    expect(hasBatchim('5')).toBeNull();
    expect(fill('{name}을(를) 열까요?', { name: '현관문' })).toBe('현관문을 열까요?');
    expect(fill('{name}을(를) 잠글까요?', { name: '가스 밸브' })).toBe('가스 밸브를 잠글까요?');
    expect(fill('{name}을(를) 잠글까요?', { name: 'Door' })).toBe('Door을(를) 잠글까요?');
    expect(ko('control.confirmValveClose', { name: '가스 밸브' })).toBe('가스 밸브를 잠글까요?');
  });
});

group('security rules decide which buttons a card offers', () => {
  const rules = new SecurityRules({
    voicePin: null,
    rules: [{ deviceTypes: ['GasValve'], commands: ['Open'], require: 'forbidden' }],
  });
  const refused = (type: string, command: string) => rules.requirement(type, command) === 'forbidden';

  test('a closed gas valve offers no Open when the home forbids it; an open one offers Close', () => {
    const closed = dev('g', '가스 밸브', 'GasValve', gasValve(false));
    expect(describe(closed, ko).controls.map((c) => c.label)).toEqual(['열기']);
    expect(describe(closed, ko, refused).controls).toEqual([]);
    const open = describe(dev('g', '가스 밸브', 'GasValve', gasValve(true)), ko, refused);
    expect(open.controls).toMatchObject([{ kind: 'action', confirm: '가스 밸브를 잠글까요?' }]);
    // Another type keeps its buttons: nothing is tied to the gas valve.
    expect(describe(dev('d', '현관문', 'DoorLock', doorLock(true)), ko, refused).controls).toHaveLength(1);
  });

  test('the refusal is named as never done through the hub, not as a voice matter', () => {
    expect(ko('error.forbidden')).toBe('허브를 통해서는 할 수 없어요');
    expect(ko('grants.forbidden')).not.toMatch(/음성/);
    expect(en('error.forbidden')).not.toMatch(/voice/i);
  });
});

group('compartments in the reader language', () => {
  const fridge = dev(
    'fridge',
    '냉장고',
    'Refrigerator',
    refrigerator({
      cabinets: [
        {
          id: 'refrigerator',
          name: '냉장실',
          tags: ['Refrigerator'],
          setpoint: 300,
          min: 100,
          max: 700,
          step: 100,
        },
        {
          id: 'freezer',
          name: '냉동실',
          tags: ['Freezer'],
          setpoint: -1800,
          min: -2300,
          max: -1500,
          step: 100,
        },
        { id: 'kimchi', name: '김치칸', tags: ['Refrigerator'], setpoint: 0, min: -200, max: 200, step: 100 },
      ],
      doorOpen: false,
    }),
  );

  test('a vendor name that is only the common word follows the catalog; the household name stays', () => {
    expect(describe(fridge, en).facts[0]).toBe('Fridge 3°C / Freezer −18°C / 김치칸 0°C');
    expect(describe(fridge, ko).facts[0]).toBe('냉장실 3°C / 냉동실 −18°C / 김치칸 0°C');
    expect(endpointName({ tags: [], name: 'main' }, ko)).toBe('main');
    expect(endpointName({ tags: [] }, ko)).toBeNull();
  });
});

group('routines in words', () => {
  const names = {
    device: (id: string) =>
      ({ 'living-light': '거실 조명', 'heat-living': '거실 난방', curtain: '거실 커튼' })[id] ?? id,
    routine: (id: string) => id,
  };

  test('triggers: the phrase quoted, weekdays in Korean, the time', () => {
    expect(triggerText(ko, { type: 'phrase', phrase: '잘 자' }, names)).toBe('“잘 자”라고 말하면');
    expect(
      triggerText(ko, { type: 'time', at: '07:00', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] }, names),
    ).toBe('평일 07:00');
    expect(triggerText(ko, { type: 'time', at: '07:00' }, names)).toBe('매일 07:00');
    expect(weekdaysText(ko, ['fri', 'mon', 'wed'])).toBe('월·수·금');
    expect(weekdaysText(ko, ['sat', 'sun'])).toBe('주말');
    expect(
      triggerText(
        ko,
        { type: 'attribute', device: 'heat-living', cluster: 'OnOff', attribute: 'OnOff', becomes: true },
        names,
      ),
    ).toBe('거실 난방 · 전원 켜짐');
    expect(
      triggerText(
        ko,
        {
          type: 'attribute',
          device: 'heat-living',
          cluster: 'Thermostat',
          attribute: 'LocalTemperature',
          above: 2500,
        },
        names,
      ),
    ).toBe('거실 난방 · 현재 온도가 25°C 넘으면');
  });

  test('actions: commands in words, delay with its duration, notice with its text', () => {
    const command = (cluster: string, command: string, device: string, args = {}) => ({
      type: 'command',
      device,
      cluster,
      command,
      args,
    });
    expect(actionText(ko, command('OnOff', 'Off', 'living-light'), names)).toBe('거실 조명 · 끄기');
    expect(actionText(ko, command('WindowCovering', 'UpOrOpen', 'curtain'), names)).toBe('거실 커튼 · 열기');
    expect(
      actionText(
        ko,
        command('Thermostat', 'WriteAttributes', 'heat-living', { OccupiedHeatingSetpoint: 2200 }),
        names,
      ),
    ).toBe('거실 난방 · 난방 설정 온도 22°C');
    expect(actionText(ko, { type: 'delay', seconds: 90 }, names)).toBe('1분 30초 기다리기');
    expect(actionText(ko, { type: 'delay', seconds: 300 }, names)).toBe('5분 기다리기');
    expect(actionText(ko, { type: 'notice', text: '잘 자요' }, names)).toBe('알림 “잘 자요”');
  });
});

test('enumerated states in words', () => {
  expect(valueText(ko, 'OperationalState', 'OperationalState', 1)).toBe('동작 중');
  expect(valueText(ko, 'DoorLock', 'LockState', 1)).toBe('잠김');
  expect(valueText(en, 'OperationalState', 'OperationalState', 0)).not.toBe('0');
});
