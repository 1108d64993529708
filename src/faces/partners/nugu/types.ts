/**
 * NUGU smart home as data: the NUGU device type of each Matter device type (with the nearest
 * generic type where NUGU has none, e.g. TVs and set-top boxes) and each failure's NUGU result
 * code. Source: SK Telecom, NUGU Developers "SmartHome Play" (developers-doc.nugu.co.kr/nugu-play/
 * smarthome-play: capability interfaces and SmartHome Error).
 */
import type { FailCode } from '../base.js';

export const NUGU_TYPES: Record<string, string> = {
  OnOffLight: 'LIGHT',
  DimmableLight: 'LIGHT',
  ColorTemperatureLight: 'LIGHT',
  OnOffPlugInUnit: 'SMART_PLUG',
  Refrigerator: 'REFRIGERATOR',
  RoomAirConditioner: 'AIR_CONDITIONER',
  LaundryWasher: 'WASHING_MACHINE',
  AirPurifier: 'AIR_PURIFIER',
  RoboticVacuumCleaner: 'ROBOT_CLEANER',
  Thermostat: 'BOILER',
  DoorLock: 'DOOR_LOCK',
  GasValve: 'GAS_VALVE',
  Fan: 'VENTILATOR',
  WindowCovering: 'CURTAIN',
  TemperatureSensor: 'SENSOR',
  AirQualitySensor: 'SENSOR',
};

/** NUGU has no TV, set-top box or speaker type: the nearest generic one. */
export const NUGU_FALLBACK_TYPE = 'SWITCH';

/** Matter FanMode ↔ NUGU airflow types. */
export const AIRFLOW: Record<number, string> = { 1: 'LOW', 2: 'MIDDLE', 3: 'HIGH', 5: 'AUTO' };

export const NUGU_RESULT_CODES: Record<FailCode, string> = {
  unauthorized: 'InvalidToken',
  'not-allowed': 'NotAllowedDevice',
  'unknown-device': 'DeviceNotFound',
  forbidden: 'NotAllowedDevice',
  'pin-required': 'NotAllowedDevice',
  'pin-invalid': 'NotAllowedDevice',
  'pin-not-set': 'NotAllowedDevice',
  'too-many-requests': 'TooManyRequests',
  'device-offline': 'DeviceOffline',
  'value-out-of-range': 'ValueOutOfRange',
  unsupported: 'NotSupportedDirective',
  'invalid-request': 'InvalidParameter',
  'vendor-error': 'DeviceMalfunction',
};
