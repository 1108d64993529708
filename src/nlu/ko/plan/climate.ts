/** Planning of climate commands: temperature setpoints, modes and fan speed. */
import { fanModesOf } from '../../../model/tables.js';
import type { Endpoint } from '../../../model/types.js';
import {
  act,
  attr,
  COURSE_MODES,
  cabinets,
  compEndpoint,
  endpointLabel,
  epWith,
  findModeCluster,
  isOn,
  mainEp,
  modeNames,
  normalMode,
  num,
} from '../device.js';
import { ASKING_WORDS } from '../lexicon/clause-tails.js';
import { ASK_VERBS, MODE_NAMES, MSG } from '../lexicon/replies.js';
import { SYSTEM_MODES } from '../lexicon/words.js';
import { formatNumber } from '../numbers.js';
import { cabinetFits } from '../range.js';
import { compile } from '../template.js';
import type { DeviceTurn } from './types.js';

const OUT_OF_RANGE_TEMP = compile(MSG.outOfRangeTemp);
const WHICH_PART = compile(MSG.whichPart);
const STEP_ONLY = compile(MSG.stepOnly);

/**
 * "김치냉장고 하칸 최저로", "보일러 최대로": the end of the range, said of what only sets a
 * temperature (an air conditioner only at its lowest: its "최대" is its fan).
 */
function endOfRange(t: DeviceTurn): boolean {
  const { f, d, attrs } = t;
  if (attrs.length || f.fan !== null || f.numbers.length || f.channel !== null) return false;
  if (cabinets(d).length > 0 || d.deviceType === 'Thermostat') return f.mods.has('min') || f.mods.has('max');
  return d.deviceType === 'RoomAirConditioner' && f.mods.has('min');
}

// --- temperature
export function planTemperature(t: DeviceTurn): boolean {
  const { f, d, comp, out, name, attrs, relative, sign, cannot } = t;
  const wantsTemp =
    attrs.includes('temperature') ||
    attrs.includes('setpoint') ||
    f.numbers.some((n) => n.unit === 'deg') ||
    (relative &&
      (d.deviceType === 'Refrigerator' ||
        d.deviceType === 'Thermostat' ||
        d.deviceType === 'RoomAirConditioner') &&
      !attrs.includes('fan') &&
      f.fan === null) ||
    // "보일러 최저로", "안방 보일러 최대로": the end of a heating's range
    ((f.mods.has('min') || f.mods.has('max')) &&
      !attrs.length &&
      f.fan === null &&
      d.deviceType === 'Thermostat') ||
    // "에어컨 24로 해 줘", "냉동실 영하 20": a bare number for what only sets a temperature
    (f.numbers.length > 0 &&
      f.numbers.every((n) => n.unit === null) &&
      !attrs.length &&
      f.fan === null &&
      f.channel === null &&
      (epWith(d, 'Thermostat') !== undefined || cabinets(d).length > 0)) ||
    endOfRange(t);
  if (wantsTemp && !f.mode) {
    const cabs = cabinets(d);
    const degNum = f.numbers.find((n) => n.unit === 'deg' || n.unit === null);
    const abs = degNum && (degNum.to || (!relative && !degNum.by)) ? degNum.value : null;
    let delta = degNum && !degNum.to && relative ? degNum.value : degNum?.by ? degNum.value : null;
    // "두 단계 낮춰", "세 칸 더 차갑게": steps of the device's own step
    const steps = relative ? f.numbers.find((n) => n.unit === 'step') : undefined;
    // "확 낮춰", "많이 올려", "한참 내려": two steps where no amount is said
    const much = f.mods.has('much') ? 2 : 1;
    // "최저로", "최대한 낮춰": the end of the range
    const extreme = f.mods.has('min') ? -1 : f.mods.has('max') ? (t.down ? -1 : 1) : 0;
    if (cabs.length) {
      let ep = compEndpoint(d, comp);
      if (!ep && cabs.length > 1) {
        // no cabinet named: the one the value fits, the refrigerator cabinet, else ask which
        const fits = abs === null ? cabs : cabs.filter((c) => cabinetFits(c, abs));
        ep = fits.length === 1 ? fits[0] : fits.find((c) => c.tags.includes('Refrigerator'));
        const parts = fits.map(endpointLabel).filter((x) => x);
        if (!ep && parts.length > 1) {
          out.part = { device: d, eps: fits.filter((c) => endpointLabel(c)) };
          out.answers.push(
            WHICH_PART({
              n: d.name,
              first: parts[0] as string,
              rest: parts.slice(1).join(', '),
              verb: ASK_VERBS[t.up ? 'up' : t.down ? 'down' : abs !== null ? 'set' : (t.verb ?? 'set')] ?? '',
            }),
          );
          return true;
        }
      }
      ep = ep ?? cabs.find((c) => c.tags.includes('Refrigerator')) ?? cabs[0];
      if (!ep) {
        cannot();
        return true;
      }
      const cur = num(attr(ep, 'TemperatureControl', 'TemperatureSetpoint')) ?? 0;
      const step = num(attr(ep, 'TemperatureControl', 'Step')) ?? 100;
      if (steps) delta = (steps.value * step) / 100;
      const lo = num(attr(ep, 'TemperatureControl', 'MinTemperature'));
      const hi = num(attr(ep, 'TemperatureControl', 'MaxTemperature'));
      let target: number;
      if (extreme && abs === null && (extreme < 0 ? lo : hi) !== null)
        target = (extreme < 0 ? lo : hi) as number;
      else if (abs !== null) target = Math.round(abs * 100);
      else if (relative) target = cur + sign * Math.round((delta ?? (much * step) / 100) * 100);
      else {
        cannot();
        return true;
      }
      const min = num(attr(ep, 'TemperatureControl', 'MinTemperature'));
      if (step > 1 && (target - (min ?? 0)) % step !== 0) {
        out.answers.push(STEP_ONLY({ n: name, step: formatNumber(step / 100) }));
        return true;
      }
      out.actions.push(act(d, ep, 'TemperatureControl', 'SetTemperature', { TargetTemperature: target }));
      return true;
    }
    const th = epWith(d, 'Thermostat');
    if (th) {
      const sm = num(attr(th, 'Thermostat', 'SystemMode'));
      const heat = d.deviceType === 'Thermostat' || sm === 4;
      const key = heat ? 'OccupiedHeatingSetpoint' : 'OccupiedCoolingSetpoint';
      const cur = num(attr(th, 'Thermostat', key)) ?? 2400;
      if (steps) delta = steps.value;
      const limit = (side: 'Min' | 'Max') => setpointLimit(th, heat, side);
      const end = extreme ? limit(extreme < 0 ? 'Min' : 'Max') : null;
      let target: number;
      if (end !== null && abs === null) target = end;
      else if (abs !== null) target = Math.round(abs * 100);
      else if (relative) target = cur + sign * Math.round((delta ?? much) * 100);
      else {
        cannot();
        return true;
      }
      // "에어컨 30도 올려": past the device's limits, say what it takes
      if (!withinLimits(t, th, heat, target)) return true;
      // "에어컨 18도로 켜 줘": switched on, at that value
      const onOff = epWith(d, 'OnOff');
      if (onOff && !isOn(d) && (f.verbs.includes('on') || f.verbs.includes('play')))
        out.actions.push(act(d, onOff, 'OnOff', 'On'));
      out.actions.push(act(d, th, 'Thermostat', 'WriteAttributes', { [key]: target }));
      return true;
    }
  }
  return false;
}

/**
 * "에어컨 냉방 25도로", "보일러 난방 23도": a degree said with a heating or cooling mode is that mode's
 * setpoint, written after the mode (within the device's limits; past them, the limits are said).
 */
function modeSetpoint(t: DeviceTurn, th: Endpoint, sysMode: number): void {
  const n = t.f.numbers.find((x) => (x.unit === 'deg' || x.unit === null) && !x.by);
  const heat = sysMode === 4;
  if (!n || !(heat || sysMode === 3 || sysMode === 8)) return;
  const key = heat ? 'OccupiedHeatingSetpoint' : 'OccupiedCoolingSetpoint';
  const target = Math.round(n.value * 100);
  if (withinLimits(t, th, heat, target))
    t.out.actions.push(act(t.d, th, 'Thermostat', 'WriteAttributes', { [key]: target }));
}

const setpointLimit = (th: Endpoint, heat: boolean, side: 'Min' | 'Max'): number | null =>
  num(attr(th, 'Thermostat', `${side}${heat ? 'Heat' : 'Cool'}SetpointLimit`));

/** A setpoint within the thermostat's limits; past them, the limits are said (or that it cannot). */
function withinLimits(t: DeviceTurn, th: Endpoint, heat: boolean, target: number): boolean {
  const lo = setpointLimit(th, heat, 'Min');
  const hi = setpointLimit(th, heat, 'Max');
  if ((lo === null || target >= lo) && (hi === null || target <= hi)) return true;
  if (lo !== null && hi !== null)
    t.out.answers.push(
      OUT_OF_RANGE_TEMP({ n: t.name, min: formatNumber(lo / 100), max: formatNumber(hi / 100) }),
    );
  else t.cannot();
  return false;
}

// --- modes
export function planMode(t: DeviceTurn): boolean {
  const { f, d, out, verb, cannot } = t;
  // "에어컨 냉방 온도 몇 도야": a mode named in a question about the device's setting sets nothing
  const asking = f.question || f.tokens.some((x) => ASKING_WORDS.some((w) => x.text.startsWith(w)));
  if (f.mode && asking && (verb === null || verb === 'query') && !f.numbers.length && f.attrs.length)
    return false;
  if (f.mode) {
    const sysMode = SYSTEM_MODES[f.mode];
    const th = epWith(d, 'Thermostat');
    const supported = attr(th, 'Thermostat', 'SupportedSystemModes');
    if (th && sysMode !== undefined && Array.isArray(supported) && supported.includes(sysMode)) {
      if (verb === 'off') {
        out.actions.push(act(d, mainEp(d) as Endpoint, 'OnOff', 'Off'));
        return true;
      }
      const onOff = epWith(d, 'OnOff');
      if (onOff && !isOn(d) && !f.keepOff) out.actions.push(act(d, onOff, 'OnOff', 'On'));
      out.actions.push(act(d, th, 'Thermostat', 'WriteAttributes', { SystemMode: sysMode }));
      modeSetpoint(t, th, sysMode);
      return true;
    }
    if (f.mode === 'Auto' && epWith(d, 'FanControl')) {
      const onOff = epWith(d, 'OnOff');
      if (onOff && !isOn(d) && !f.keepOff) out.actions.push(act(d, onOff, 'OnOff', 'On'));
      out.actions.push(
        act(d, epWith(d, 'FanControl') as Endpoint, 'FanControl', 'WriteAttributes', { FanMode: 5 }),
      );
      return true;
    }
    const m = findModeCluster(d, f.mode);
    // "공기청정기 취침 모드": a fan with no quiet mode of its own runs at its low speed
    if (!m && f.mode === 'Quiet' && epWith(d, 'FanControl') && verb !== 'off') {
      const onOff = epWith(d, 'OnOff');
      if (onOff && !isOn(d) && !f.keepOff) out.actions.push(act(d, onOff, 'OnOff', 'On'));
      out.actions.push(
        act(d, epWith(d, 'FanControl') as Endpoint, 'FanControl', 'WriteAttributes', { FanMode: 1 }),
      );
      return true;
    }
    if (m) {
      if (verb === 'off' || verb === 'stop' || verb === 'cancel') {
        const normal = normalMode(d, m.cluster);
        if (normal === null) {
          cannot();
          return true;
        }
        out.actions.push(act(d, m.ep, m.cluster, 'ChangeToMode', { NewMode: normal }));
        return true;
      }
      out.actions.push(act(d, m.ep, m.cluster, 'ChangeToMode', { NewMode: m.mode }));
      if (
        d.deviceType === 'LaundryWasher' &&
        (verb === 'start' || verb === 'on' || f.verbs.includes('start'))
      ) {
        out.actions.push(act(d, m.ep, 'OperationalState', 'Start'));
      }
      return true;
    }
    // "헹굼만 해 줘" to a washer without that course: say which courses it has, and ask
    const names = modeNames(d);
    if (COURSE_MODES.has(f.mode) && names.length) {
      out.answers.push(
        MSG.noCourse
          .replace('{n}', d.name)
          .replace('{mode}', MODE_NAMES[f.mode] ?? f.mode)
          .replace('{list}', names.join(', ')),
      );
      return true;
    }
    cannot();
    return true;
  }
  return false;
}

// --- fan speed
export function planFanSpeed(t: DeviceTurn): boolean {
  const { f, d, out, attrs, up, relative, cannot } = t;
  const fanEp = epWith(d, 'FanControl');
  const fanStep = f.numbers.find((n) => n.unit === 'step' && !relative);
  if (
    fanEp &&
    (attrs.includes('fan') ||
      f.fan !== null ||
      (fanStep && d.deviceType === 'Fan') ||
      ((f.mods.has('max') || f.mods.has('min')) && d.deviceType !== 'RoomAirConditioner' && !attrs.length) ||
      (relative && d.deviceType !== 'RoomAirConditioner' && !attrs.length))
  ) {
    const allowed = fanModesOf(attr(fanEp, 'FanControl', 'FanModeSequence'));
    let mode: number | null = f.fan ?? (fanStep ? fanStep.value : null);
    // "끝까지 올려", "최대한 낮춰": the end that way, not a step
    const toEnd = f.mods.has('max') || f.mods.has('min');
    if (mode === null && relative && !toEnd) {
      const cur = num(attr(fanEp, 'FanControl', 'FanMode')) ?? 1;
      const speeds = allowed.filter((x) => x >= 1 && x <= 3);
      // from Auto (or Off), a step is taken from the middle speed
      const base = cur >= 1 && cur <= 3 ? cur : cur === 0 && up ? 0 : 2;
      // "두 단계 올려", "확 세게": that many speeds, within the fan's own
      const count =
        f.numbers.find((n) => n.unit === 'step' || (n.unit === null && n.value <= 3))?.value ??
        (f.mods.has('much') ? 2 : 1);
      const ahead = up ? speeds.filter((x) => x > base) : [...speeds].reverse().filter((x) => x < base);
      mode =
        ahead[Math.min(count, ahead.length) - 1] ??
        (up ? (speeds[speeds.length - 1] ?? 3) : (speeds[0] ?? 1));
    }
    if (mode === null && f.mods.has('max')) mode = speedsOf(allowed, t.down ? 'min' : 'max');
    if (mode === null && f.mods.has('min')) mode = speedsOf(allowed, 'min');
    if (mode === null || !allowed.includes(mode)) {
      cannot();
      return true;
    }
    const onOff = epWith(d, 'OnOff');
    if (onOff && !isOn(d) && !f.keepOff) out.actions.push(act(d, onOff, 'OnOff', 'On'));
    out.actions.push(act(d, fanEp, 'FanControl', 'WriteAttributes', { FanMode: mode }));
    return true;
  }
  return false;
}

/** The highest or lowest fixed speed a fan allows (3 high, 1 low). */
function speedsOf(allowed: readonly number[], end: 'max' | 'min'): number {
  const speeds = allowed.filter((x) => x >= 1 && x <= 3);
  return (end === 'max' ? speeds[speeds.length - 1] : speeds[0]) ?? (end === 'max' ? 3 : 1);
}
