/**
 * Matter commands → cloud-to-cloud EXECUTE executions, as a table. A rule applies when the device
 * has the rule's trait and the command targets the endpoint where the rule's role lives.
 */
import { OutOfRangeError, RequestError } from '../../model/errors.js';
import type { CommandRequest, Endpoint } from '../../model/types.js';
import { COMMAND_PREFIX, type DeviceStates, type Execution, type SyncDevice } from './client.js';
import { endpointOf, lineup, modeSettings, parseChannelNumber, type Role, traitNames } from './traits.js';

export interface CommandView {
  sync: SyncDevice;
  states: DeviceStates;
}

type Args = Record<string, unknown>;

interface CommandRule {
  trait: string;
  role: Role;
  cluster: string;
  command: string;
  to(args: Args, v: CommandView): Execution[];
}

const ex = (command: string, params: Record<string, unknown> = {}): Execution[] => [
  { command: COMMAND_PREFIX + command, params },
];
const int = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, '');

const unsupported = (what: string): RequestError =>
  new RequestError('unsupported-command', 400, `${what} is not supported by this device`, { command: what });

/** Matter KeypadInput key codes → executions. */
const KEYS: Record<number, (v: CommandView) => Execution[]> = {
  48: () => ex('relativeChannel', { relativeChannelChange: 1 }),
  49: () => ex('relativeChannel', { relativeChannelChange: -1 }),
  65: () => ex('volumeRelative', { relativeSteps: 1 }),
  66: () => ex('volumeRelative', { relativeSteps: -1 }),
  67: (v) => ex('mute', { mute: v.states.isMuted !== true }),
};

/** ChangeChannel {Match}: a name or alias first, then a channel number ("9", "4-11", "4.11"). */
function matchChannel(match: string, v: CommandView): Execution[] {
  const channels = lineup(v.sync);
  const want = norm(match);
  const byName = channels.find((c) => c.names.some((n) => norm(n) === want));
  if (byName) return ex('selectChannel', { channelCode: byName.key, channelName: byName.names[0] ?? match });
  const parsed = parseChannelNumber(match);
  const byNumber = parsed && channels.find((c) => c.major === parsed.major && c.minor === parsed.minor);
  if (byNumber?.number)
    return ex('selectChannel', { channelCode: byNumber.key, channelNumber: byNumber.number });
  throw new OutOfRangeError(`no channel matches '${match}'`, { field: 'Match', value: match });
}

function channelByNumber(args: Args, v: CommandView): Execution[] {
  const major = int(args.MajorNumber);
  const minor = int(args.MinorNumber ?? 0);
  const ch = lineup(v.sync).find((c) => c.major === major && c.minor === minor);
  return ex('selectChannel', { channelNumber: ch?.number ?? (minor ? `${major}-${minor}` : String(major)) });
}

function changeToMode(args: Args, v: CommandView): Execution[] {
  const mode = modeSettings(v.sync);
  const setting = mode?.settings[int(args.NewMode)];
  if (!mode || setting === undefined) {
    throw new OutOfRangeError(`mode ${String(args.NewMode)} is not supported`, {
      field: 'NewMode',
      value: args.NewMode,
    });
  }
  return ex('SetModes', { updateModeSettings: { [mode.name]: setting } });
}

const level = (a: Args): Execution[] => ex('setVolume', { volumeLevel: int(a.Level) });
const modeRules = (cluster: string): CommandRule[] => [
  { trait: 'Modes', role: 'main', cluster, command: 'ChangeToMode', to: changeToMode },
];
const opRules = (cluster: string): CommandRule[] => [
  { trait: 'StartStop', role: 'main', cluster, command: 'Start', to: () => ex('StartStop', { start: true }) },
  { trait: 'StartStop', role: 'main', cluster, command: 'Stop', to: () => ex('StartStop', { start: false }) },
  {
    trait: 'StartStop',
    role: 'main',
    cluster,
    command: 'Pause',
    to: () => ex('PauseUnpause', { pause: true }),
  },
  {
    trait: 'StartStop',
    role: 'main',
    cluster,
    command: 'Resume',
    to: () => ex('PauseUnpause', { pause: false }),
  },
];

export const COMMAND_RULES: CommandRule[] = [
  { trait: 'OnOff', role: 'main', cluster: 'OnOff', command: 'On', to: () => ex('OnOff', { on: true }) },
  { trait: 'OnOff', role: 'main', cluster: 'OnOff', command: 'Off', to: () => ex('OnOff', { on: false }) },
  {
    trait: 'OnOff',
    role: 'main',
    cluster: 'OnOff',
    command: 'Toggle',
    to: (_a, v) => ex('OnOff', { on: v.states.on !== true }),
  },
  {
    trait: 'Volume',
    role: 'speaker',
    cluster: 'OnOff',
    command: 'On',
    to: () => ex('mute', { mute: false }),
  },
  {
    trait: 'Volume',
    role: 'speaker',
    cluster: 'OnOff',
    command: 'Off',
    to: () => ex('mute', { mute: true }),
  },
  {
    trait: 'Volume',
    role: 'speaker',
    cluster: 'OnOff',
    command: 'Toggle',
    to: (_a, v) => ex('mute', { mute: v.states.isMuted !== true }),
  },
  { trait: 'Volume', role: 'speaker', cluster: 'LevelControl', command: 'MoveToLevel', to: level },
  {
    trait: 'Volume',
    role: 'speaker',
    cluster: 'LevelControl',
    command: 'MoveToLevelWithOnOff',
    // Matter: a level above the minimum also turns the (unmuted) OnOff on.
    to: (a, v) => [
      ...level(a),
      ...(int(a.Level) > 0 && v.states.isMuted === true ? ex('mute', { mute: false }) : []),
    ],
  },
  {
    trait: 'Volume',
    role: 'speaker',
    cluster: 'LevelControl',
    command: 'Step',
    to: (a) =>
      ex('volumeRelative', { relativeSteps: int(a.StepMode) === 1 ? -int(a.StepSize) : int(a.StepSize) }),
  },
  {
    trait: 'Channel',
    role: 'main',
    cluster: 'Channel',
    command: 'ChangeChannelByNumber',
    to: channelByNumber,
  },
  {
    trait: 'Channel',
    role: 'main',
    cluster: 'Channel',
    command: 'ChangeChannel',
    to: (a, v) => matchChannel(String(a.Match), v),
  },
  {
    trait: 'Channel',
    role: 'main',
    cluster: 'Channel',
    command: 'SkipChannel',
    to: (a) => ex('relativeChannel', { relativeChannelChange: int(a.Count) }),
  },
  {
    trait: '*',
    role: 'main',
    cluster: 'KeypadInput',
    command: 'SendKey',
    to: (a, v) => {
      const key = KEYS[int(a.KeyCode)];
      if (!key) throw unsupported(`KeypadInput key 0x${int(a.KeyCode).toString(16)}`);
      return key(v);
    },
  },
  {
    trait: 'TransportControl',
    role: 'main',
    cluster: 'MediaPlayback',
    command: 'Play',
    to: () => ex('mediaResume'),
  },
  {
    trait: 'TransportControl',
    role: 'main',
    cluster: 'MediaPlayback',
    command: 'Pause',
    to: () => ex('mediaPause'),
  },
  {
    trait: 'TransportControl',
    role: 'main',
    cluster: 'MediaPlayback',
    command: 'Stop',
    to: () => ex('mediaStop'),
  },
  {
    trait: 'TransportControl',
    role: 'main',
    cluster: 'MediaPlayback',
    command: 'Next',
    to: () => ex('mediaNext'),
  },
  {
    trait: 'TransportControl',
    role: 'main',
    cluster: 'MediaPlayback',
    command: 'Previous',
    to: () => ex('mediaPrevious'),
  },
  {
    trait: 'TemperatureControl',
    role: 'main',
    cluster: 'TemperatureControl',
    command: 'SetTemperature',
    to: (a) => ex('SetTemperature', { temperature: int(a.TargetTemperature) / 100 }),
  },
  ...opRules('OperationalState'),
  ...opRules('RvcOperationalState'),
  ...modeRules('LaundryWasherMode'),
  ...modeRules('RefrigeratorAndTemperatureControlledCabinetMode'),
  ...modeRules('RvcCleanMode'),
];

/** The executions for one Matter command, or `unsupported-command`. */
export function toExecutions(cmd: CommandRequest, v: CommandView, endpoints: Endpoint[]): Execution[] {
  const traits = traitNames(v.sync);
  const rule = COMMAND_RULES.find(
    (r) =>
      r.cluster === cmd.cluster &&
      r.command === cmd.command &&
      (r.trait === '*' || traits.includes(r.trait)) &&
      endpointOf(endpoints, r.role) === cmd.endpoint,
  );
  if (!rule) throw unsupported(`${cmd.endpoint}/${cmd.cluster}.${cmd.command}`);
  return rule.to(cmd.args ?? {}, v);
}
