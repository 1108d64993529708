import {
  CLOUD_SETTINGS,
  COMMON_SETTINGS,
  numberSetting,
  stringSetting,
  type VendorDescriptor,
} from './types.js';

/** LG ThinQ Connect: LG's appliance cloud (REST and push), LG's own resource names. */
export const thinq: VendorDescriptor = {
  kind: 'thinq',
  title: 'LG ThinQ',
  cloud: true,
  settings: {
    ...COMMON_SETTINGS,
    ...CLOUD_SETTINGS,
    country: stringSetting('ThinQ country code (default KR)'),
    clientId: stringSetting('the ThinQ client id (default yeondong-<connection id>)'),
    apiKey: stringSetting('the ThinQ API key'),
    timeScale: numberSetting('simulator: how fast its clock runs (1 = real time)'),
    maxCallsPerSecond: numberSetting("simulator: the cloud's rate limit"),
  },
  adapter: async () => (await import('../adapters/thinq/index.js')).createThinqAdapter,
  simulator: async () => (await import('../simulators/thinq/index.js')).startThinqSimulator,
};
