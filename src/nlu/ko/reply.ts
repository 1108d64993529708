/** Korean replies after actions ran, phrased from the actions themselves and their outcomes. */
import type { DeviceDescription } from '../../model/types.js';
import type { ActionOutcome, HomeView, PlannedAction, Understanding } from '../types.js';
import { endpointLabel } from './device.js';
import {
  DONE,
  DONE_SAID,
  FAN_MODE_NAMES,
  FORBIDDEN_VERBS,
  MODE_NAMES,
  MSG,
  SYSTEM_MODE_NAMES,
  UNITS,
} from './lexicon/replies.js';
import { formatNumber } from './numbers.js';
import { compile, compileAll } from './template.js';

const S = compileAll(DONE_SAID);
const M = compileAll({
  offline: MSG.offline,
  outOfRange: MSG.outOfRange,
  outOfRangeTemp: MSG.outOfRangeTemp,
  notAllowed: MSG.notAllowed,
  forbidden: MSG.forbidden,
  failed: MSG.failed,
});
const DEGREES = compile(UNITS.degrees);
const CHANNEL_NUMBER = compile(UNITS.channelNumber);
const temp = (v: number) => DEGREES({ v: formatNumber(v / 100, true) });

function channelName(d: DeviceDescription | undefined, major: number): string {
  const ep = d?.endpoints.find((e) => e.clusters.Channel);
  const list = (ep?.clusters.Channel?.ChannelList ?? []) as Array<{ MajorNumber: number; Name?: string }>;
  return list.find((c) => c.MajorNumber === major)?.Name || CHANNEL_NUMBER({ v: major });
}

/** Commands told by a done phrase alone: the phrase, and '' when the device is said as the object (null: not). */
const PLAIN_DONE: Record<string, [keyof typeof DONE, '' | null]> = {
  'RvcOperationalState.GoHome': ['dock', ''],
  'RvcOperationalState.Pause': ['pause', ''],
  'OperationalState.Pause': ['pause', ''],
  'RvcOperationalState.Resume': ['resume', ''],
  'OperationalState.Resume': ['resume', ''],
  'OperationalState.Start': ['start', ''],
  'OperationalState.Stop': ['stop', ''],
  'DoorLock.LockDoor': ['lock', ''],
  'DoorLock.UnlockDoor': ['unlock', ''],
  'ValveConfigurationAndControl.Open': ['open', ''],
  'ValveConfigurationAndControl.Close': ['lock', ''],
  'WindowCovering.UpOrOpen': ['open', ''],
  'WindowCovering.DownOrClose': ['close', ''],
  'WindowCovering.StopMotion': ['stop', ''],
  'MediaPlayback.Pause': ['pause', ''],
  'MediaPlayback.Stop': ['stop', ''],
  'MediaPlayback.Next': ['next', null],
  'MediaPlayback.Previous': ['prev', null],
};

/** "{subject} {object}{을/를} {verb}" pieces of one successful action: [what, done]. */
function phrase(
  a: PlannedAction,
  d: DeviceDescription | undefined,
  closing = false,
): { subject: string; obj: string | null; done: string } {
  const name = d?.name ?? a.deviceId;
  const ep = d?.endpoints.find((e) => e.id === a.endpoint);
  const args = a.args;
  const c = `${a.cluster}.${a.command}`;
  const plain = PLAIN_DONE[c];
  if (plain) return { subject: name, obj: plain[1], done: DONE[plain[0]] };
  switch (c) {
    case 'OnOff.On':
      if (ep?.deviceTypes.includes('Speaker') && d?.deviceType !== 'Speaker')
        return { subject: name, obj: null, done: DONE.unmute };
      return { subject: name, obj: '', done: DONE.on };
    case 'OnOff.Off':
      if (ep?.deviceTypes.includes('Speaker') && d?.deviceType !== 'Speaker')
        return { subject: name, obj: null, done: DONE.mute };
      return { subject: name, obj: '', done: DONE.off };
    case 'TemperatureControl.SetTemperature': {
      const label = endpointLabel(ep);
      return {
        subject: label ? `${name} ${label}` : name,
        obj: null,
        done: S.temperature({ t: temp(Number(args.TargetTemperature)) }),
      };
    }
    case 'Thermostat.WriteAttributes': {
      if (args.SystemMode !== undefined) {
        const m = Number(args.SystemMode);
        if (m === 0) return { subject: name, obj: '', done: DONE.off };
        if (d?.deviceType === 'Thermostat' && m === 4) return { subject: name, obj: '', done: DONE.on };
        return {
          subject: name,
          obj: '',
          done: S.mode({ mode: SYSTEM_MODE_NAMES[m] ?? m }),
        };
      }
      const v = Number(args.OccupiedCoolingSetpoint ?? args.OccupiedHeatingSetpoint);
      return { subject: name, obj: null, done: S.temperature({ t: temp(v) }) };
    }
    case 'FanControl.WriteAttributes': {
      const m = Number(args.FanMode);
      if (m === 0) return { subject: name, obj: '', done: DONE.off };
      return {
        subject: name,
        obj: null,
        done: S.fanMode({ fan: FAN_MODE_NAMES[m] ?? String(m) }),
      };
    }
    case 'Channel.ChangeChannelByNumber': {
      const ch = channelName(d, Number(args.MajorNumber));
      return { subject: name, obj: null, done: S.channel({ ch }) };
    }
    case 'Channel.SkipChannel':
      return { subject: name, obj: null, done: Number(args.Count) < 0 ? DONE.channelDown : DONE.channelUp };
    case 'LevelControl.MoveToLevel':
    case 'LevelControl.MoveToLevelWithOnOff': {
      const lvl = Number(args.Level);
      if (ep?.deviceTypes.includes('Speaker') || d?.deviceType === 'Speaker')
        return { subject: name, obj: null, done: S.volume({ v: String(lvl) }) };
      const pct = Math.round((lvl * 100) / 254);
      return { subject: name, obj: null, done: S.brightness({ level: `${pct}%` }) };
    }
    case 'ColorControl.MoveToColorTemperature': {
      const k = Math.round(1_000_000 / Number(args.ColorTemperatureMireds) / 100) * 100;
      return { subject: name, obj: null, done: S.colorTemperature({ k }) };
    }
    case 'RefrigeratorAndTemperatureControlledCabinetMode.ChangeToMode':
    case 'LaundryWasherMode.ChangeToMode':
    case 'RvcCleanMode.ChangeToMode': {
      const list = (ep?.clusters[a.cluster]?.SupportedModes ?? []) as Array<{
        Mode: number;
        Label?: string;
        ModeTags?: unknown[];
      }>;
      const m = list.find((x) => x.Mode === Number(args.NewMode));
      const label = modeLabel(m);
      return { subject: name, obj: null, done: S.mode({ mode: label }) };
    }
    case 'RvcRunMode.ChangeToMode':
      return { subject: name, obj: null, done: Number(args.NewMode) === 0 ? DONE.cleanStop : DONE.clean };
    case 'WindowCovering.GoToLiftPercentage': {
      const v = Number(args.LiftPercent100thsValue);
      // "반만 닫아 줘" and "반만 열어 줘" end in the same place; the reply keeps the speaker's verb
      if (v === 5000) return { subject: name, obj: '', done: closing ? DONE.halfClosed : DONE.half };
      return { subject: name, obj: '', done: S.openPercent({ pct: Math.round(100 - v / 100) }) };
    }
    case 'MediaPlayback.Play':
      return { subject: name, obj: null, done: S.music({ done: DONE.play }) };
    default:
      return { subject: name, obj: '', done: DONE.other };
  }
}

/** Mode tags told by their Korean name (MODE_NAMES); other modes by their own label. */
const TAGGED_MODES = new Set(['RapidCool', 'RapidFreeze', 'Auto', 'Normal', 'Delicate', 'Heavy', 'Quick']);

function modeLabel(m: { Label?: string; ModeTags?: unknown[] } | undefined): string {
  if (!m) return '';
  const tags = (m.ModeTags ?? []).map(String);
  for (const t of tags) if (TAGGED_MODES.has(t)) return MODE_NAMES[t] as string;
  return m.Label ?? '';
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const head = names
    .slice(0, -1)
    .map((n, i, arr) => (i === arr.length - 1 ? S.listBeforeLast({ n }) : S.listItem({ n })));
  return `${head.join(' ')} ${names[names.length - 1]}`;
}

function errorText(o: ActionOutcome, d: DeviceDescription | undefined): string {
  const name = d?.name ?? o.action.deviceId;
  const code = o.error?.code ?? '';
  switch (code) {
    case 'device-offline':
      return M.offline({ n: name });
    case 'value-out-of-range': {
      const ep = d?.endpoints.find((e) => e.id === o.action.endpoint);
      const tc = ep?.clusters.TemperatureControl;
      if (tc && typeof tc.MinTemperature === 'number' && typeof tc.MaxTemperature === 'number') {
        const label = endpointLabel(ep);
        return M.outOfRangeTemp({
          n: label ? `${name} ${label}` : name,
          min: formatNumber(tc.MinTemperature / 100, true),
          max: formatNumber(tc.MaxTemperature / 100, true),
        });
      }
      return M.outOfRange({ n: name });
    }
    case 'not-allowed':
      return M.notAllowed({ n: name });
    case 'forbidden':
      return M.forbidden({
        n: name,
        verb: o.action.command === 'Open' ? FORBIDDEN_VERBS.open : FORBIDDEN_VERBS.other,
      });
    case 'pin-required':
      return MSG.pin;
    default:
      return M.failed({ n: name });
  }
}

/** The reply after the actions ran. */
export function replyKo(u: Understanding, outcomes: ActionOutcome[], home: HomeView): string {
  try {
    const byId = new Map(home.devices.map((d) => [d.id, d]));
    const sentences: string[] = [];
    // group successes with the same phrase ("거실 조명과 주방 조명을 껐어요")
    const groups: Array<{ obj: string | null; done: string; subjects: string[] }> = [];
    for (const o of outcomes) {
      const d = byId.get(o.action.deviceId);
      if (o.status !== 'success') {
        const t = errorText(o, d);
        if (!sentences.includes(t)) sentences.push(t);
        continue;
      }
      const closing = u.intents.some(
        (i) =>
          i.intent === 'HassTurnOff' &&
          Array.isArray(i.slots.devices) &&
          i.slots.devices.includes(o.action.deviceId),
      );
      const p = phrase(o.action, d, closing);
      // "켰어요" after "채널을 바꿨어요" on the same device is implied
      if (
        p.done === DONE.on &&
        outcomes.some(
          (x) =>
            x !== o &&
            x.action.deviceId === o.action.deviceId &&
            x.status === 'success' &&
            x.action.cluster !== 'OnOff',
        )
      )
        continue;
      const g = groups.find((x) => x.done === p.done && (x.obj === null) === (p.obj === null));
      if (g) {
        if (!g.subjects.includes(p.subject)) g.subjects.push(p.subject);
      } else groups.push({ obj: p.obj, done: p.done, subjects: [p.subject] });
    }
    const ok = groups.map((g) => {
      const who = joinNames(g.subjects);
      return g.obj === null ? S.sentence({ who, done: g.done }) : S.sentenceObject({ who, done: g.done });
    });
    const all = [...ok, ...sentences];
    if (u.answer) all.push(u.answer);
    return all.join(' ') || (u.answer ?? '');
  } catch {
    return u.answer ?? '';
  }
}
