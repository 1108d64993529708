import { COMMON_SETTINGS, numberSetting, stringSetting, type VendorDescriptor } from './types.js';

/**
 * Matter devices commissioned onto the hub's own fabric (POST /api/v1/homes/{home}/matter/devices,
 * `yeondong matter pair`); the hub adds this connection (id `matter`) when it pairs the first one.
 */
export const matter: VendorDescriptor = {
  kind: 'matter',
  title: 'Matter (the hub as controller)',
  cloud: false,
  settings: {
    ...COMMON_SETTINGS,
    storagePath: stringSetting("matter.js's storage folder (default DATA/matter)"),
    controllerId: stringSetting("the fabric's storage id inside it (default <home>-controller)"),
    fabricLabel: stringSetting('the fabric label devices show for the hub (default Yeondong)'),
    commissionTimeoutMs: numberSetting('longest wait for commissioning a device (ms; default 60000)'),
    maxIntervalSeconds: numberSetting(
      'subscription keep-alive ceiling: a silent device is offline after about this long (s; default 30)',
    ),
  },
  adapter: async () => (await import('../adapters/matter/index.js')).createMatterAdapter,
};
