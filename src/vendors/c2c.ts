import { CLOUD_SETTINGS, COMMON_SETTINGS, stringSetting, type VendorDescriptor } from './types.js';

/** Cloud-to-cloud fulfillment (SYNC / QUERY / EXECUTE), as a telco IPTV cloud exposes it. */
export const c2c: VendorDescriptor = {
  kind: 'c2c',
  title: 'Cloud-to-cloud (KT and others)',
  cloud: true,
  settings: {
    ...COMMON_SETTINGS,
    ...CLOUD_SETTINGS,
    fulfillmentUrl: stringSetting('the fulfillment URL (default baseUrl + fulfillmentPath)'),
    fulfillmentPath: stringSetting('the fulfillment path under baseUrl (default /fulfillment)'),
    manufacturer: stringSetting("simulator: the devices' manufacturer name"),
    agentUserId: stringSetting("simulator: the cloud's user id"),
  },
  adapter: async () => (await import('../adapters/c2c/index.js')).createC2cAdapter,
  simulator: async () => (await import('../simulators/c2c/index.js')).startC2cSimulator,
};
