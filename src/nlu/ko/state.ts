/** State questions: which sensor answers, and how a device's state is said in Korean. */
import { SystemMode } from '../../model/devices.js';
import type { DeviceDescription } from '../../model/types.js';
import type { HomeView, TurnContext } from '../types.js';
import { attr, cabinets, compEndpoint, endpointLabel, epWith, isOn, num } from './device.js';
import { DEVICE_KINDS, type HomeIndex } from './home.js';
import {
  FAN_MODE_NAMES,
  GROUP_STATE,
  NUMBER_ASKED,
  STATE_PARTS,
  STATE_SAID,
  STATE_WORDS,
  SYSTEM_MODE_NAMES,
  UNITS,
} from './lexicon/replies.js';
import { formatNumber } from './numbers.js';
import type { Frame } from './parse.js';
import { rangeState } from './range-asked.js';
import { compile, compileAll } from './template.js';
import { toneState } from './tone-state.js';

const S = compileAll(STATE_SAID);
const DEGREES = compile(UNITS.degrees);
const CHANNEL_NUMBER = compile(UNITS.channelNumber);
const SOME_ON = compile(GROUP_STATE.someOn);

// ---------------------------------------------------------------------------------------------
// State answers

/** A temperature in hundredths of a degree, said: 2450 → "24.5도". */
const temp = (v: number) => DEGREES({ v: formatNumber(v / 100, true) });

export function describeState(f: Frame, d: DeviceDescription, comp: string | null): string {
  const n = d.name;
  const attrs = f.attrs;
  const cabs = cabinets(d);
  if (f.state === 'muted') {
    // "TV 음소거 돼 있어?": the speaker's own switch is the sound
    const spk = d.endpoints.find((e) => e.deviceTypes.includes('Speaker') && e.clusters.OnOff);
    if (spk) {
      const muted = attr(spk, 'OnOff', 'OnOff') === false;
      return S.topicState({ n, state: muted ? STATE_WORDS.muted : STATE_WORDS.unmuted });
    }
  }
  const tone = toneState(f, d) ?? rangeState(f, d, comp);
  if (tone) return tone;
  if (attrs.includes('diff')) {
    // "설정 온도랑 지금 온도 몇 도 차이 나?"
    const th = epWith(d, 'Thermostat');
    const cur = num(attr(th, 'Thermostat', 'LocalTemperature'));
    const sp = num(
      attr(
        th,
        'Thermostat',
        d.deviceType === 'Thermostat' ? 'OccupiedHeatingSetpoint' : 'OccupiedCoolingSetpoint',
      ),
    );
    if (cur !== null && sp !== null)
      return S.setpointAndNowGap({ n, sp: temp(sp), now: temp(cur), gap: temp(Math.abs(cur - sp)) });
  }
  if (attrs.includes('mode') || attrs.includes('fan')) {
    // "에어컨 무슨 모드야", "공기청정기 바람 세기 뭐야"
    const th = epWith(d, 'Thermostat');
    const fan = epWith(d, 'FanControl');
    const parts: string[] = [];
    const sm = num(attr(th, 'Thermostat', 'SystemMode'));
    if (attrs.includes('mode') && sm !== null) parts.push(S.modePart({ mode: SYSTEM_MODE_NAMES[sm] ?? sm }));
    const fm = num(attr(fan, 'FanControl', 'FanMode'));
    if (attrs.includes('fan') && fm !== null) parts.push(S.windPart({ fan: FAN_MODE_NAMES[fm] ?? fm }));
    const said = parts.join(', ');
    if (parts.length) return isOn(d) ? S.modeOn({ n, said }) : S.modeOff({ n, said });
  }
  if (attrs.includes('door')) {
    // "냉장고 문 열려 있어?": the appliance's own door
    const alarm = d.endpoints.find((e) => e.clusters.RefrigeratorAlarm);
    const st = num(attr(alarm, 'RefrigeratorAlarm', 'State'));
    if (st === null) return S.doorUnknown({ n });
    return S.door({ n, state: (st & 1) === 1 ? STATE_WORDS.open : STATE_WORDS.closed });
  }
  if (attrs.includes('playing')) {
    const chan = epWith(d, 'Channel');
    const cur = attr(chan, 'Channel', 'CurrentChannel') as { MajorNumber?: number; Name?: string } | null;
    if (chan && !isOn(d)) return S.topicState({ n, state: STATE_WORDS.off });
    if (chan && cur)
      return S.channelPlaying({ n, ch: cur.Name || CHANNEL_NUMBER({ v: `${cur.MajorNumber}` }) });
    const mp = epWith(d, 'MediaPlayback');
    if (mp)
      return S.topicState({
        n,
        state: attr(mp, 'MediaPlayback', 'CurrentState') === 0 ? STATE_WORDS.playing : STATE_WORDS.stopped,
      });
  }
  if (cabs.length && (attrs.includes('temperature') || attrs.includes('setpoint') || !f.state)) {
    const ep = compEndpoint(d, comp);
    const list = ep ? [ep] : cabs;
    const segs = list.map((c) => {
      const v =
        num(attr(c, 'TemperatureControl', 'TemperatureSetpoint')) ??
        num(attr(c, 'TemperatureMeasurement', 'MeasuredValue'));
      const label = endpointLabel(c);
      return v === null ? S.cabinetUnknown({ label }) : S.cabinet({ label, t: temp(v) });
    });
    return S.cabinets({ n, segs: segs.join(', ') });
  }
  if (attrs.includes('humidity')) {
    const v = num(
      attr(epWith(d, 'RelativeHumidityMeasurement'), 'RelativeHumidityMeasurement', 'MeasuredValue'),
    );
    if (v !== null) return S.humidity({ n, v: formatNumber(v / 100) });
  }
  if (attrs.includes('pm25')) {
    const v = num(
      attr(epWith(d, 'Pm25ConcentrationMeasurement'), 'Pm25ConcentrationMeasurement', 'MeasuredValue'),
    );
    if (v !== null) return S.pm25({ n, v: formatNumber(v) });
  }
  if (attrs.includes('co2')) {
    const v = num(
      attr(
        epWith(d, 'CarbonDioxideConcentrationMeasurement'),
        'CarbonDioxideConcentrationMeasurement',
        'MeasuredValue',
      ),
    );
    if (v !== null) return S.co2({ n, v: formatNumber(v) });
  }
  if (attrs.includes('battery')) {
    const v = num(attr(epWith(d, 'PowerSource'), 'PowerSource', 'BatPercentRemaining'));
    if (v !== null) return S.battery({ n, v: formatNumber(v / 2) });
  }
  if (attrs.includes('temperature') || attrs.includes('setpoint')) {
    const th = epWith(d, 'Thermostat');
    const m = epWith(d, 'TemperatureMeasurement');
    const cur =
      num(attr(th, 'Thermostat', 'LocalTemperature')) ??
      num(attr(m, 'TemperatureMeasurement', 'MeasuredValue'));
    const sp = num(
      attr(
        th,
        'Thermostat',
        d.deviceType === 'Thermostat' ? 'OccupiedHeatingSetpoint' : 'OccupiedCoolingSetpoint',
      ),
    );
    // "설정 온도랑 지금 온도": both asked, both told (below)
    if (attrs.includes('setpoint') && !attrs.includes('temperature') && sp !== null)
      return S.setpoint({ n, sp: temp(sp) });
    if (cur !== null)
      return sp !== null
        ? S.tempNowAndSetpoint({ n, now: temp(cur), sp: temp(sp) })
        : S.tempNow({ n, now: temp(cur) });
  }
  const ops = epWith(d, 'OperationalState');
  if (ops && (attrs.includes('remaining') || !f.state || !epWith(d, 'OnOff'))) {
    const st = num(attr(ops, 'OperationalState', 'OperationalState'));
    const cd = num(attr(ops, 'OperationalState', 'CountdownTime'));
    if (st === 1 && cd !== null) return S.minutesLeft({ n, min: Math.ceil(cd / 60) });
    if (st === 2) return S.nameState({ n, state: STATE_WORDS.paused });
    return S.topicState({ n, state: STATE_WORDS.stopped });
  }
  const chan = epWith(d, 'Channel');
  if (chan && attrs.includes('channel')) {
    const cur = attr(chan, 'Channel', 'CurrentChannel') as { MajorNumber?: number; Name?: string } | null;
    // "몇 번이야?": the number asked is told with the name
    const byNumber =
      f.tokens.some((t) => t.text.startsWith(NUMBER_ASKED)) && cur?.Name && cur.MajorNumber !== undefined;
    if (cur && byNumber)
      return S.channelNumberName({ n, num: `${cur.MajorNumber}`, name: cur.Name as string });
    if (cur) return S.channel({ n, ch: cur.Name || CHANNEL_NUMBER({ v: `${cur.MajorNumber}` }) });
  }
  const spk = d.endpoints.find((e) => e.deviceTypes.includes('Speaker') && e.clusters.LevelControl);
  if (spk && attrs.includes('volume')) {
    const v = num(attr(spk, 'LevelControl', 'CurrentLevel'));
    return S.volume({ n, v: String(v ?? 0) });
  }
  const lock = epWith(d, 'DoorLock');
  if (lock)
    return S.topicState({
      n,
      state: attr(lock, 'DoorLock', 'LockState') === 1 ? STATE_WORDS.locked : STATE_WORDS.unlocked,
    });
  const valve = epWith(d, 'ValveConfigurationAndControl');
  if (valve)
    return S.topicState({
      n,
      state:
        attr(valve, 'ValveConfigurationAndControl', 'CurrentState') === 1
          ? STATE_WORDS.open
          : STATE_WORDS.closed,
    });
  const cov = epWith(d, 'WindowCovering');
  if (cov) {
    const p = num(attr(cov, 'WindowCovering', 'CurrentPositionLiftPercent100ths')) ?? 0;
    if (p <= 0) return S.topicState({ n, state: STATE_WORDS.open });
    if (p >= 10000) return S.topicState({ n, state: STATE_WORDS.closed });
    return S.openPercent({ n, pct: Math.round(100 - p / 100) });
  }
  const rvc = epWith(d, 'RvcRunMode');
  if (rvc) {
    const running = attr(rvc, 'RvcRunMode', 'CurrentMode') === 1;
    const bat = num(attr(epWith(d, 'PowerSource'), 'PowerSource', 'BatPercentRemaining'));
    const state = running ? STATE_WORDS.cleaning : STATE_WORDS.resting;
    return bat !== null
      ? S.vacuumBattery({ n, state, v: formatNumber(bat / 2) })
      : S.topicStateEnd({ n, state });
  }
  const mp = epWith(d, 'MediaPlayback');
  if (mp)
    return S.topicState({
      n,
      state: attr(mp, 'MediaPlayback', 'CurrentState') === 0 ? STATE_WORDS.playing : STATE_WORDS.stopped,
    });
  const sensorT = epWith(d, 'TemperatureMeasurement');
  if (sensorT && !epWith(d, 'OnOff')) {
    const t = num(attr(sensorT, 'TemperatureMeasurement', 'MeasuredValue'));
    const h = num(
      attr(epWith(d, 'RelativeHumidityMeasurement'), 'RelativeHumidityMeasurement', 'MeasuredValue'),
    );
    if (t === null)
      return h !== null ? S.sensorUnknownHumidity({ n, h: formatNumber(h / 100) }) : S.sensorUnknown({ n });
    return h !== null
      ? S.sensorHumidity({ n, t: temp(t), h: formatNumber(h / 100) })
      : S.sensor({ n, t: temp(t) });
  }
  const co2 = epWith(d, 'CarbonDioxideConcentrationMeasurement');
  if (co2)
    return S.co2({
      n,
      v: formatNumber(num(attr(co2, 'CarbonDioxideConcentrationMeasurement', 'MeasuredValue')) ?? 0),
    });
  const onOff = epWith(d, 'OnOff') || epWith(d, 'Thermostat') || epWith(d, 'FanControl');
  if (onOff) {
    let on = isOn(d);
    const fan = epWith(d, 'FanControl');
    if (!epWith(d, 'OnOff') && !epWith(d, 'Thermostat') && fan) on = attr(fan, 'FanControl', 'FanMode') !== 0;
    const said = S.topicStateEnd({ n, state: on ? STATE_WORDS.on : STATE_WORDS.off });
    const more = on ? onDetails(d) : [];
    // "거실 조명은 켜져 있어요. 밝기는 79%예요." / "에어컨은 켜져 있어요. 냉방 24도, 바람 자동이에요."
    return more.length ? S.withDetails({ said, details: more.join(', ') }) : said;
  }
  return S.unknown({ n });
}

/** What a switched-on device is on at: a light's brightness, a climate device's mode and setpoint, its fan. */
function onDetails(d: DeviceDescription): string[] {
  const out: string[] = [];
  const lvl = epWith(d, 'LevelControl');
  if (lvl && (DEVICE_KINDS[d.deviceType] ?? []).includes('light')) {
    const l = num(attr(lvl, 'LevelControl', 'CurrentLevel'));
    if (l !== null) out.push(`${STATE_PARTS.brightness} ${Math.round((l * 100) / 254)}%`);
  }
  const th = epWith(d, 'Thermostat');
  if (th) {
    const sm = num(attr(th, 'Thermostat', 'SystemMode'));
    const heats = sm === SystemMode.Heat || (sm !== SystemMode.Cool && d.deviceType === 'Thermostat');
    const sp =
      sm === SystemMode.Auto || sm === SystemMode.FanOnly || sm === SystemMode.Dry
        ? null
        : num(attr(th, 'Thermostat', heats ? 'OccupiedHeatingSetpoint' : 'OccupiedCoolingSetpoint'));
    const degrees = sp !== null ? temp(sp) : '';
    // A boiler's only mode is heating: its setpoint is said alone.
    const mode = d.deviceType === 'Thermostat' || sm === null ? '' : (SYSTEM_MODE_NAMES[sm] ?? '');
    if (mode || degrees)
      out.push(mode && degrees ? `${mode} ${degrees}` : mode || `${STATE_PARTS.setpoint} ${degrees}`);
  }
  const fm = num(attr(epWith(d, 'FanControl'), 'FanControl', 'FanMode'));
  if (fm !== null && fm !== 0) out.push(`${STATE_PARTS.wind} ${FAN_MODE_NAMES[fm] ?? fm}`);
  return out;
}

/**
 * "불 다 꺼져 있어?": the lights of a group asked at once are told together — which are on, the rest
 * off — rather than one sentence a light. null when the group is not all lights or the question is
 * about something other than on and off.
 */
export function describeLights(f: Frame, devices: DeviceDescription[]): string | null {
  if (devices.length < 3 || (f.state !== null && f.state !== 'on' && f.state !== 'off')) return null;
  if (f.attrs.some((a) => a !== 'state')) return null;
  if (!devices.every((d) => (DEVICE_KINDS[d.deviceType] ?? []).includes('light'))) return null;
  const on = devices.filter((d) => isOn(d)).map((d) => d.name);
  if (on.length === 0) return GROUP_STATE.allOff;
  if (on.length === devices.length) return GROUP_STATE.allOn;
  const names = on.join(', ');
  return SOME_ON({ names });
}

export function sensorsFor(f: Frame, idx: HomeIndex, home: HomeView, ctx: TurnContext): DeviceDescription[] {
  const areas = f.areas.length ? f.areas : ctx.satelliteArea ? [ctx.satelliteArea] : [];
  const attrs = f.attrs;
  const cluster = attrs.includes('humidity')
    ? 'RelativeHumidityMeasurement'
    : attrs.includes('pm25')
      ? 'Pm25ConcentrationMeasurement'
      : attrs.includes('co2')
        ? 'CarbonDioxideConcentrationMeasurement'
        : 'TemperatureMeasurement';
  const all = home.devices.filter((d) => d.endpoints.some((e) => e.clusters[cluster]) && !cabinets(d).length);
  void idx;
  const pick = (list: DeviceDescription[]) => {
    const sensors = list.filter((d) => /Sensor/.test(d.deviceType));
    return sensors.length ? sensors : list;
  };
  const inArea = all.filter((d) => d.area !== null && areas.includes(d.area));
  if (inArea.length) return pick(inArea).slice(0, 1);
  if (cluster === 'TemperatureMeasurement') {
    // a room without a sensor: its thermostat's reading
    const th = home.devices.filter(
      (d) =>
        d.area !== null &&
        areas.includes(d.area) &&
        num(attr(epWith(d, 'Thermostat'), 'Thermostat', 'LocalTemperature')) !== null,
    );
    if (th.length) return th.slice(0, 1);
  }
  if (!f.areas.length && all.length) return pick(all).slice(0, 1);
  return [];
}
