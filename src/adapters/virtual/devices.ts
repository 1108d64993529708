/**
 * Devices that live inside the hub (the apartment wall-pad): each keeps the vendor's own view of
 * its state (`targetC`, `openPercent`, …), shows it through the shared Matter builders and runs
 * commands. Time comes only from timers and `tick()`, so fake timers drive them in tests.
 */

import type { SimDeviceSeed } from '../../home/types.js';
import {
  doorLock,
  FanMode,
  gasValve,
  heatingThermostat,
  ventilator,
  windowCovering,
} from '../../model/devices.js';
import { OutOfRangeError, RequestError } from '../../model/errors.js';
import type { CommandRequest, Endpoint, StatePatch } from '../../model/types.js';

export interface VirtualSettings {
  /** Full travel time of a curtain, ms. */
  travelMs: number;
  /** How often a moving curtain reports its position, ms. */
  stepMs: number;
  /** Room temperature change while heating, °C per minute. */
  heatRatePerMin: number;
  /** Room temperature change toward `ambientC` while the heating is off, °C per minute. */
  coolRatePerMin: number;
  ambientC: number;
}

export const DEFAULT_SETTINGS: VirtualSettings = {
  travelMs: 5_000,
  stepMs: 250,
  heatRatePerMin: 0.5,
  coolRatePerMin: 0.1,
  ambientC: 18,
};

export interface DeviceEnv {
  settings: VirtualSettings;
  /** Reports attribute changes that happen between commands. */
  emit(patches: StatePatch[]): void;
}

export abstract class VirtualDevice {
  abstract readonly deviceType: string;
  readonly externalId: string;
  readonly model: string | undefined;
  protected readonly env: DeviceEnv;

  constructor(seed: SimDeviceSeed, env: DeviceEnv) {
    this.externalId = seed.externalId;
    this.model = seed.model;
    this.env = env;
  }

  abstract endpoints(): Endpoint[];
  /** Runs one validated command; returns what the hub must show at once. */
  abstract execute(req: CommandRequest): StatePatch[];
  /** Advances the device by `ms` of time (slow processes such as room temperature). */
  tick(_ms: number): void {}
  /** Releases the device's own timers. */
  stop(): void {}

  protected patch(cluster: string, names: string[], endpoint = 'main'): StatePatch[] {
    const attrs = this.endpoints().find((e) => e.id === endpoint)?.clusters[cluster] ?? {};
    return [{ endpoint, cluster, attributes: Object.fromEntries(names.map((n) => [n, attrs[n]])) }];
  }
}

export const unsupported = (req: CommandRequest): RequestError =>
  new RequestError(
    'unsupported-command',
    400,
    `${req.cluster}.${req.command} is not supported on this device`,
    {
      cluster: req.cluster,
      command: req.command,
    },
  );

const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
const key = (req: CommandRequest): string => `${req.cluster}.${req.command}`;

/** Floor heating zone: the room temperature moves toward the setpoint while heating is on. */
export class Heating extends VirtualDevice {
  readonly deviceType = 'Thermostat';
  #on: boolean;
  #targetC: number;
  #currentC: number;
  /** Fault injection: the zone's valve stuck shut (heating on, but the room only cools). */
  valveStuck: boolean;

  constructor(seed: SimDeviceSeed, env: DeviceEnv) {
    super(seed, env);
    const s = seed.state ?? {};
    this.valveStuck = s.valveStuck === true;
    this.#on = s.on !== false;
    this.#targetC = num(s.targetC, 22);
    this.#currentC = num(s.currentC, this.#targetC);
  }

  #local(): number {
    return Math.round(this.#currentC * 10) * 10;
  }

  endpoints(): Endpoint[] {
    return heatingThermostat({
      on: this.#on,
      local: this.#local(),
      setpoint: Math.round(this.#targetC * 100),
    });
  }

  #setSetpoint(value: number): void {
    if (!Number.isInteger(value) || value < 1000 || value > 4000) {
      throw new OutOfRangeError(`OccupiedHeatingSetpoint ${value} is outside 1000..4000`, {
        field: 'OccupiedHeatingSetpoint',
        value,
        min: 1000,
        max: 4000,
      });
    }
    this.#targetC = value / 100;
  }

  execute(req: CommandRequest): StatePatch[] {
    if (key(req) === 'Thermostat.WriteAttributes') {
      const names: string[] = [];
      const mode = req.args.SystemMode;
      if (mode !== undefined && mode !== 0 && mode !== 4) {
        throw new OutOfRangeError(`SystemMode ${String(mode)} is not one of 0, 4`, {
          field: 'SystemMode',
          value: mode,
        });
      }
      const sp = req.args.OccupiedHeatingSetpoint;
      if (sp !== undefined) this.#setSetpoint(Number(sp));
      if (sp !== undefined) names.push('OccupiedHeatingSetpoint');
      if (mode !== undefined) {
        this.#on = mode === 4;
        names.push('SystemMode');
      }
      if (names.length === 0) throw unsupported(req);
      return this.patch('Thermostat', names);
    }
    if (key(req) === 'Thermostat.SetpointRaiseLower') {
      if (req.args.Mode === 1) throw unsupported({ ...req, command: 'SetpointRaiseLower (cool)' });
      this.#setSetpoint(Math.round(this.#targetC * 100) + Number(req.args.Amount) * 10);
      return this.patch('Thermostat', ['OccupiedHeatingSetpoint']);
    }
    throw unsupported(req);
  }

  override tick(ms: number): void {
    const before = this.#local();
    const heating = this.#on && !this.valveStuck;
    const goal = heating ? this.#targetC : this.env.settings.ambientC;
    const rate = heating ? this.env.settings.heatRatePerMin : this.env.settings.coolRatePerMin;
    const diff = goal - this.#currentC;
    const step = (rate * ms) / 60_000;
    this.#currentC = Math.abs(diff) <= step ? goal : this.#currentC + Math.sign(diff) * step;
    if (this.#local() !== before) this.env.emit(this.patch('Thermostat', ['LocalTemperature']));
  }
}

export class DoorLockDevice extends VirtualDevice {
  readonly deviceType = 'DoorLock';
  #locked: boolean;

  constructor(seed: SimDeviceSeed, env: DeviceEnv) {
    super(seed, env);
    this.#locked = seed.state?.locked !== false;
  }

  endpoints(): Endpoint[] {
    return doorLock(this.#locked);
  }

  execute(req: CommandRequest): StatePatch[] {
    if (key(req) === 'DoorLock.LockDoor') this.#locked = true;
    else if (key(req) === 'DoorLock.UnlockDoor') this.#locked = false;
    else throw unsupported(req);
    return this.patch('DoorLock', ['LockState']);
  }
}

export class GasValveDevice extends VirtualDevice {
  readonly deviceType = 'GasValve';
  #open: boolean;

  constructor(seed: SimDeviceSeed, env: DeviceEnv) {
    super(seed, env);
    this.#open = seed.state?.open === true;
  }

  endpoints(): Endpoint[] {
    return gasValve(this.#open);
  }

  execute(req: CommandRequest): StatePatch[] {
    if (key(req) === 'ValveConfigurationAndControl.Open') this.#open = true;
    else if (key(req) === 'ValveConfigurationAndControl.Close') this.#open = false;
    else throw unsupported(req);
    return this.patch('ValveConfigurationAndControl', ['CurrentState', 'TargetState']);
  }
}

const SPEEDS = ['LOW', 'MID', 'HIGH'] as const;
type Speed = (typeof SPEEDS)[number];

/** Heat-recovery ventilator: off, or LOW / MID / HIGH (FanMode 1–3). */
export class Ventilator extends VirtualDevice {
  readonly deviceType = 'Fan';
  #on: boolean;
  #speed: Speed;

  constructor(seed: SimDeviceSeed, env: DeviceEnv) {
    super(seed, env);
    const s = seed.state ?? {};
    this.#on = s.on === true;
    this.#speed = SPEEDS.includes(s.speed as Speed) ? (s.speed as Speed) : 'LOW';
  }

  #mode(): number {
    return this.#on ? SPEEDS.indexOf(this.#speed) + FanMode.Low : FanMode.Off;
  }

  #setMode(mode: number): void {
    if (!Number.isInteger(mode) || mode < 0 || mode > 3) {
      throw new OutOfRangeError(`FanMode ${mode} is not one of 0, 1, 2, 3`, {
        field: 'FanMode',
        value: mode,
      });
    }
    this.#on = mode !== FanMode.Off;
    if (this.#on) this.#speed = SPEEDS[mode - 1] as Speed;
  }

  endpoints(): Endpoint[] {
    return ventilator(this.#mode());
  }

  execute(req: CommandRequest): StatePatch[] {
    if (key(req) === 'FanControl.WriteAttributes') {
      if (req.args.FanMode !== undefined) this.#setMode(Number(req.args.FanMode));
      else if (req.args.PercentSetting !== undefined) {
        const p = Number(req.args.PercentSetting);
        this.#setMode(p <= 0 ? 0 : p <= 33 ? 1 : p <= 66 ? 2 : 3);
      } else throw unsupported(req);
      return this.patch('FanControl', ['FanMode']);
    }
    if (key(req) === 'FanControl.Step') {
      const up = req.args.Direction === 0;
      const cur = this.#mode();
      const lowest = req.args.LowestOff === false ? 1 : 0;
      let next = cur + (up ? 1 : -1);
      if (next > 3) next = req.args.Wrap === true ? lowest : 3;
      if (next < lowest) next = req.args.Wrap === true ? 3 : lowest;
      this.#setMode(next);
      return this.patch('FanControl', ['FanMode']);
    }
    throw unsupported(req);
  }
}

/**
 * Curtain: `openPercent` 100 = fully open = lift 0 (Matter: 0 open … 10000 closed). A full travel
 * takes `travelMs`; commands answer with the Target at once and the Current follows as events.
 */
export class Curtain extends VirtualDevice {
  readonly deviceType = 'WindowCovering';
  #current: number;
  #target: number;
  #timer: NodeJS.Timeout | undefined;

  constructor(seed: SimDeviceSeed, env: DeviceEnv) {
    super(seed, env);
    const open = Math.max(0, Math.min(100, num(seed.state?.openPercent, 100)));
    this.#current = (100 - open) * 100;
    this.#target = this.#current;
  }

  endpoints(): Endpoint[] {
    return windowCovering(this.#target, Math.round(this.#current));
  }

  execute(req: CommandRequest): StatePatch[] {
    switch (key(req)) {
      case 'WindowCovering.UpOrOpen':
        return this.#goTo(0);
      case 'WindowCovering.DownOrClose':
        return this.#goTo(10_000);
      case 'WindowCovering.GoToLiftPercentage': {
        const v = Number(req.args.LiftPercent100thsValue);
        if (!Number.isInteger(v) || v < 0 || v > 10_000) {
          throw new OutOfRangeError(`LiftPercent100thsValue ${v} is outside 0..10000`, {
            field: 'LiftPercent100thsValue',
            value: v,
          });
        }
        return this.#goTo(v);
      }
      case 'WindowCovering.StopMotion':
        this.#halt();
        this.#current = Math.round(this.#current);
        this.#target = this.#current;
        return this.patch('WindowCovering', [
          'TargetPositionLiftPercent100ths',
          'CurrentPositionLiftPercent100ths',
          'OperationalStatus',
        ]);
      default:
        throw unsupported(req);
    }
  }

  #goTo(target: number): StatePatch[] {
    this.#target = target;
    if (Math.round(this.#current) === target) this.#halt();
    else if (!this.#timer) {
      this.#timer = setInterval(() => this.#step(), this.env.settings.stepMs);
      this.#timer.unref?.();
    }
    return this.patch('WindowCovering', ['TargetPositionLiftPercent100ths', 'OperationalStatus']);
  }

  #step(): void {
    const { travelMs, stepMs } = this.env.settings;
    const move = (10_000 * stepMs) / Math.max(1, travelMs);
    const diff = this.#target - this.#current;
    this.#current = Math.abs(diff) <= move ? this.#target : this.#current + Math.sign(diff) * move;
    if (this.#current === this.#target) this.#halt();
    this.env.emit(this.patch('WindowCovering', ['CurrentPositionLiftPercent100ths', 'OperationalStatus']));
  }

  #halt(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  override stop(): void {
    this.#halt();
  }
}

const TYPES: Record<string, new (seed: SimDeviceSeed, env: DeviceEnv) => VirtualDevice> = {
  heating: Heating,
  'door-lock': DoorLockDevice,
  'gas-valve': GasValveDevice,
  ventilator: Ventilator,
  curtain: Curtain,
};

/** The device of a seed, or null when the type does not live in the hub. */
export function createVirtualDevice(seed: SimDeviceSeed, env: DeviceEnv): VirtualDevice | null {
  const Type = TYPES[seed.type];
  return Type ? new Type(seed, env) : null;
}
