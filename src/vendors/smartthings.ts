import { CLOUD_SETTINGS, COMMON_SETTINGS, numberSetting, type VendorDescriptor } from './types.js';

/** Samsung SmartThings: the SmartThings REST API with its capabilities. */
export const smartthings: VendorDescriptor = {
  kind: 'smartthings',
  title: 'Samsung SmartThings',
  cloud: true,
  settings: {
    ...COMMON_SETTINGS,
    ...CLOUD_SETTINGS,
    timeScale: numberSetting('simulator: how fast its clock runs (1 = real time)'),
    tickMs: numberSetting("simulator: how often its devices' state moves (ms)"),
  },
  adapter: async () => (await import('../adapters/smartthings/index.js')).createSmartThingsAdapter,
  simulator: async () => (await import('../simulators/smartthings/index.js')).startSmartThingsSimulator,
};
