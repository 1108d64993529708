/** Planning of Matter commands for one device and one frame, family by family. */
import type { DeviceDescription } from '../../../model/types.js';
import type { TurnContext } from '../../types.js';
import { act, epWith, supportsMode } from '../device.js';
import { MSG } from '../lexicon/replies.js';
import type { Frame } from '../parse.js';
import { compile } from '../template.js';
import { planCover, planLock, planPower, planVacuum, planValve, planWasher } from './appliances.js';
import { askValue } from './ask-value.js';
import { toldAtLimit } from './at-limit.js';
import { planFanSpeed, planMode, planTemperature } from './climate.js';
import { fanCounted } from './fan-step.js';
import { planLight } from './lights.js';
import { planChannel, planPlayback, planVolume } from './media.js';
import type { DeviceTurn, Plan } from './types.js';

const HOW_TO = compile(MSG.howTo);
const CANNOT = compile(MSG.cannot);

const SIMPLE_POWER = new Set([
  'OnOffLight',
  'DimmableLight',
  'ColorTemperatureLight',
  'ExtendedColorLight',
  'OnOffPlugInUnit',
]);

/**
 * Every device of a group, one frame: a frame of plain power ("모든 불 꺼") is read once, not once a device, and each
 * light or plug it switches gets its command at once; any other device is planned as planDevice plans it.
 */
export function planDevices(
  frame: Frame,
  devices: DeviceDescription[],
  comp: string | null,
  ctx: TurnContext,
  out: Plan,
): void {
  const v = frame.verb;
  // (a level said with "on", "반만 켜 줘", is left to planDevice: it depends on the device)
  const plain =
    (v === 'on' || v === 'off') &&
    frame.attrs.length === 0 &&
    noValue(frame) &&
    !(v === 'on' && (frame.mods.has('half') || frame.mods.has('max') || frame.mods.has('min')));
  const command = v === 'on' ? 'On' : 'Off';
  for (const d of devices) {
    const ep = plain && SIMPLE_POWER.has(d.deviceType) ? d.endpoints[0] : undefined;
    if (ep?.clusters.OnOff) out.actions.push(act(d, ep, 'OnOff', command));
    else planDevice(frame, d, comp, ctx, out);
  }
}

/**
 * One device, one frame → commands, or an answer explaining why not; true when the answer is that the device
 * cannot do what was asked (brand-able.ts reads this of a dry plan).
 */
export function planDevice(
  frame: Frame,
  d: DeviceDescription,
  comp: string | null,
  _ctx: TurnContext,
  out: Plan,
): boolean {
  // the common case first: plain power of a light or plug (nothing below changes such a frame)
  const pv = frame.verb;
  if (
    (pv === 'on' || pv === 'off') &&
    frame.attrs.length === 0 &&
    noValue(frame) &&
    SIMPLE_POWER.has(d.deviceType) &&
    // "반만 켜 줘", "최대로 켜": a dimmable light switched on at a level
    !(
      pv === 'on' &&
      (frame.mods.has('half') || frame.mods.has('max') || frame.mods.has('min')) &&
      epWith(d, 'LevelControl')
    )
  ) {
    const ep = d.endpoints[0];
    if (ep?.clusters.OnOff) {
      out.actions.push(act(d, ep, 'OnOff', pv === 'on' ? 'On' : 'Off'));
      return false;
    }
  }
  let f = frame;
  const name = d.name;
  // "보일러 좀 돌려": a setting verb with nothing to set starts the device
  // ("채널 돌려" turns the channel, not the TV)
  let verb =
    f.verb === 'set' && f.verbs.includes('start') && valueless(f) && !f.attrs.includes('channel')
      ? 'start'
      : f.verb;
  // "불 좀 죽여": muting a light puts it out
  if (verb === 'mute' && d.deviceType.endsWith('Light')) verb = 'off';
  // "보일러 더 세게", "냉동실 세게": a strength said of a device with no fan is its heat or cool
  if (
    f.fan !== null &&
    !epWith(d, 'FanControl') &&
    (epWith(d, 'Thermostat') || epWith(d, 'TemperatureControl')) &&
    (f.fan === 1 || f.fan === 3)
  ) {
    // a refrigerator made stronger is made colder
    const colder = !epWith(d, 'Thermostat');
    f = { ...f, fan: null, verb: (f.fan === 3) !== colder ? 'up' : 'down' };
    verb = f.verb;
  }
  // "공기청정기 조용하게 틀어 줘": a word that is both a mode and a fan speed, to a device without the mode
  if (f.mode !== null && f.fan !== null && epWith(d, 'FanControl') && !supportsMode(d, f.mode))
    f = { ...f, mode: null };
  // "환기 한 단계 세게": a fan speed with a count of steps is a step (fan-step.ts)
  const counted = fanCounted(f, d);
  if (counted !== f) {
    f = counted;
    verb = f.verb;
  }
  // "1도만 더": an amount with no direction is more of it
  if ((verb === null || verb === 'do') && f.numbers.some((n) => n.by && !n.to)) verb = 'up';
  // "에어컨 정지", "환기 멈춰": stopping or pausing a device with no cycle switches it off
  if (
    (verb === 'stop' || (verb === 'pause' && epWith(d, 'FanControl'))) &&
    !epWith(d, 'OperationalState') &&
    !epWith(d, 'RvcRunMode') &&
    !epWith(d, 'MediaPlayback') &&
    (epWith(d, 'OnOff') || epWith(d, 'FanControl'))
  )
    verb = 'off';
  // "스위치 내려", "장판 좀 데워": a plug that only switches goes on when raised, off when lowered
  if (d.deviceType === 'OnOffPlugInUnit' && (verb === 'up' || verb === 'down') && !f.numbers.length)
    verb = verb === 'up' ? 'on' : 'off';
  // "조금 덜 시원하게": less of a change is the other way
  if (f.mods.has('less') && (verb === 'up' || verb === 'down')) verb = verb === 'up' ? 'down' : 'up';
  const attrs = f.attrs;
  const up = verb === 'up';
  const down = verb === 'down';
  const relative = up || down;
  const sign = down ? -1 : 1;
  let unable = false;
  const cannot = (): void => {
    unable = true;
    out.answers.push(CANNOT({ n: name }));
  };
  const turn: DeviceTurn = { f, d, comp, out, name, verb, attrs, up, down, relative, sign, cannot };
  const from = out.actions.length;
  if (
    askValue(turn) ||
    planChannel(turn) ||
    planVolume(turn) ||
    planPlayback(turn) ||
    planTemperature(turn) ||
    planMode(turn) ||
    planFanSpeed(turn) ||
    planLight(turn) ||
    planCover(turn) ||
    planLock(turn) ||
    planValve(turn) ||
    planVacuum(turn) ||
    planWasher(turn) ||
    planPower(turn)
  ) {
    toldAtLimit(turn, from);
    return unable;
  }
  // "에어컨 좀 조절해 줘", "티비 설정 좀 바꿔 줘": a change asked with nothing said of what or how is asked
  // back, not answered as something the device cannot do
  if ((verb === 'set' || verb === 'do') && attrs.length === 0 && valueless(f)) {
    out.answers.push(HOW_TO({ n: name }));
    return unable;
  }
  cannot();
  return true;
}

/** The frame says no number, mode, fan speed, channel, colour or colour temperature. */
function noValue(f: Frame): boolean {
  return (
    f.numbers.length === 0 &&
    f.mode === null &&
    f.fan === null &&
    f.channel === null &&
    f.color === null &&
    f.ctemp === null
  );
}

/** The frame names no value to set (nor half, most or least). */
function valueless(f: Frame): boolean {
  return noValue(f) && !f.mods.has('half') && !f.mods.has('max') && !f.mods.has('min');
}
