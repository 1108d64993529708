/** What SmartThings' accepted commands write, used to answer without a second round trip. */
import { describe, expect, it } from 'vitest';
import type { StDeviceStatus } from '../../src/adapters/smartthings/client.js';
import { predictStatus } from '../../src/adapters/smartthings/optimistic.js';

const tv = (): StDeviceStatus => ({
  components: {
    main: {
      switch: { switch: { value: 'off' } },
      audioVolume: { volume: { value: 12, unit: '%' } },
      audioMute: { mute: { value: 'unmuted' } },
      tvChannel: { tvChannel: { value: '9' }, tvChannelName: { value: 'KBS1' } },
    },
  },
});
const cmd = (capability: string, command: string, args?: unknown[]) => ({
  component: 'main',
  capability,
  command,
  ...(args ? { arguments: args } : {}),
});

describe('SmartThings predicted status', () => {
  it('applies plain writes and leaves the read status untouched', () => {
    const before = tv();
    const next = predictStatus(before, [cmd('switch', 'on'), cmd('audioVolume', 'setVolume', [20])]);
    expect(next?.components.main?.switch?.switch?.value).toBe('on');
    expect(next?.components.main?.audioVolume?.volume).toEqual({ value: 20, unit: '%' });
    expect(next?.components.main?.tvChannel).toEqual(before.components.main?.tvChannel);
    expect(before).toEqual(tv());
  });

  it('gives up (read back instead) on a command whose effect is not a plain write', () => {
    expect(predictStatus(tv(), [cmd('audioVolume', 'volumeUp')])).toBeNull();
    expect(predictStatus(tv(), [cmd('tvChannel', 'setTvChannel', ['11'])])).toBeNull();
    expect(predictStatus(tv(), [cmd('switch', 'on'), cmd('tvChannel', 'channelUp')])).toBeNull();
  });

  it('gives up when the status has no place for the value or the argument is missing', () => {
    expect(predictStatus(tv(), [cmd('switchLevel', 'setLevel', [50])])).toBeNull();
    expect(predictStatus(tv(), [cmd('audioVolume', 'setVolume')])).toBeNull();
    expect(predictStatus(tv(), [])).toBeNull();
  });
});
