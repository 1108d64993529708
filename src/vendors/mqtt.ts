import {
  COMMON_SETTINGS,
  numberSetting,
  portSetting,
  stringSetting,
  type VendorDescriptor,
} from './types.js';

const mqttUrl = (v: unknown) => (/^mqtts?:\/\/[^/]+/.test(String(v)) ? null : 'must be an mqtt:// URL');

/** MQTT with Home Assistant discovery (Zigbee through a zigbee2mqtt-like bridge). */
export const mqtt: VendorDescriptor = {
  kind: 'mqtt',
  title: 'MQTT (Home Assistant discovery, zigbee2mqtt)',
  cloud: false,
  settings: {
    ...COMMON_SETTINGS,
    broker: {
      type: 'string',
      doc: "'embedded' (a broker the hub starts) or the broker's mqtt:// URL",
      check: (v) => (v === 'embedded' || mqttUrl(v) === null ? null : "must be 'embedded' or an mqtt:// URL"),
    },
    brokerUrl: { type: 'string', doc: "the broker's mqtt:// URL", check: mqttUrl },
    brokerPort: portSetting('port of the embedded broker (default: any free port)'),
    discoveryPrefix: stringSetting("Home Assistant's discovery prefix (default homeassistant)"),
    baseTopic: stringSetting("the simulated zigbee2mqtt bridge's base topic (default zigbee2mqtt)"),
    settleMs: numberSetting('how long discovery may keep arriving before the first sync is done (ms)'),
    confirmMs: numberSetting('how long a command waits for the device to report the new state (ms)'),
    clientId: stringSetting('the MQTT client id'),
    username: stringSetting('the MQTT user name'),
    password: stringSetting('the MQTT password'),
    keepalive: numberSetting('MQTT keep-alive (s)'),
  },
  adapter: async () => (await import('../adapters/mqtt/index.js')).createMqttAdapter,
  simulator: async () => (await import('../simulators/zigbee2mqtt/index.js')).startZigbee2MqttSimulator,
};
