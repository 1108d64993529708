import { COMMON_SETTINGS, numberSetting, type VendorDescriptor } from './types.js';

/** The apartment wall-pad's devices (heating, door lock, gas valve, ventilator, curtains), run in the hub. */
export const virtual: VendorDescriptor = {
  kind: 'virtual',
  title: 'Wall-pad (virtual devices)',
  cloud: false,
  settings: {
    ...COMMON_SETTINGS,
    tickMs: numberSetting('how often the devices move on by themselves (ms; default 1000)'),
    travelMs: numberSetting('how long a curtain takes to travel fully (ms)'),
    stepMs: numberSetting('how often a moving curtain reports (ms)'),
    heatRatePerMin: numberSetting('how fast heating warms a room (°C per minute)'),
    coolRatePerMin: numberSetting('how fast a room cools toward ambient (°C per minute)'),
    ambientC: { type: 'number', doc: 'the temperature a room drifts to when not heated (°C)' },
  },
  adapter: async () => (await import('../adapters/virtual/index.js')).createVirtualAdapter,
};
