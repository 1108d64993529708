/** Planning of appliance commands: covers, locks, valves, robot vacuums, washers and plain power. */
import { FanMode, fanModesOf } from '../../../model/tables.js';
import { act, attr, epWith, num } from '../device.js';
import type { DeviceTurn } from './types.js';

// --- covers
export function planCover(t: DeviceTurn): boolean {
  const { f, d, out, verb } = t;
  const cov = epWith(d, 'WindowCovering');
  if (cov) {
    const p = f.numbers.find((n) => n.unit === 'pct');
    if (f.mods.has('half')) {
      out.actions.push(act(d, cov, 'WindowCovering', 'GoToLiftPercentage', { LiftPercent100thsValue: 5000 }));
      return true;
    }
    // "커튼 10% 더 열어": that much more from where it is
    const now = num(attr(cov, 'WindowCovering', 'CurrentPositionLiftPercent100ths'));
    if (p?.by && now !== null && (verb === 'open' || verb === 'close')) {
      const closed = now + (verb === 'close' ? 1 : -1) * Math.round(p.value * 100);
      out.actions.push(
        act(d, cov, 'WindowCovering', 'GoToLiftPercentage', {
          LiftPercent100thsValue: Math.max(0, Math.min(10000, closed)),
        }),
      );
      return true;
    }
    if (p && (verb === 'open' || verb === 'set' || verb === 'do' || verb === 'close')) {
      const openPct = verb === 'close' ? 100 - p.value : p.value;
      out.actions.push(
        act(d, cov, 'WindowCovering', 'GoToLiftPercentage', {
          LiftPercent100thsValue: Math.round((100 - openPct) * 100),
        }),
      );
      return true;
    }
    if (verb === 'open' || verb === 'on' || verb === 'up') {
      out.actions.push(act(d, cov, 'WindowCovering', 'UpOrOpen'));
      return true;
    }
    if (verb === 'close' || verb === 'off' || verb === 'down') {
      out.actions.push(act(d, cov, 'WindowCovering', 'DownOrClose'));
      return true;
    }
    if (verb === 'stop' || verb === 'pause') {
      out.actions.push(act(d, cov, 'WindowCovering', 'StopMotion'));
      return true;
    }
  }
  return false;
}

// --- locks
export function planLock(t: DeviceTurn): boolean {
  const { d, out, verb } = t;
  const lock = epWith(d, 'DoorLock');
  if (lock) {
    if (verb === 'lock' || verb === 'close') {
      out.actions.push(act(d, lock, 'DoorLock', 'LockDoor'));
      return true;
    }
    if (verb === 'unlock' || verb === 'open') {
      out.actions.push(act(d, lock, 'DoorLock', 'UnlockDoor'));
      return true;
    }
  }
  return false;
}

// --- valves
export function planValve(t: DeviceTurn): boolean {
  const { d, out, verb } = t;
  const valve = epWith(d, 'ValveConfigurationAndControl');
  if (valve) {
    // "가스 차단기 내려": a shut-off lever pulled down closes it
    if (verb === 'close' || verb === 'lock' || verb === 'off' || verb === 'stop' || verb === 'down') {
      out.actions.push(act(d, valve, 'ValveConfigurationAndControl', 'Close'));
      return true;
    }
    if (verb === 'open' || verb === 'unlock' || verb === 'on') {
      out.actions.push(act(d, valve, 'ValveConfigurationAndControl', 'Open'));
      return true;
    }
  }
  return false;
}

// --- robot vacuum
export function planVacuum(t: DeviceTurn): boolean {
  const { f, d, out, verb } = t;
  const rvc = epWith(d, 'RvcRunMode');
  if (rvc) {
    const ops = epWith(d, 'RvcOperationalState') ?? rvc;
    if (verb === 'dock') {
      out.actions.push(act(d, ops, 'RvcOperationalState', 'GoHome'));
      return true;
    }
    if (verb === 'pause') {
      out.actions.push(act(d, ops, 'RvcOperationalState', 'Pause'));
      return true;
    }
    if (verb === 'resume') {
      out.actions.push(act(d, ops, 'RvcOperationalState', 'Resume'));
      return true;
    }
    if (verb === 'off' || verb === 'stop' || f.verbs.includes('stop') || f.verbs.includes('off')) {
      out.actions.push(act(d, rvc, 'RvcRunMode', 'ChangeToMode', { NewMode: 0 }));
      return true;
    }
    if (verb === 'on' || verb === 'start' || verb === 'clean' || verb === 'set' || verb === 'do') {
      out.actions.push(act(d, rvc, 'RvcRunMode', 'ChangeToMode', { NewMode: 1 }));
      return true;
    }
  }
  return false;
}

// --- washer
export function planWasher(t: DeviceTurn): boolean {
  const { d, out, verb } = t;
  const ops = epWith(d, 'OperationalState');
  if (ops) {
    const st = num(attr(ops, 'OperationalState', 'OperationalState'));
    if (verb === 'pause') {
      out.actions.push(act(d, ops, 'OperationalState', 'Pause'));
      return true;
    }
    if (verb === 'resume' || (verb === 'start' && st === 2)) {
      out.actions.push(act(d, ops, 'OperationalState', 'Resume'));
      return true;
    }
    if (verb === 'stop' || verb === 'off' || verb === 'cancel') {
      out.actions.push(act(d, ops, 'OperationalState', 'Stop'));
      return true;
    }
    if (verb === 'start' || verb === 'on' || verb === 'set' || verb === 'do') {
      out.actions.push(act(d, ops, 'OperationalState', 'Start'));
      return true;
    }
  }
  return false;
}

// --- power
export function planPower(t: DeviceTurn): boolean {
  const { d, out, verb } = t;
  const fanEp = epWith(d, 'FanControl');
  const onOffEp = d.endpoints.find(
    (e) => e.clusters.OnOff && !(e.deviceTypes.includes('Speaker') && d.deviceType !== 'Speaker'),
  );
  const onVerb = verb === 'on' || verb === 'start' || verb === 'play' || verb === 'open';
  const offVerb = verb === 'off' || verb === 'stop' || verb === 'close';
  if (onOffEp && d.deviceType !== 'Speaker') {
    if (onVerb) {
      out.actions.push(act(d, onOffEp, 'OnOff', 'On'));
      return true;
    }
    if (offVerb) {
      out.actions.push(act(d, onOffEp, 'OnOff', 'Off'));
      return true;
    }
  }
  const th = epWith(d, 'Thermostat');
  if (th && (onVerb || offVerb)) {
    out.actions.push(act(d, th, 'Thermostat', 'WriteAttributes', { SystemMode: onVerb ? 4 : 0 }));
    return true;
  }
  if (fanEp && (onVerb || offVerb)) {
    const allowed = fanModesOf(attr(fanEp, 'FanControl', 'FanModeSequence'));
    const on = allowed.includes(FanMode.Auto)
      ? FanMode.Auto
      : (allowed.find((m) => m !== FanMode.Off) ?? FanMode.Low);
    out.actions.push(act(d, fanEp, 'FanControl', 'WriteAttributes', { FanMode: offVerb ? FanMode.Off : on }));
    return true;
  }
  return false;
}
