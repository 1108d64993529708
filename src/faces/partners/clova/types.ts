/**
 * Clova Home (CEK `ClovaHome` namespace) as data: the appliance type of each Matter device type and
 * each failure's Clova error. Source: NAVER Clova Developers, "Clova Home Extension API reference"
 * (ApplianceInfo appliance types, error messages); names kept as that reference spells them.
 */
import type { FailCode } from '../base.js';

export const CLOVA_TYPES: Record<string, string> = {
  OnOffLight: 'LIGHT',
  DimmableLight: 'LIGHT',
  ColorTemperatureLight: 'LIGHT',
  OnOffPlugInUnit: 'SMARTPLUG',
  Refrigerator: 'REFRIGERATOR',
  RoomAirConditioner: 'AIRCONDITIONER',
  LaundryWasher: 'CLOTHESWASHER',
  AirPurifier: 'AIRPURIFIER',
  BasicVideoPlayer: 'SETTOPBOX',
  RoboticVacuumCleaner: 'ROBOTVACUUM',
  TemperatureSensor: 'THERMOSTAT',
  AirQualitySensor: 'AIRSENSOR',
  Thermostat: 'HEATER',
  DoorLock: 'SMARTLOCK',
  GasValve: 'GASVALVE',
  Fan: 'VENTILATOR',
  WindowCovering: 'SMARTCURTAIN',
  Speaker: 'SMARTPLUG',
};

/** The nearest generic type for a Matter type the table does not name. */
export const CLOVA_FALLBACK_TYPE = 'SWITCH';

export const CLOVA_ERRORS: Record<FailCode, string> = {
  unauthorized: 'InvalidAccessTokenError',
  'not-allowed': 'UnsupportedOperationError',
  'unknown-device': 'NoSuchTargetError',
  forbidden: 'UnsupportedOperationError',
  'pin-required': 'ConditionsNotMetError',
  'pin-invalid': 'ConditionsNotMetError',
  'pin-not-set': 'ConditionsNotMetError',
  'too-many-requests': 'ConditionsNotMetError',
  'device-offline': 'TargetOfflineError',
  'value-out-of-range': 'ValueOutOfRangeError',
  unsupported: 'UnsupportedOperationError',
  'invalid-request': 'UnexpectedInformationReceivedError',
  'vendor-error': 'TargetHardwareMalfunctionError',
};
