/**
 * SmartThings Schema as data: the device handler type and category of each Matter device type,
 * the component of each fridge compartment, fan speeds, and each failure's device error.
 * Source: SmartThings Developers, "Schema Connector" and "Capabilities reference"
 * (developer.smartthings.com), and the `st-schema` SDK (Apache-2.0) for the error enums.
 */
import type { FailCode } from '../base.js';

export const ST_HANDLERS: Record<string, { handler: string; category: string }> = {
  OnOffLight: { handler: 'c2c-switch', category: 'light' },
  DimmableLight: { handler: 'c2c-dimmer', category: 'light' },
  ColorTemperatureLight: { handler: 'c2c-color-temperature-bulb', category: 'light' },
  OnOffPlugInUnit: { handler: 'c2c-switch', category: 'smartplug' },
  Refrigerator: { handler: 'c2c-refrigerator', category: 'refrigerator' },
  RoomAirConditioner: { handler: 'c2c-air-conditioner', category: 'airconditioner' },
  LaundryWasher: { handler: 'c2c-washer', category: 'washer' },
  AirPurifier: { handler: 'c2c-air-purifier', category: 'airpurifier' },
  BasicVideoPlayer: { handler: 'c2c-television', category: 'television' },
  RoboticVacuumCleaner: { handler: 'c2c-robot-cleaner', category: 'robotcleaner' },
  TemperatureSensor: { handler: 'c2c-humidity', category: 'multifunctionalsensor' },
  AirQualitySensor: { handler: 'c2c-carbon-dioxide', category: 'airqualitydetector' },
  Thermostat: { handler: 'c2c-thermostat', category: 'thermostat' },
  DoorLock: { handler: 'c2c-lock', category: 'smartlock' },
  GasValve: { handler: 'c2c-valve', category: 'gasvalve' },
  Fan: { handler: 'c2c-fan', category: 'fan' },
  WindowCovering: { handler: 'c2c-shade', category: 'blind' },
  Speaker: { handler: 'c2c-music-player', category: 'speaker' },
};

/** The nearest generic handler for a Matter type the table does not name. */
export const ST_FALLBACK = { handler: 'c2c-switch', category: 'switch' };

/** The component of a compartment, by its Matter tag (SmartThings' fridge components). */
export const ST_COMPONENTS: Record<string, string> = {
  Refrigerator: 'cooler',
  Freezer: 'freezer',
  Upper: 'upper',
  Lower: 'lower',
};

/** Matter FanMode ↔ st.fanSpeed fanSpeed (0 off, 1 low, 2 medium, 3 high, 4 auto). */
export const FAN_SPEED_OF_MODE: Record<number, number> = { 0: 0, 1: 1, 2: 2, 3: 3, 5: 4 };

export const ST_DEVICE_ERRORS: Record<FailCode, string> = {
  unauthorized: 'CAPABILITY-NOT-SUPPORTED',
  'not-allowed': 'CAPABILITY-NOT-SUPPORTED',
  'unknown-device': 'DEVICE-DELETED',
  forbidden: 'CAPABILITY-NOT-SUPPORTED',
  'pin-required': 'CAPABILITY-NOT-SUPPORTED',
  'pin-invalid': 'CAPABILITY-NOT-SUPPORTED',
  'pin-not-set': 'CAPABILITY-NOT-SUPPORTED',
  'too-many-requests': 'DEVICE-UNAVAILABLE',
  'device-offline': 'DEVICE-UNAVAILABLE',
  'value-out-of-range': 'RESOURCE-CONSTRAINT-VIOLATION',
  unsupported: 'CAPABILITY-NOT-SUPPORTED',
  'invalid-request': 'RESOURCE-CONSTRAINT-VIOLATION',
  'vendor-error': 'DEVICE-UNAVAILABLE',
};
