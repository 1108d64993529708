/** State questions: which sensor answers, and how a device's state is said in Korean. */
import { SystemMode } from '../../model/devices.js';
import type { DeviceDescription } from '../../model/types.js';
import type { HomeView, TurnContext } from '../types.js';
import { attr, cabinets, compEndpoint, endpointLabel, epWith, isOn, num } from './device.js';
import { DEVICE_KINDS, type HomeIndex } from './home.js';
import {
  FAN_MODE_NAMES,
  GROUP_STATE,
  STATE_PARTS,
  STATE_WORDS,
  SYSTEM_MODE_NAMES,
} from './lexicon/replies.js';
import { formatNumber } from './numbers.js';
import type { Frame } from './parse.js';
import { rangeState } from './range-asked.js';
import { withJosa } from './text.js';
import { toneState } from './tone-state.js';

// ---------------------------------------------------------------------------------------------
// State answers

/** A temperature in hundredths of a degree, said: 2450 → "24.5도". */
const temp = (v: number) => `${formatNumber(v / 100, true)}도`;

export function describeState(f: Frame, d: DeviceDescription, comp: string | null): string {
  const n = d.name;
  const attrs = f.attrs;
  const cabs = cabinets(d);
  if (f.state === 'muted') {
    // "TV 음소거 돼 있어?": the speaker's own switch is the sound
    const spk = d.endpoints.find((e) => e.deviceTypes.includes('Speaker') && e.clusters.OnOff);
    if (spk) {
      const muted = attr(spk, 'OnOff', 'OnOff') === false;
      return `${withJosa(n, '은/는')} ${muted ? STATE_WORDS.muted : STATE_WORDS.unmuted}`;
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
      return `${n} 설정 온도는 ${temp(sp)}, 현재 온도는 ${temp(cur)}로 ${temp(Math.abs(cur - sp))} 차이예요.`;
  }
  if (attrs.includes('mode') || attrs.includes('fan')) {
    // "에어컨 무슨 모드야", "공기청정기 바람 세기 뭐야"
    const th = epWith(d, 'Thermostat');
    const fan = epWith(d, 'FanControl');
    const parts: string[] = [];
    const sm = num(attr(th, 'Thermostat', 'SystemMode'));
    if (attrs.includes('mode') && sm !== null) parts.push(`${SYSTEM_MODE_NAMES[sm] ?? sm} 모드`);
    const fm = num(attr(fan, 'FanControl', 'FanMode'));
    if (attrs.includes('fan') && fm !== null) parts.push(`바람 ${FAN_MODE_NAMES[fm] ?? fm}`);
    const said = parts.join(', ');
    if (parts.length)
      return isOn(d)
        ? `${withJosa(n, '은/는')} ${withJosa(said, '이에요/예요')}.`
        : `${withJosa(n, '은/는')} ${withJosa(said, '으로/로')} 맞춰져 있고 지금은 꺼져 있어요.`;
  }
  if (attrs.includes('door')) {
    // "냉장고 문 열려 있어?": the appliance's own door
    const alarm = d.endpoints.find((e) => e.clusters.RefrigeratorAlarm);
    const st = num(attr(alarm, 'RefrigeratorAlarm', 'State'));
    if (st === null) return `${n} 문 상태는 알 수 없어요.`;
    return `${n} 문은 ${(st & 1) === 1 ? STATE_WORDS.open : STATE_WORDS.closed}`;
  }
  if (attrs.includes('playing')) {
    const chan = epWith(d, 'Channel');
    const cur = attr(chan, 'Channel', 'CurrentChannel') as { MajorNumber?: number; Name?: string } | null;
    if (chan && !isOn(d)) return `${withJosa(n, '은/는')} ${STATE_WORDS.off}`;
    if (chan && cur) return `${n}에서는 ${cur.Name || `${cur.MajorNumber}번`} 채널이 나오고 있어요.`;
    const mp = epWith(d, 'MediaPlayback');
    if (mp)
      return `${withJosa(n, '은/는')} ${attr(mp, 'MediaPlayback', 'CurrentState') === 0 ? STATE_WORDS.playing : STATE_WORDS.stopped}`;
  }
  if (cabs.length && (attrs.includes('temperature') || attrs.includes('setpoint') || !f.state)) {
    const ep = compEndpoint(d, comp);
    const list = ep ? [ep] : cabs;
    const segs = list.map((c) => {
      const v =
        num(attr(c, 'TemperatureControl', 'TemperatureSetpoint')) ??
        num(attr(c, 'TemperatureMeasurement', 'MeasuredValue'));
      const label = endpointLabel(c);
      return v === null
        ? `${withJosa(label, '은/는')} 알 수 없어요`
        : `${withJosa(label, '은/는')} ${temp(v)}`;
    });
    return `${n} ${segs.join(', ')}예요.`;
  }
  if (attrs.includes('humidity')) {
    const v = num(
      attr(epWith(d, 'RelativeHumidityMeasurement'), 'RelativeHumidityMeasurement', 'MeasuredValue'),
    );
    if (v !== null) return `${n} 습도는 ${formatNumber(v / 100)}%예요.`;
  }
  if (attrs.includes('pm25')) {
    const v = num(
      attr(epWith(d, 'Pm25ConcentrationMeasurement'), 'Pm25ConcentrationMeasurement', 'MeasuredValue'),
    );
    if (v !== null) return `${n} 미세먼지는 ${formatNumber(v)}µg/m³예요.`;
  }
  if (attrs.includes('co2')) {
    const v = num(
      attr(
        epWith(d, 'CarbonDioxideConcentrationMeasurement'),
        'CarbonDioxideConcentrationMeasurement',
        'MeasuredValue',
      ),
    );
    if (v !== null) return `${n} 이산화탄소 농도는 ${formatNumber(v)}ppm이에요.`;
  }
  if (attrs.includes('battery')) {
    const v = num(attr(epWith(d, 'PowerSource'), 'PowerSource', 'BatPercentRemaining'));
    if (v !== null) return `${n} 배터리는 ${formatNumber(v / 2)}% 남았어요.`;
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
      return `${n} 설정 온도는 ${temp(sp)}예요.`;
    if (cur !== null)
      return `${n} 현재 온도는 ${temp(cur)}${sp !== null ? `, 설정 온도는 ${temp(sp)}` : ''}예요.`;
  }
  const ops = epWith(d, 'OperationalState');
  if (ops && (attrs.includes('remaining') || !f.state || !epWith(d, 'OnOff'))) {
    const st = num(attr(ops, 'OperationalState', 'OperationalState'));
    const cd = num(attr(ops, 'OperationalState', 'CountdownTime'));
    if (st === 1 && cd !== null) return `${n} ${Math.ceil(cd / 60)}분 남았어요.`;
    if (st === 2) return `${n} ${STATE_WORDS.paused}`;
    return `${withJosa(n, '은/는')} ${STATE_WORDS.stopped}`;
  }
  const chan = epWith(d, 'Channel');
  if (chan && attrs.includes('channel')) {
    const cur = attr(chan, 'Channel', 'CurrentChannel') as { MajorNumber?: number; Name?: string } | null;
    // "몇 번이야?": the number asked is told with the name
    const byNumber =
      f.tokens.some((t) => t.text.startsWith('몇')) && cur?.Name && cur.MajorNumber !== undefined;
    if (cur && byNumber)
      return `${n} 채널은 ${cur.MajorNumber}번 ${withJosa(cur.Name as string, '이에요/예요')}.`;
    if (cur) return `${n} 채널은 ${withJosa(cur.Name || `${cur.MajorNumber}번`, '이에요/예요')}.`;
  }
  const spk = d.endpoints.find((e) => e.deviceTypes.includes('Speaker') && e.clusters.LevelControl);
  if (spk && attrs.includes('volume')) {
    const v = num(attr(spk, 'LevelControl', 'CurrentLevel'));
    return `${n} 볼륨은 ${withJosa(String(v ?? 0), '이에요/예요')}.`;
  }
  const lock = epWith(d, 'DoorLock');
  if (lock)
    return `${withJosa(n, '은/는')} ${attr(lock, 'DoorLock', 'LockState') === 1 ? STATE_WORDS.locked : STATE_WORDS.unlocked}`;
  const valve = epWith(d, 'ValveConfigurationAndControl');
  if (valve)
    return `${withJosa(n, '은/는')} ${attr(valve, 'ValveConfigurationAndControl', 'CurrentState') === 1 ? STATE_WORDS.open : STATE_WORDS.closed}`;
  const cov = epWith(d, 'WindowCovering');
  if (cov) {
    const p = num(attr(cov, 'WindowCovering', 'CurrentPositionLiftPercent100ths')) ?? 0;
    if (p <= 0) return `${withJosa(n, '은/는')} ${STATE_WORDS.open}`;
    if (p >= 10000) return `${withJosa(n, '은/는')} ${STATE_WORDS.closed}`;
    return `${withJosa(n, '은/는')} ${Math.round(100 - p / 100)}% 열려 있어요.`;
  }
  const rvc = epWith(d, 'RvcRunMode');
  if (rvc) {
    const running = attr(rvc, 'RvcRunMode', 'CurrentMode') === 1;
    const bat = num(attr(epWith(d, 'PowerSource'), 'PowerSource', 'BatPercentRemaining'));
    return `${withJosa(n, '은/는')} ${running ? '청소 중이에요' : '쉬고 있어요'}.${bat !== null ? ` 배터리는 ${formatNumber(bat / 2)}% 남았어요.` : ''}`;
  }
  const mp = epWith(d, 'MediaPlayback');
  if (mp)
    return `${withJosa(n, '은/는')} ${attr(mp, 'MediaPlayback', 'CurrentState') === 0 ? STATE_WORDS.playing : STATE_WORDS.stopped}`;
  const sensorT = epWith(d, 'TemperatureMeasurement');
  if (sensorT && !epWith(d, 'OnOff')) {
    const t = num(attr(sensorT, 'TemperatureMeasurement', 'MeasuredValue'));
    const h = num(
      attr(epWith(d, 'RelativeHumidityMeasurement'), 'RelativeHumidityMeasurement', 'MeasuredValue'),
    );
    return `${n} 온도는 ${t === null ? '알 수 없고' : temp(t)}${h !== null ? `, 습도는 ${formatNumber(h / 100)}%` : ''}예요.`;
  }
  const co2 = epWith(d, 'CarbonDioxideConcentrationMeasurement');
  if (co2)
    return `${n} 이산화탄소 농도는 ${formatNumber(num(attr(co2, 'CarbonDioxideConcentrationMeasurement', 'MeasuredValue')) ?? 0)}ppm이에요.`;
  const onOff = epWith(d, 'OnOff') || epWith(d, 'Thermostat') || epWith(d, 'FanControl');
  if (onOff) {
    let on = isOn(d);
    const fan = epWith(d, 'FanControl');
    if (!epWith(d, 'OnOff') && !epWith(d, 'Thermostat') && fan) on = attr(fan, 'FanControl', 'FanMode') !== 0;
    const said = `${withJosa(n, '은/는')} ${on ? STATE_WORDS.on : STATE_WORDS.off}.`;
    const more = on ? onDetails(d) : [];
    // "거실 조명은 켜져 있어요. 밝기는 79%예요." / "에어컨은 켜져 있어요. 냉방 24도, 바람 자동이에요."
    return more.length ? `${said} ${withJosa(more.join(', '), '이에요/예요')}.` : said;
  }
  return `${n} 상태를 알 수 없어요.`;
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
  return GROUP_STATE.someOn.replace('{names은/는}', withJosa(names, '은/는'));
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
