/**
 * Google Smart Home as data: the Google device type of each Matter device type, the fan speeds'
 * names, and each hub failure's Google error code. Source: Google Home Developers, "Device types",
 * "Traits" and "Errors and exceptions" (developers.home.google.com/cloud-to-cloud, CC BY 4.0).
 */
import type { FailCode } from '../base.js';

const T = 'action.devices.types.';

export const GOOGLE_TYPES: Record<string, string> = {
  OnOffLight: `${T}LIGHT`,
  DimmableLight: `${T}LIGHT`,
  ColorTemperatureLight: `${T}LIGHT`,
  OnOffPlugInUnit: `${T}OUTLET`,
  Refrigerator: `${T}REFRIGERATOR`,
  RoomAirConditioner: `${T}AC_UNIT`,
  LaundryWasher: `${T}WASHER`,
  AirPurifier: `${T}AIRPURIFIER`,
  BasicVideoPlayer: `${T}TV`,
  RoboticVacuumCleaner: `${T}VACUUM`,
  TemperatureSensor: `${T}SENSOR`,
  HumiditySensor: `${T}SENSOR`,
  AirQualitySensor: `${T}SENSOR`,
  Thermostat: `${T}THERMOSTAT`,
  DoorLock: `${T}LOCK`,
  GasValve: `${T}VALVE`,
  WaterValve: `${T}VALVE`,
  Fan: `${T}FAN`,
  WindowCovering: `${T}CURTAIN`,
  Speaker: `${T}SPEAKER`,
};

/** The nearest generic type for a Matter type the table does not name. */
export const GOOGLE_FALLBACK_TYPE = `${T}SWITCH`;

/** Matter FanMode → Google fan speed setting name, with its Korean synonyms. */
export const FAN_SPEEDS: Record<number, { name: string; synonyms: string[] }> = {
  1: { name: 'low', synonyms: ['약', '약풍', '낮음'] },
  2: { name: 'medium', synonyms: ['중', '중간', '중풍'] },
  3: { name: 'high', synonyms: ['강', '강풍', '높음'] },
  5: { name: 'auto', synonyms: ['자동', '자동풍'] },
};

/** Google thermostat mode names of Matter SystemMode values. */
export const THERMOSTAT_MODES: Record<number, string> = {
  0: 'off',
  1: 'auto',
  3: 'cool',
  4: 'heat',
  7: 'fan-only',
  8: 'dry',
};

/** Each failure as Google's errorCode. */
export const GOOGLE_ERRORS: Record<FailCode, string> = {
  unauthorized: 'authFailure',
  'not-allowed': 'authFailure',
  'unknown-device': 'deviceNotFound',
  forbidden: 'securityRestriction',
  'pin-required': 'pinNeeded',
  'pin-invalid': 'challengeFailedPinNeeded',
  'pin-not-set': 'pinIncorrect',
  'too-many-requests': 'tooManyFailedAttempts',
  'device-offline': 'deviceOffline',
  'value-out-of-range': 'valueOutOfRange',
  unsupported: 'functionNotSupported',
  'invalid-request': 'protocolError',
  'vendor-error': 'transientError',
};

/** Korean synonyms of Matter mode tags, for Modes settings (the mode labels themselves are the vendor's). */
export const MODE_TAG_SYNONYMS: Record<string, string[]> = {
  Auto: ['일반', '자동'],
  Normal: ['표준', '표준 코스'],
  Quick: ['쾌속', '빠른 세탁'],
  Delicate: ['울', '섬세'],
  Heavy: ['강력', '찌든 때'],
  RapidCool: ['급속 냉각', '특급 냉장'],
  RapidFreeze: ['급속 냉동', '특급 냉동'],
};

/** The Modes trait's mode name of each Matter mode cluster, with its Korean synonyms. */
export const MODE_NAMES: Record<string, { name: string; synonyms: string[] }> = {
  LaundryWasherMode: { name: 'course', synonyms: ['코스', '세탁 코스'] },
  RefrigeratorAndTemperatureControlledCabinetMode: { name: 'mode', synonyms: ['모드', '냉장고 모드'] },
};
