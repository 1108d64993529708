/**
 * Matter 1.4 clusters used by the hub, declared as data: attributes (with writability and
 * constraints) and commands (with fields and constraints). Constraints may refer to another
 * attribute of the same cluster on the same endpoint (`minAttr`, `maxAttr`, `stepAttr`).
 */

export type ValueType = 'bool' | 'int' | 'enum' | 'bitmap' | 'string' | 'struct' | 'list';

export interface Constraint {
  min?: number;
  max?: number;
  /** Bounds read from another attribute of the same cluster on the same endpoint. */
  minAttr?: string;
  maxAttr?: string;
  /** The value minus the lower bound must be a multiple of this attribute's value. */
  stepAttr?: string;
  /** Allowed enum values. */
  values?: readonly number[];
  /** Allowed values are the `Mode` numbers of this list attribute (ModeBase SupportedModes). */
  modeListAttr?: string;
  /** Allowed values are the `MajorNumber` of entries of this list attribute (Channel). */
  channelListAttr?: string;
  maxLength?: number;
}

export interface AttributeDef extends Constraint {
  type: ValueType;
  writable?: boolean;
}

export interface FieldDef extends Constraint {
  type: ValueType;
  optional?: boolean;
}

export interface CommandDef {
  fields: Record<string, FieldDef>;
}

export interface ClusterDef {
  id: number;
  attributes: Record<string, AttributeDef>;
  commands: Record<string, CommandDef>;
}

const none: CommandDef = { fields: {} };
const ro = (type: ValueType, c: Constraint = {}): AttributeDef => ({ type, ...c });
const rw = (type: ValueType, c: Constraint = {}): AttributeDef => ({ type, writable: true, ...c });
const modeBase = (id: number): ClusterDef => ({
  id,
  attributes: { SupportedModes: ro('list'), CurrentMode: ro('int') },
  commands: { ChangeToMode: { fields: { NewMode: { type: 'int', modeListAttr: 'SupportedModes' } } } },
});
const measurement = (id: number, extra: Record<string, AttributeDef> = {}): ClusterDef => ({
  id,
  attributes: {
    MeasuredValue: ro('int'),
    MinMeasuredValue: ro('int'),
    MaxMeasuredValue: ro('int'),
    ...extra,
  },
  commands: {},
});
const operationalState = (id: number): ClusterDef => ({
  id,
  attributes: {
    OperationalState: ro('enum'),
    OperationalStateList: ro('list'),
    CountdownTime: ro('int'),
    PhaseList: ro('list'),
    CurrentPhase: ro('int'),
    OperationalError: ro('struct'),
  },
  commands: { Pause: none, Stop: none, Start: none, Resume: none },
});

/** Matter FanModeSequence → the FanMode values it allows. */
export const FAN_MODE_SEQUENCES: Record<number, readonly number[]> = {
  0: [0, 1, 2, 3],
  1: [0, 1, 3],
  2: [0, 1, 2, 3, 5],
  3: [0, 1, 3, 5],
  4: [0, 3, 5],
  5: [0, 3],
};

export const CLUSTERS: Record<string, ClusterDef> = {
  OnOff: {
    id: 0x0006,
    attributes: { OnOff: ro('bool') },
    commands: { On: none, Off: none, Toggle: none },
  },
  LevelControl: {
    id: 0x0008,
    attributes: { CurrentLevel: ro('int'), MinLevel: ro('int'), MaxLevel: ro('int') },
    commands: {
      MoveToLevel: {
        fields: {
          Level: { type: 'int', minAttr: 'MinLevel', maxAttr: 'MaxLevel' },
          TransitionTime: { type: 'int', optional: true, min: 0, max: 65534 },
        },
      },
      MoveToLevelWithOnOff: {
        fields: {
          Level: { type: 'int', minAttr: 'MinLevel', maxAttr: 'MaxLevel' },
          TransitionTime: { type: 'int', optional: true, min: 0, max: 65534 },
        },
      },
      Step: {
        fields: {
          StepMode: { type: 'enum', values: [0, 1] },
          StepSize: { type: 'int', min: 0, max: 255 },
          TransitionTime: { type: 'int', optional: true, min: 0, max: 65534 },
        },
      },
    },
  },
  ColorControl: {
    id: 0x0300,
    attributes: {
      ColorTemperatureMireds: ro('int'),
      ColorTempPhysicalMinMireds: ro('int'),
      ColorTempPhysicalMaxMireds: ro('int'),
      ColorMode: ro('enum'),
    },
    commands: {
      MoveToColorTemperature: {
        fields: {
          ColorTemperatureMireds: {
            type: 'int',
            minAttr: 'ColorTempPhysicalMinMireds',
            maxAttr: 'ColorTempPhysicalMaxMireds',
          },
          TransitionTime: { type: 'int', optional: true, min: 0, max: 65534 },
        },
      },
    },
  },
  TemperatureControl: {
    id: 0x0056,
    attributes: {
      TemperatureSetpoint: ro('int'),
      MinTemperature: ro('int'),
      MaxTemperature: ro('int'),
      Step: ro('int'),
    },
    commands: {
      SetTemperature: {
        fields: {
          TargetTemperature: {
            type: 'int',
            minAttr: 'MinTemperature',
            maxAttr: 'MaxTemperature',
            stepAttr: 'Step',
          },
        },
      },
    },
  },
  TemperatureMeasurement: measurement(0x0402),
  RelativeHumidityMeasurement: measurement(0x0405),
  Pm25ConcentrationMeasurement: measurement(0x042a, {
    MeasurementUnit: ro('enum'),
    MeasurementMedium: ro('enum'),
  }),
  CarbonDioxideConcentrationMeasurement: measurement(0x040d, {
    MeasurementUnit: ro('enum'),
    MeasurementMedium: ro('enum'),
  }),
  RefrigeratorAndTemperatureControlledCabinetMode: modeBase(0x0052),
  LaundryWasherMode: modeBase(0x0051),
  RvcRunMode: modeBase(0x0054),
  RvcCleanMode: modeBase(0x0055),
  RefrigeratorAlarm: {
    id: 0x0057,
    attributes: { Mask: ro('bitmap'), State: ro('bitmap'), Supported: ro('bitmap') },
    commands: {},
  },
  Thermostat: {
    id: 0x0201,
    attributes: {
      LocalTemperature: ro('int'),
      OccupiedCoolingSetpoint: rw('int', {
        minAttr: 'MinCoolSetpointLimit',
        maxAttr: 'MaxCoolSetpointLimit',
      }),
      OccupiedHeatingSetpoint: rw('int', {
        minAttr: 'MinHeatSetpointLimit',
        maxAttr: 'MaxHeatSetpointLimit',
      }),
      MinCoolSetpointLimit: ro('int'),
      MaxCoolSetpointLimit: ro('int'),
      MinHeatSetpointLimit: ro('int'),
      MaxHeatSetpointLimit: ro('int'),
      ControlSequenceOfOperation: ro('enum'),
      /** Allowed values depend on the device; adapters list them in SupportedSystemModes (hub extension). */
      SystemMode: rw('enum', { values: [0, 1, 3, 4, 5, 6, 7, 8, 9], modeListAttr: 'SupportedSystemModes' }),
      SupportedSystemModes: ro('list'),
    },
    commands: {
      SetpointRaiseLower: {
        fields: { Mode: { type: 'enum', values: [0, 1, 2] }, Amount: { type: 'int', min: -128, max: 127 } },
      },
    },
  },
  FanControl: {
    id: 0x0202,
    attributes: {
      FanMode: rw('enum', { values: [0, 1, 2, 3, 4, 5, 6] }),
      FanModeSequence: ro('enum'),
      PercentSetting: rw('int', { min: 0, max: 100 }),
      PercentCurrent: ro('int'),
    },
    commands: {
      Step: {
        fields: {
          Direction: { type: 'enum', values: [0, 1] },
          Wrap: { type: 'bool', optional: true },
          LowestOff: { type: 'bool', optional: true },
        },
      },
    },
  },
  OperationalState: operationalState(0x0060),
  RvcOperationalState: {
    ...operationalState(0x0061),
    commands: { Pause: none, Resume: none, GoHome: none },
  },
  PowerSource: {
    id: 0x002f,
    attributes: {
      Status: ro('enum'),
      BatPercentRemaining: ro('int'),
      BatChargeLevel: ro('enum'),
      BatChargeState: ro('enum'),
    },
    commands: {},
  },
  Channel: {
    id: 0x0504,
    attributes: { ChannelList: ro('list'), CurrentChannel: ro('struct') },
    commands: {
      ChangeChannel: { fields: { Match: { type: 'string', maxLength: 200 } } },
      ChangeChannelByNumber: {
        fields: {
          MajorNumber: { type: 'int', channelListAttr: 'ChannelList' },
          MinorNumber: { type: 'int', min: 0, max: 65535 },
        },
      },
      SkipChannel: { fields: { Count: { type: 'int', min: -32768, max: 32767 } } },
    },
  },
  KeypadInput: {
    id: 0x0509,
    attributes: {},
    commands: { SendKey: { fields: { KeyCode: { type: 'int', min: 0, max: 0xff } } } },
  },
  MediaPlayback: {
    id: 0x0506,
    attributes: { CurrentState: ro('enum'), StartTime: ro('int'), Duration: ro('int') },
    commands: { Play: none, Pause: none, Stop: none, Next: none, Previous: none, StartOver: none },
  },
  DoorLock: {
    id: 0x0101,
    attributes: { LockState: ro('enum'), LockType: ro('enum'), ActuatorEnabled: ro('bool') },
    commands: {
      LockDoor: { fields: { PINCode: { type: 'string', optional: true, maxLength: 16 } } },
      UnlockDoor: { fields: { PINCode: { type: 'string', optional: true, maxLength: 16 } } },
    },
  },
  ValveConfigurationAndControl: {
    id: 0x0081,
    attributes: { CurrentState: ro('enum'), TargetState: ro('enum'), OpenDuration: ro('int') },
    commands: {
      Open: { fields: { OpenDuration: { type: 'int', optional: true, min: 1, max: 86400 } } },
      Close: none,
    },
  },
  WindowCovering: {
    id: 0x0102,
    attributes: {
      Type: ro('enum'),
      OperationalStatus: ro('bitmap'),
      TargetPositionLiftPercent100ths: ro('int'),
      CurrentPositionLiftPercent100ths: ro('int'),
    },
    commands: {
      UpOrOpen: none,
      DownOrClose: none,
      StopMotion: none,
      GoToLiftPercentage: { fields: { LiftPercent100thsValue: { type: 'int', min: 0, max: 10000 } } },
    },
  },
};

/**
 * Hub extension: writing attributes goes through the same command path, as the pseudo-command
 * `WriteAttributes` whose args are `{AttributeName: value}` of writable attributes.
 */
export const WRITE_ATTRIBUTES = 'WriteAttributes';

/** Matter device type ids (hub extension types use the vendor-specific range). */
export const DEVICE_TYPES: Record<string, number> = {
  RootNode: 0x0016,
  OnOffLight: 0x0100,
  DimmableLight: 0x0101,
  ColorTemperatureLight: 0x010c,
  OnOffPlugInUnit: 0x010a,
  DoorLock: 0x000a,
  WindowCovering: 0x0202,
  Thermostat: 0x0301,
  Fan: 0x002b,
  AirPurifier: 0x002d,
  TemperatureSensor: 0x0302,
  HumiditySensor: 0x0307,
  AirQualitySensor: 0x002c,
  BasicVideoPlayer: 0x0028,
  Speaker: 0x0022,
  Refrigerator: 0x0070,
  TemperatureControlledCabinet: 0x0071,
  RoomAirConditioner: 0x0072,
  LaundryWasher: 0x0073,
  RoboticVacuumCleaner: 0x0074,
  WaterValve: 0x0042,
  GasValve: 0xfff1_fc01,
};

/** Semantic tags used by the hub (Refrigerator namespace 0x41 and Common Position). */
export const TAGS = ['Refrigerator', 'Freezer', 'Upper', 'Lower'] as const;

/** ModeBase common and derived mode tags. */
export const MODE_TAGS: Record<string, number> = {
  Auto: 0x0000,
  Quick: 0x0001,
  Quiet: 0x0002,
  LowNoise: 0x0003,
  LowEnergy: 0x0004,
  Vacation: 0x0005,
  Min: 0x0006,
  Max: 0x0007,
  Night: 0x0008,
  Day: 0x0009,
  Normal: 0x4000,
  Delicate: 0x4001,
  Heavy: 0x4002,
  Whites: 0x4003,
  Idle: 0x4000,
  Cleaning: 0x4001,
  Mapping: 0x4002,
  RapidCool: 0x4000,
  RapidFreeze: 0x4001,
};
