/**
 * Simulated Samsung devices as the SmartThings cloud shows them: components, capabilities,
 * attribute status `{value, unit?}` and commands by capability. Seeds use the home file's vendor
 * view (`upperC`, `channel`, `battery`, …).
 */
import { constraintViolation, SimError } from './errors.js';

export interface AttrState {
  value: unknown;
  unit?: string;
  timestamp?: string;
}
/** capability → attribute → state */
export type ComponentStatus = Record<string, Record<string, AttrState>>;

export interface StCommand {
  component: string;
  capability: string;
  command: string;
  arguments: unknown[];
}

export interface ComponentDef {
  id: string;
  label?: string;
  capabilities: string[];
  categories: string[];
}

/** What a device keeps across restarts: its status without static descriptions, and its health. */
export interface SavedDevice {
  health: 'ONLINE' | 'OFFLINE';
  components: Record<string, ComponentStatus>;
}

/** The saved value of one attribute (undefined when there is none). */
export type SavedValue = (component: string, capability: string, attribute: string) => unknown;

export interface Seed {
  externalId: string;
  type: string;
  model?: string;
  state?: Record<string, unknown>;
  [key: string]: unknown;
}

type Handler = (args: unknown[]) => void;
/** component → capability → command → handler */
type CommandTable = Record<string, Record<string, Record<string, Handler>>>;

const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
/** An integer in min..max, else the fallback. */
const intIn = (v: unknown, min: number, max: number, fallback: number): number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback;
/** true for `yes`, false for `no`, undefined for anything else. */
const flag = (v: unknown, yes: string, no: string): boolean | undefined =>
  v === yes ? true : v === no ? false : undefined;
const member = <T extends string>(v: unknown, allowed: readonly T[]): T | undefined =>
  (allowed as readonly unknown[]).includes(v) ? (v as T) : undefined;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const field = (v: unknown, key: string): unknown =>
  isRecord(v) && Object.hasOwn(v, key) ? v[key] : undefined;
const CHANNEL_NUMBER = /^\d+(\.\d+)?$/;
const round1 = (v: number): number => Math.round(v * 10) / 10;

function numberArg(args: unknown[], i: number, min: number, max: number, integer = false): number {
  const v = args[i];
  if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isInteger(v))) {
    throw constraintViolation(
      `arguments[${i}]`,
      `must be ${integer ? 'an integer' : 'a number'}`,
      'TypeError',
    );
  }
  if (v < min || v > max) {
    throw constraintViolation(`arguments[${i}]`, `${v} is outside ${min}..${max}`, 'RangeError');
  }
  return v;
}

function enumArg<T extends string>(args: unknown[], i: number, allowed: readonly T[]): T {
  const v = member(args[i], allowed);
  if (v === undefined) {
    throw constraintViolation(`arguments[${i}]`, `must be one of ${allowed.join(', ')}`, 'PatternError');
  }
  return v;
}

export abstract class SimDevice {
  readonly deviceId: string;
  readonly label: string;
  /** The manufacturer's name of the device (the model). */
  readonly name: string;
  health: 'ONLINE' | 'OFFLINE' = 'ONLINE';
  healthUpdated = new Date().toISOString();
  protected updated = new Date().toISOString();
  abstract readonly deviceTypeName: string;
  /** Called after every change of the device's state or health. */
  onChange: () => void = () => {};
  /** `capability.attribute` of the attributes that describe the device rather than its state. */
  protected readonly describing: ReadonlySet<string> = new Set();

  constructor(seed: Seed, defaultName: string) {
    this.deviceId = seed.externalId;
    this.name = seed.model ?? defaultName;
    this.label = typeof seed.label === 'string' ? seed.label : this.name;
  }

  abstract components(): ComponentDef[];
  protected abstract componentStatus(): Record<string, ComponentStatus>;
  protected abstract commands(): CommandTable;
  /** Takes up the saved attribute values that are valid for the device; keeps the rest. */
  protected abstract restoreStatus(value: SavedValue): void;
  /** The vendor view of the state (as in the home file). */
  abstract vendorState(): Record<string, unknown>;
  /** Test control: overwrite parts of the vendor view. */
  abstract setVendorState(state: Record<string, unknown>): void;
  /** Advances simulated time. */
  tick(_simMs: number): void {}

  setHealth(state: 'ONLINE' | 'OFFLINE'): void {
    if (state === this.health) return;
    this.healthUpdated = new Date().toISOString();
    this.health = state;
    this.onChange();
  }

  /** The device's state to keep across a restart, in SmartThings' status shape. */
  saved(): SavedDevice {
    const components: Record<string, ComponentStatus> = {};
    for (const [component, caps] of Object.entries(this.componentStatus())) {
      for (const [capability, attrs] of Object.entries(caps)) {
        for (const [attribute, state] of Object.entries(attrs)) {
          if (this.describing.has(`${capability}.${attribute}`)) continue;
          const caps = components[component] ?? {};
          caps[capability] = { ...caps[capability], [attribute]: state };
          components[component] = caps;
        }
      }
    }
    return { health: this.health, components };
  }

  /** Starts from a saved state (as `saved()` gives it; anything unreadable is ignored). */
  restore(saved: unknown): void {
    const health = member(field(saved, 'health'), ['ONLINE', 'OFFLINE'] as const);
    if (health) this.health = health;
    const components = field(saved, 'components');
    this.restoreStatus((...path) => [...path, 'value'].reduce(field, components));
  }

  status(): { components: Record<string, ComponentStatus> } {
    const components = this.componentStatus();
    for (const caps of Object.values(components)) {
      for (const attrs of Object.values(caps)) {
        for (const a of Object.values(attrs)) a.timestamp = this.updated;
      }
    }
    return { components };
  }

  execute(cmd: StCommand): void {
    const comp = this.commands()[cmd.component];
    if (!comp) throw constraintViolation('component', `no component '${cmd.component}'`);
    const cap = comp[cmd.capability];
    if (!cap)
      throw constraintViolation(
        'capability',
        `component '${cmd.component}' has no capability '${cmd.capability}'`,
      );
    const handler = cap[cmd.command];
    if (!handler)
      throw constraintViolation('command', `capability '${cmd.capability}' has no command '${cmd.command}'`);
    handler(cmd.arguments ?? []);
    this.touch();
  }

  protected touch(): void {
    this.updated = new Date().toISOString();
    this.onChange();
  }
}

/** Kimchi refrigerator: two compartments ('upper' 상칸, 'lower' 하칸), −5..5 °C in 1 °C steps. */
export class KimchiRefrigerator extends SimDevice {
  readonly deviceTypeName = 'Samsung OCF Kimchi Refrigerator';
  static readonly range = { minimum: -5, maximum: 5, step: 1 };
  protected override readonly describing = new Set(['temperatureSetpoint.temperatureSetpointRange']);
  #setpoint: Record<'upper' | 'lower', number>;
  #measured: Record<'upper' | 'lower', number>;

  constructor(seed: Seed) {
    super(seed, 'Samsung Kimchi Refrigerator');
    const s = seed.state ?? {};
    this.#setpoint = { upper: num(s.upperC, -1), lower: num(s.lowerC, 1) };
    this.#measured = { ...this.#setpoint };
  }

  components(): ComponentDef[] {
    const cabinet = (id: string, label: string): ComponentDef => ({
      id,
      label,
      capabilities: ['temperatureSetpoint', 'temperatureMeasurement'],
      categories: ['Other'],
    });
    return [
      { id: 'main', capabilities: ['refresh'], categories: ['KimchiRefrigerator'] },
      cabinet('upper', '상칸'),
      cabinet('lower', '하칸'),
    ];
  }

  protected componentStatus(): Record<string, ComponentStatus> {
    const cabinet = (c: 'upper' | 'lower'): ComponentStatus => ({
      temperatureSetpoint: {
        temperatureSetpoint: { value: this.#setpoint[c], unit: 'C' },
        temperatureSetpointRange: { value: { ...KimchiRefrigerator.range }, unit: 'C' },
      },
      temperatureMeasurement: { temperature: { value: round1(this.#measured[c]), unit: 'C' } },
    });
    return { main: { refresh: {} }, upper: cabinet('upper'), lower: cabinet('lower') };
  }

  protected commands(): CommandTable {
    const set = (c: 'upper' | 'lower'): CommandTable[string] => ({
      temperatureSetpoint: {
        setTemperatureSetpoint: (args) => {
          const { minimum, maximum, step } = KimchiRefrigerator.range;
          const t = numberArg(args, 0, minimum, maximum);
          if ((t - minimum) % step !== 0) {
            throw constraintViolation('arguments[0]', `${t} is not a multiple of ${step} °C`, 'RangeError');
          }
          this.#setpoint[c] = t;
        },
      },
    });
    return { main: { refresh: { refresh: () => {} } }, upper: set('upper'), lower: set('lower') };
  }

  #reading(): string {
    return `${round1(this.#measured.upper)}/${round1(this.#measured.lower)}`;
  }

  override tick(simMs: number): void {
    // The compartments approach their setpoints at about 0.1 °C per 10 s; a change is reported
    // when the reading (to 0.1 °C) changes.
    const delta = simMs / 100_000;
    const before = this.#reading();
    for (const c of ['upper', 'lower'] as const) {
      const diff = this.#setpoint[c] - this.#measured[c];
      if (diff === 0) continue;
      this.#measured[c] =
        Math.abs(diff) <= delta ? this.#setpoint[c] : this.#measured[c] + Math.sign(diff) * delta;
    }
    if (this.#reading() !== before) this.touch();
  }

  protected restoreStatus(value: SavedValue): void {
    const { minimum, maximum } = KimchiRefrigerator.range;
    for (const c of ['upper', 'lower'] as const) {
      this.#setpoint[c] = intIn(
        value(c, 'temperatureSetpoint', 'temperatureSetpoint'),
        minimum,
        maximum,
        this.#setpoint[c],
      );
      this.#measured[c] = num(value(c, 'temperatureMeasurement', 'temperature'), this.#setpoint[c]);
    }
  }

  vendorState(): Record<string, unknown> {
    return { upperC: this.#setpoint.upper, lowerC: this.#setpoint.lower };
  }

  setVendorState(s: Record<string, unknown>): void {
    this.#setpoint.upper = num(s.upperC, this.#setpoint.upper);
    this.#setpoint.lower = num(s.lowerC, this.#setpoint.lower);
    this.touch();
  }
}

export interface ChannelSeed {
  number: string;
  name: string;
  aliases?: string[];
}

/**
 * TV: switch, audioVolume, audioMute, tvChannel. The channel lineup is published through the
 * simulator's own vendor capability `samsungvd.channelList` (attribute `channelList`), as
 * SmartThings' standard capabilities carry no lineup.
 */
export class Television extends SimDevice {
  readonly deviceTypeName = 'Samsung OCF TV';
  // The lineup comes from the seed; the channel's name follows from it.
  protected override readonly describing = new Set([
    'samsungvd.channelList.channelList',
    'tvChannel.tvChannelName',
  ]);
  #on: boolean;
  #channel: string;
  #volume: number;
  #muted: boolean;
  readonly #channels: ChannelSeed[];

  constructor(seed: Seed) {
    super(seed, 'Samsung TV');
    const s = seed.state ?? {};
    this.#on = s.on === true;
    this.#channel = typeof s.channel === 'string' || typeof s.channel === 'number' ? String(s.channel) : '1';
    this.#volume = num(s.volume, 10);
    this.#muted = s.muted === true;
    const list = Array.isArray(seed.channels) ? (seed.channels as ChannelSeed[]) : [];
    this.#channels = list
      .map((c) => ({ number: String(c.number), name: c.name, aliases: c.aliases ?? [] }))
      .sort((a, b) => Number.parseFloat(a.number) - Number.parseFloat(b.number));
  }

  components(): ComponentDef[] {
    return [
      {
        id: 'main',
        capabilities: ['switch', 'audioVolume', 'audioMute', 'tvChannel', 'samsungvd.channelList', 'refresh'],
        categories: ['Television'],
      },
    ];
  }

  protected componentStatus(): Record<string, ComponentStatus> {
    const name = this.#channels.find((c) => c.number === this.#channel)?.name ?? '';
    return {
      main: {
        switch: { switch: { value: this.#on ? 'on' : 'off' } },
        audioVolume: { volume: { value: this.#volume, unit: '%' } },
        audioMute: { mute: { value: this.#muted ? 'muted' : 'unmuted' } },
        tvChannel: { tvChannel: { value: this.#channel }, tvChannelName: { value: name } },
        'samsungvd.channelList': { channelList: { value: this.#channels.map((c) => ({ ...c })) } },
        refresh: {},
      },
    };
  }

  #skip(by: number): void {
    if (this.#channels.length === 0) return;
    const i = this.#channels.findIndex((c) => c.number === this.#channel);
    const n = this.#channels.length;
    const next = i < 0 ? (by > 0 ? 0 : n - 1) : (((i + by) % n) + n) % n;
    this.#channel = this.#channels[next]?.number ?? this.#channel;
  }

  protected commands(): CommandTable {
    return {
      main: {
        switch: {
          on: () => {
            this.#on = true;
          },
          off: () => {
            this.#on = false;
          },
        },
        audioVolume: {
          setVolume: (a) => {
            this.#volume = numberArg(a, 0, 0, 100, true);
          },
          volumeUp: () => {
            this.#volume = Math.min(100, this.#volume + 1);
          },
          volumeDown: () => {
            this.#volume = Math.max(0, this.#volume - 1);
          },
        },
        audioMute: {
          mute: () => {
            this.#muted = true;
          },
          unmute: () => {
            this.#muted = false;
          },
          setMute: (a) => {
            this.#muted = enumArg(a, 0, ['muted', 'unmuted']) === 'muted';
          },
        },
        tvChannel: {
          setTvChannel: (a) => {
            const v = a[0];
            const s = typeof v === 'number' ? String(v) : v;
            if (typeof s !== 'string' || !CHANNEL_NUMBER.test(s)) {
              throw constraintViolation(
                'arguments[0]',
                'must be a channel number such as "9" or "9.1"',
                'PatternError',
              );
            }
            this.#channel = s;
          },
          channelUp: () => this.#skip(1),
          channelDown: () => this.#skip(-1),
        },
        refresh: { refresh: () => {} },
      },
    };
  }

  protected restoreStatus(value: SavedValue): void {
    this.#on = flag(value('main', 'switch', 'switch'), 'on', 'off') ?? this.#on;
    this.#volume = intIn(value('main', 'audioVolume', 'volume'), 0, 100, this.#volume);
    this.#muted = flag(value('main', 'audioMute', 'mute'), 'muted', 'unmuted') ?? this.#muted;
    const channel = value('main', 'tvChannel', 'tvChannel');
    if (typeof channel === 'string' && CHANNEL_NUMBER.test(channel)) this.#channel = channel;
  }

  vendorState(): Record<string, unknown> {
    return { on: this.#on, channel: this.#channel, volume: this.#volume, muted: this.#muted };
  }

  setVendorState(s: Record<string, unknown>): void {
    if (typeof s.on === 'boolean') this.#on = s.on;
    if (typeof s.channel === 'string') this.#channel = s.channel;
    this.#volume = num(s.volume, this.#volume);
    if (typeof s.muted === 'boolean') this.#muted = s.muted;
    this.touch();
  }
}

export const MOVEMENTS = [
  'homing',
  'idle',
  'charging',
  'alarm',
  'powerOff',
  'reserve',
  'point',
  'after',
  'cleaning',
  'pause',
] as const;
export type Movement = (typeof MOVEMENTS)[number];
const CLEANING_MODES = ['auto', 'part', 'repeat', 'manual', 'stop', 'map'] as const;

/**
 * Robot vacuum: robotCleanerMovement, robotCleanerCleaningMode, battery. Cleaning drains the battery
 * (1 % per simulated minute); at 10 % it heads home; homing takes 30 s and then it charges
 * (1 % per 30 s) on the dock.
 */
export class RobotVacuum extends SimDevice {
  readonly deviceTypeName = 'Samsung OCF Robot Vacuum';
  static readonly drainMsPerPercent = 60_000;
  static readonly chargeMsPerPercent = 30_000;
  static readonly homingMs = 30_000;
  #movement: Movement;
  #mode: (typeof CLEANING_MODES)[number];
  #battery: number;
  #acc = 0;

  constructor(seed: Seed) {
    super(seed, 'Samsung Robot Vacuum');
    const s = seed.state ?? {};
    this.#battery = Math.max(0, Math.min(100, Math.round(num(s.battery, 100))));
    this.#movement = s.running === true ? 'cleaning' : 'charging';
    this.#mode = s.running === true ? 'auto' : 'stop';
  }

  components(): ComponentDef[] {
    return [
      {
        id: 'main',
        capabilities: ['robotCleanerMovement', 'robotCleanerCleaningMode', 'battery', 'refresh'],
        categories: ['RobotCleaner'],
      },
    ];
  }

  protected componentStatus(): Record<string, ComponentStatus> {
    return {
      main: {
        robotCleanerMovement: { robotCleanerMovement: { value: this.#movement } },
        robotCleanerCleaningMode: { robotCleanerCleaningMode: { value: this.#mode } },
        battery: { battery: { value: this.#battery, unit: '%' } },
        refresh: {},
      },
    };
  }

  #move(m: Movement): void {
    if (m !== this.#movement) this.#acc = 0;
    this.#movement = m;
    if (m === 'cleaning' || m === 'point') {
      if (this.#mode === 'stop') this.#mode = m === 'point' ? 'part' : 'auto';
    } else if (m !== 'pause') {
      this.#mode = 'stop';
    }
  }

  protected commands(): CommandTable {
    return {
      main: {
        robotCleanerMovement: {
          setRobotCleanerMovement: (a) => {
            const m = enumArg(a, 0, MOVEMENTS);
            if (m === 'charging') this.#move('homing');
            else this.#move(m);
          },
        },
        robotCleanerCleaningMode: {
          setRobotCleanerCleaningMode: (a) => {
            const mode = enumArg(a, 0, CLEANING_MODES);
            if (mode === 'stop') this.#move('idle');
            else {
              this.#mode = mode;
              this.#move(mode === 'part' ? 'point' : 'cleaning');
            }
          },
        },
        refresh: { refresh: () => {} },
      },
    };
  }

  override tick(simMs: number): void {
    const before = `${this.#movement}/${this.#battery}`;
    this.#acc += simMs;
    switch (this.#movement) {
      case 'cleaning':
      case 'point':
        while (this.#acc >= RobotVacuum.drainMsPerPercent && this.#battery > 0) {
          this.#acc -= RobotVacuum.drainMsPerPercent;
          this.#battery -= 1;
        }
        if (this.#battery <= 10) this.#move('homing');
        break;
      case 'homing':
        if (this.#acc >= RobotVacuum.homingMs) this.#move('charging');
        break;
      case 'charging':
        while (this.#acc >= RobotVacuum.chargeMsPerPercent && this.#battery < 100) {
          this.#acc -= RobotVacuum.chargeMsPerPercent;
          this.#battery += 1;
        }
        if (this.#battery >= 100) this.#acc = 0;
        break;
      default:
        this.#acc = 0;
    }
    if (`${this.#movement}/${this.#battery}` !== before) this.touch();
  }

  protected restoreStatus(value: SavedValue): void {
    this.#movement =
      member(value('main', 'robotCleanerMovement', 'robotCleanerMovement'), MOVEMENTS) ?? this.#movement;
    this.#mode =
      member(value('main', 'robotCleanerCleaningMode', 'robotCleanerCleaningMode'), CLEANING_MODES) ??
      this.#mode;
    this.#battery = intIn(value('main', 'battery', 'battery'), 0, 100, this.#battery);
  }

  vendorState(): Record<string, unknown> {
    return {
      running: this.#movement === 'cleaning' || this.#movement === 'point',
      battery: this.#battery,
      movement: this.#movement,
      cleaningMode: this.#mode,
    };
  }

  setVendorState(s: Record<string, unknown>): void {
    if (typeof s.battery === 'number') this.#battery = Math.max(0, Math.min(100, Math.round(s.battery)));
    if (typeof s.movement === 'string' && (MOVEMENTS as readonly string[]).includes(s.movement)) {
      this.#move(s.movement as Movement);
    } else if (typeof s.running === 'boolean') {
      this.#move(s.running ? 'cleaning' : 'idle');
    }
    this.touch();
  }
}

const FACTORIES: Record<string, new (seed: Seed) => SimDevice> = {
  'kimchi-refrigerator': KimchiRefrigerator,
  tv: Television,
  'robot-vacuum': RobotVacuum,
};

/** Builds the simulated device of a seed, or throws for a type this cloud does not serve. */
export function createSimDevice(seed: Seed): SimDevice {
  const Factory = FACTORIES[seed.type];
  if (!Factory) throw new SimError(500, 'InternalServerError', `unsupported device type '${seed.type}'`);
  return new Factory(seed);
}
