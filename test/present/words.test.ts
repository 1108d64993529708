/** The hub's identifiers in people's words, as the dashboard and the CLI show them. */
import { describe, expect, it } from 'vitest';
import { modeText } from '../../src/present/describe.js';
import { translator } from '../../src/present/i18n.js';
import { commandText, intentText, makerText, patchesText, slotText } from '../../src/present/words.js';

const ko = translator('ko');
const en = translator('en');

describe('words', () => {
  it('names commands by cluster and command, else by command, else as they are', () => {
    expect(commandText(ko, 'ValveConfigurationAndControl', 'Open')).toBe('열기');
    expect(commandText(ko, 'OnOff', 'On')).toBe('켜기');
    expect(commandText(ko, 'RvcRunMode', 'ChangeToMode')).toBe('청소 시작·멈춤');
    expect(commandText(ko, 'LaundryWasherMode', 'ChangeToMode')).toBe('모드 변경');
    expect(commandText(en, 'DoorLock', 'UnlockDoor')).toBe('unlock');
    expect(commandText(ko, 'VendorCluster', 'Frobnicate')).toBe('VendorCluster.Frobnicate');
  });

  it('names intents and slots, keeping unknown ones', () => {
    expect(intentText(ko, 'HassTurnOn')).toBe('켜기·열기');
    expect(intentText(ko, 'YdSetChannel')).toBe('채널 바꾸기');
    expect(intentText(ko, 'HassSomethingNew')).toBe('HassSomethingNew');
    expect(slotText(ko, 'devices')).toBe('기기');
    expect(slotText(ko, 'mystery')).toBe('mystery');
  });

  it('names vendor modes by label, else by Matter mode tag, else as the vendor wrote them', () => {
    expect(modeText(ko, { Label: 'Standard', ModeTags: ['Normal'] })).toBe('표준');
    expect(modeText(ko, { Label: 'Normal', ModeTags: ['Auto'] })).toBe('일반');
    expect(modeText(ko, { Label: 'Eco 40-60', ModeTags: ['LowEnergy'] })).toBe('절전');
    expect(modeText(ko, { Label: '표준 세탁', ModeTags: [] })).toBe('표준 세탁');
    expect(modeText(en, { Label: 'Standard', ModeTags: ['Normal'] })).toBe('Standard');
  });

  it('translates the makers the hub names itself, and leaves brands alone', () => {
    expect(makerText(ko, 'Wall-pad')).toBe('월패드');
    expect(makerText(ko, 'satellite speaker')).toBe('음성 스피커');
    expect(makerText(ko, 'Philips')).toBe('Philips');
  });

  it('describes changed attributes with units', () => {
    expect(
      patchesText(ko, [
        { cluster: 'Thermostat', attributes: { LocalTemperature: 2260 } },
        { cluster: 'OnOff', attributes: { OnOff: true } },
        { cluster: 'TemperatureMeasurement', attributes: { MeasuredValue: -1850 } },
        { cluster: 'Vendor', attributes: { Thing: 'x'.repeat(80) } },
      ]),
    ).toBe(`현재 온도 22.6°C, 전원 켜짐, 온도 \u221218.5°C, Vendor.Thing ${'x'.repeat(57)}…`);
  });
});
