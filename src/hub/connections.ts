/**
 * Which adapter and which simulator serve each `adapter` name of the home file. Adapters and
 * simulators are loaded lazily so a hub only loads what its homes use.
 */
import type { AdapterFactory } from '../adapters/types.js';
import type { SimulatorFactory } from '../simulators/types.js';

export interface ConnectionKind {
  adapter: () => Promise<AdapterFactory>;
  simulator?: () => Promise<SimulatorFactory>;
}

export const CONNECTION_KINDS: Record<string, ConnectionKind> = {
  thinq: {
    adapter: async () => (await import('../adapters/thinq/index.js')).createThinqAdapter,
    simulator: async () => (await import('../simulators/thinq/index.js')).startThinqSimulator,
  },
  c2c: {
    adapter: async () => (await import('../adapters/c2c/index.js')).createC2cAdapter,
    simulator: async () => (await import('../simulators/c2c/index.js')).startC2cSimulator,
  },
  smartthings: {
    adapter: async () => (await import('../adapters/smartthings/index.js')).createSmartThingsAdapter,
    simulator: async () => (await import('../simulators/smartthings/index.js')).startSmartThingsSimulator,
  },
  mqtt: {
    adapter: async () => (await import('../adapters/mqtt/index.js')).createMqttAdapter,
    simulator: async () => (await import('../simulators/zigbee2mqtt/index.js')).startZigbee2MqttSimulator,
  },
  virtual: {
    adapter: async () => (await import('../adapters/virtual/index.js')).createVirtualAdapter,
  },
};
