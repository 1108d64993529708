/**
 * Builders of the hub's standard device shapes (home-file.md table), declared once so every
 * adapter produces the same Matter structure. Inputs are already in Matter units
 * (0.01 °C, enum numbers); adapters convert from the vendor's own units before calling these.
 */
import { DoorLock, MediaPlayback, OperationalState } from './spec/enums.gen.js';
import { FanModeSequence } from './tables.js';
import type { Endpoint } from './types.js';

export interface ModeOption {
  Label: string;
  Mode: number;
  ModeTags: string[];
}

export interface Cabinet {
  id: string;
  name: string;
  tags: string[];
  setpoint: number;
  min: number;
  max: number;
  step: number;
  measured?: number | null;
}

export const cabinetEndpoint = (c: Cabinet): Endpoint => ({
  id: c.id,
  deviceTypes: ['TemperatureControlledCabinet'],
  tags: c.tags,
  name: c.name,
  clusters: {
    TemperatureControl: {
      TemperatureSetpoint: c.setpoint,
      MinTemperature: c.min,
      MaxTemperature: c.max,
      Step: c.step,
    },
    TemperatureMeasurement: { MeasuredValue: c.measured ?? c.setpoint },
  },
});

/** Refrigerator with a parent endpoint (modes, alarm) and one cabinet per compartment. */
export function refrigerator(opts: {
  cabinets: Cabinet[];
  modes?: ModeOption[];
  currentMode?: number;
  doorOpen?: boolean;
}): Endpoint[] {
  const main: Endpoint = { id: 'main', deviceTypes: ['Refrigerator'], tags: [], clusters: {} };
  if (opts.modes) {
    main.clusters.RefrigeratorAndTemperatureControlledCabinetMode = {
      SupportedModes: opts.modes,
      CurrentMode: opts.currentMode ?? opts.modes[0]?.Mode ?? 0,
    };
  }
  if (opts.doorOpen !== undefined) {
    main.clusters.RefrigeratorAlarm = { Mask: 1, Supported: 1, State: opts.doorOpen ? 1 : 0 };
  }
  return [main, ...opts.cabinets.map(cabinetEndpoint)];
}

export { FanMode, FanModeSequence, SystemMode } from './tables.js';

export function roomAirConditioner(s: {
  on: boolean;
  local: number;
  coolingSetpoint: number;
  systemMode: number;
  fanMode: number;
  supportedSystemModes?: number[];
}): Endpoint[] {
  return [
    {
      id: 'main',
      deviceTypes: ['RoomAirConditioner'],
      tags: [],
      clusters: {
        OnOff: { OnOff: s.on },
        Thermostat: {
          LocalTemperature: s.local,
          OccupiedCoolingSetpoint: s.coolingSetpoint,
          MinCoolSetpointLimit: 1800,
          MaxCoolSetpointLimit: 3000,
          SystemMode: s.systemMode,
          SupportedSystemModes: s.supportedSystemModes ?? [1, 3, 4, 7, 8],
          ControlSequenceOfOperation: 4,
        },
        FanControl: {
          FanMode: s.fanMode,
          FanModeSequence: FanModeSequence.OffLowMedHighAuto,
          PercentSetting: null,
        },
      },
    },
  ];
}

/** OperationalState numbers (Stopped 0, Running 1, Paused 2, Error 3). */
export const OperationalStateValue = OperationalState.OperationalStateEnum;

export function laundryWasher(s: {
  state: number;
  countdown: number;
  modes: ModeOption[];
  currentMode: number;
}): Endpoint[] {
  return [
    {
      id: 'main',
      deviceTypes: ['LaundryWasher'],
      tags: [],
      clusters: {
        OperationalState: {
          OperationalState: s.state,
          CountdownTime: s.countdown,
          OperationalStateList: [
            { OperationalStateID: 0, OperationalStateLabel: 'Stopped' },
            { OperationalStateID: 1, OperationalStateLabel: 'Running' },
            { OperationalStateID: 2, OperationalStateLabel: 'Paused' },
            { OperationalStateID: 3, OperationalStateLabel: 'Error' },
          ],
        },
        LaundryWasherMode: { SupportedModes: s.modes, CurrentMode: s.currentMode },
      },
    },
  ];
}

export function airPurifier(s: { on: boolean; fanMode: number; pm25: number }): Endpoint[] {
  return [
    {
      id: 'main',
      deviceTypes: ['AirPurifier'],
      tags: [],
      clusters: {
        OnOff: { OnOff: s.on },
        FanControl: {
          FanMode: s.fanMode,
          FanModeSequence: FanModeSequence.OffLowMedHighAuto,
          PercentSetting: null,
        },
        Pm25ConcentrationMeasurement: { MeasuredValue: s.pm25, MeasurementUnit: 4, MeasurementMedium: 0 },
      },
    },
  ];
}

export interface ChannelInfo {
  MajorNumber: number;
  MinorNumber: number;
  Name: string;
  /** Hub extension: other names people use for the channel. */
  Aliases?: string[];
}

/** A TV or set-top box: the player endpoint plus a Speaker child for volume and mute. */
export function videoPlayer(s: {
  on: boolean;
  channels: ChannelInfo[];
  current: number | null;
  volume: number;
  muted: boolean;
}): Endpoint[] {
  const cur = s.channels.find((c) => c.MajorNumber === s.current);
  return [
    {
      id: 'main',
      deviceTypes: ['BasicVideoPlayer'],
      tags: [],
      clusters: {
        OnOff: { OnOff: s.on },
        Channel: {
          ChannelList: s.channels,
          CurrentChannel: cur
            ? { MajorNumber: cur.MajorNumber, MinorNumber: cur.MinorNumber, Name: cur.Name }
            : s.current === null
              ? null
              : { MajorNumber: s.current, MinorNumber: 0, Name: '' },
        },
        KeypadInput: {},
      },
    },
    speakerEndpoint('speaker', s.volume, !s.muted),
  ];
}

export const speakerEndpoint = (id: string, volume: number, unmuted: boolean): Endpoint => ({
  id,
  deviceTypes: ['Speaker'],
  tags: [],
  clusters: {
    LevelControl: { CurrentLevel: volume, MinLevel: 0, MaxLevel: 100 },
    OnOff: { OnOff: unmuted },
  },
});

/** MediaPlayback CurrentState numbers (Playing 0, Paused 1, NotPlaying 2, Buffering 3). */
export const MediaState = MediaPlayback.PlaybackStateEnum;

/** A satellite with `player: true`: a Speaker with media playback and volume. */
export function mediaSpeaker(s: { state: number; volume: number; unmuted?: boolean }): Endpoint[] {
  return [
    {
      id: 'main',
      deviceTypes: ['Speaker'],
      tags: [],
      clusters: {
        MediaPlayback: { CurrentState: s.state },
        LevelControl: { CurrentLevel: s.volume, MinLevel: 0, MaxLevel: 100 },
        OnOff: { OnOff: s.unmuted ?? true },
      },
    },
  ];
}

export function roboticVacuum(s: {
  running: boolean;
  operational: number;
  batteryHalfPercent: number;
}): Endpoint[] {
  return [
    {
      id: 'main',
      deviceTypes: ['RoboticVacuumCleaner'],
      tags: [],
      clusters: {
        RvcRunMode: {
          SupportedModes: [
            { Label: 'Idle', Mode: 0, ModeTags: ['Idle'] },
            { Label: 'Cleaning', Mode: 1, ModeTags: ['Cleaning'] },
          ],
          CurrentMode: s.running ? 1 : 0,
        },
        RvcOperationalState: {
          OperationalState: s.operational,
          OperationalStateList: [
            { OperationalStateID: 0, OperationalStateLabel: 'Stopped' },
            { OperationalStateID: 1, OperationalStateLabel: 'Running' },
            { OperationalStateID: 2, OperationalStateLabel: 'Paused' },
            { OperationalStateID: 3, OperationalStateLabel: 'Error' },
            { OperationalStateID: 0x40, OperationalStateLabel: 'SeekingCharger' },
            { OperationalStateID: 0x41, OperationalStateLabel: 'Charging' },
            { OperationalStateID: 0x42, OperationalStateLabel: 'Docked' },
          ],
        },
        PowerSource: { BatPercentRemaining: s.batteryHalfPercent },
      },
    },
  ];
}

/** Lights: OnOffLight, DimmableLight (level), ColorTemperatureLight (level + mireds). */
export function light(s: {
  on: boolean;
  level?: number | null;
  mireds?: number | null;
  minMireds?: number;
  maxMireds?: number;
}): Endpoint[] {
  const dimmable = s.level !== undefined;
  const ct = s.mireds !== undefined;
  const type = ct ? 'ColorTemperatureLight' : dimmable ? 'DimmableLight' : 'OnOffLight';
  const ep: Endpoint = { id: 'main', deviceTypes: [type], tags: [], clusters: { OnOff: { OnOff: s.on } } };
  if (dimmable || ct)
    ep.clusters.LevelControl = { CurrentLevel: s.level ?? null, MinLevel: 1, MaxLevel: 254 };
  if (ct) {
    ep.clusters.ColorControl = {
      ColorTemperatureMireds: s.mireds ?? null,
      ColorTempPhysicalMinMireds: s.minMireds ?? 153,
      ColorTempPhysicalMaxMireds: s.maxMireds ?? 500,
      ColorMode: 2,
    };
  }
  return [ep];
}

export const plug = (on: boolean): Endpoint[] => [
  { id: 'main', deviceTypes: ['OnOffPlugInUnit'], tags: [], clusters: { OnOff: { OnOff: on } } },
];

export function climateSensor(s: { temperature: number | null; humidity: number | null }): Endpoint[] {
  return [
    {
      id: 'main',
      deviceTypes: ['TemperatureSensor'],
      tags: [],
      clusters: { TemperatureMeasurement: { MeasuredValue: s.temperature } },
    },
    {
      id: 'humidity',
      deviceTypes: ['HumiditySensor'],
      tags: [],
      clusters: { RelativeHumidityMeasurement: { MeasuredValue: s.humidity } },
    },
  ];
}

export const co2Sensor = (ppm: number | null): Endpoint[] => [
  {
    id: 'main',
    deviceTypes: ['AirQualitySensor'],
    tags: [],
    clusters: {
      CarbonDioxideConcentrationMeasurement: { MeasuredValue: ppm, MeasurementUnit: 0, MeasurementMedium: 0 },
    },
  },
];

export function heatingThermostat(s: { on: boolean; local: number; setpoint: number }): Endpoint[] {
  return [
    {
      id: 'main',
      deviceTypes: ['Thermostat'],
      tags: [],
      clusters: {
        Thermostat: {
          LocalTemperature: s.local,
          OccupiedHeatingSetpoint: s.setpoint,
          MinHeatSetpointLimit: 1000,
          MaxHeatSetpointLimit: 4000,
          SystemMode: s.on ? 4 : 0,
          SupportedSystemModes: [0, 4],
          ControlSequenceOfOperation: 2,
        },
      },
    },
  ];
}

/** DoorLock LockState numbers (NotFullyLocked 0, Locked 1, Unlocked 2, Unlatched 3). */
export const LockState = DoorLock.LockStateEnum;

export const doorLock = (locked: boolean): Endpoint[] => [
  {
    id: 'main',
    deviceTypes: ['DoorLock'],
    tags: [],
    clusters: {
      DoorLock: {
        LockState: locked ? LockState.Locked : LockState.Unlocked,
        LockType: 0,
        ActuatorEnabled: true,
      },
    },
  },
];

export const gasValve = (open: boolean): Endpoint[] => [
  {
    id: 'main',
    deviceTypes: ['GasValve'],
    tags: [],
    clusters: { ValveConfigurationAndControl: { CurrentState: open ? 1 : 0, TargetState: open ? 1 : 0 } },
  },
];

export const ventilator = (fanMode: number): Endpoint[] => [
  {
    id: 'main',
    deviceTypes: ['Fan'],
    tags: [],
    clusters: {
      FanControl: { FanMode: fanMode, FanModeSequence: FanModeSequence.OffLowMedHigh, PercentSetting: null },
    },
  },
];

/** Curtain: 0 = fully open, 10000 = fully closed (Matter lift percent100ths). */
export const windowCovering = (target: number, current: number): Endpoint[] => [
  {
    id: 'main',
    deviceTypes: ['WindowCovering'],
    tags: [],
    clusters: {
      WindowCovering: {
        Type: 0,
        OperationalStatus: target === current ? 0 : target > current ? 2 : 1,
        TargetPositionLiftPercent100ths: target,
        CurrentPositionLiftPercent100ths: current,
      },
    },
  },
];

/** The top-level device type of a device is that of its first endpoint. */
export const primaryDeviceType = (endpoints: Endpoint[]): string => endpoints[0]?.deviceTypes[0] ?? 'Unknown';
