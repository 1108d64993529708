/** Planning of one frame: never mind, time and other fixed intents, state questions and device commands. */
import type { DeviceDescription } from '../../model/types.js';
import type { HomeView, TurnContext } from '../types.js';
import { cabinetsEach } from './cabinets-each.js';
import { fmtTime } from './clock.js';
import { planDelayed } from './delay.js';
import { epWith } from './device.js';
import { applyExclusion, takeExclusion } from './except.js';
import type { HomeIndex } from './home.js';
import { PUT_IN_PLACE } from './lexicon/clause-shapes.js';
import { TIME_NOUN } from './lexicon/frame.js';
import { MSG, SENSED } from './lexicon/replies.js';
import { HEAT_MAT_WORDS } from './lexicon/usage.js';
import { READING_ATTRS, SHOW_WORDS, type VerbKey } from './lexicon/words.js';
import type { Frame } from './parse.js';
import { planDevices } from './plan/device.js';
import type { Plan } from './plan/types.js';
import { implied, type Resolved, resolveTarget } from './resolve.js';
import { settingsEach } from './settings-each.js';
import { describeLights, describeState, sensorsFor } from './state.js';
import { compile } from './template.js';
import { compactForm } from './text.js';

const TIME_SAID = compile(MSG.time);
const NO_SENSOR = compile(MSG.noSensor);

const PUT_IN = new Set(PUT_IN_PLACE);
const HEAT_MATS = new Set(HEAT_MAT_WORDS.map(compactForm));

const QUERYABLE = new Set<string>([
  ...READING_ATTRS,
  'state',
  'channel',
  'volume',
  'door',
  'playing',
  'mode',
  'fan',
  'diff',
  'brightness',
]);

const SHOW = new Set(SHOW_WORDS);

const ACTION_VERBS = new Set<VerbKey>([
  'on',
  'off',
  'open',
  'close',
  'lock',
  'unlock',
  'up',
  'down',
  'set',
  'play',
  'pause',
  'resume',
  'next',
  'prev',
  'start',
  'stop',
  'mute',
  'unmute',
  'clean',
  'dock',
  'cancel',
]);

export function planFrame(
  f: Frame,
  fi: number,
  _nFrames: number,
  home: HomeView,
  idx: HomeIndex,
  heard: TurnContext,
  plan: Plan,
  forced: string[] | null,
): void {
  // "냉장실이랑 냉동실 한 칸씩 내려": each cabinet named is planned as its own target (and "밝기는 반만, 색은
  // 하얗게": each setting)
  const each = forced ? null : (cabinetsEach(f) ?? settingsEach(f));
  if (each) {
    for (const g of each) planFrame(g, fi, _nFrames, home, idx, heard, plan, null);
    return;
  }
  // "할머니 방 …": a room the home does not name; the satellite's room is no guess
  const ctx = f.roomUnknown ? { ...heard, satelliteArea: null } : heard;
  const exclusion = takeExclusion(f, idx);
  const attrs = f.attrs;
  const hasTarget = f.targets.length > 0;
  // "환기 좀 해 줘", "세탁기 해 줘": doing a device with nothing else said runs it
  if (
    f.verb === 'do' &&
    hasTarget &&
    !attrs.length &&
    !f.numbers.length &&
    f.mode === null &&
    f.fan === null &&
    f.channel === null &&
    f.color === null &&
    f.ctemp === null &&
    f.state === null &&
    !f.mods.has('half') &&
    !f.unknown.length &&
    !f.question
  ) {
    f.verb = 'start';
    f.verbs.push('start');
  }
  // "티비 소리 조금만 더", "온도 좀 더": more of something that moves, with no direction, is up
  if (
    f.verb === null &&
    f.mods.has('more') &&
    !f.question &&
    !f.numbers.length &&
    attrs.some((a) => a === 'volume' || a === 'brightness' || a === 'temperature' || a === 'fan')
  ) {
    f.verb = 'up';
    f.verbs.push('up');
  }
  // "노래 좀 크게", "음악 좀 줄여": music made louder or softer is its volume
  if (
    attrs.includes('media') &&
    (f.verb === 'up' || f.verb === 'down') &&
    !attrs.includes('volume') &&
    !attrs.includes('channel')
  )
    attrs.push('volume');
  // "온도 보여 줘": showing a reading is a question about it
  if (
    f.verb === 'play' &&
    attrs.some((a) => QUERYABLE.has(a) && a !== 'channel' && a !== 'playing') &&
    f.tokens.some((t) => SHOW.has(t.text))
  ) {
    f.verb = 'query';
    f.question = true;
  }
  // "불 좀 넣어 줘", "보일러 넣어", "장판 넣어": putting a light, the heating or a plugged heater in is switching it on
  if (
    f.verb === 'add' &&
    !attrs.includes('list') &&
    f.targets.length > 0 &&
    // ("멀티탭에 충전기 넣어 줘": a device the thing is put in is a place, not what is switched on)
    !f.tokens.some(
      (t, k) => PUT_IN.has(f.tokens[k + 1]?.text ?? '') && t.lex.some((x) => x.t === 'dev' || x.t === 'kind'),
    ) &&
    f.targets.every(
      (t) =>
        HEAT_MATS.has(compactForm(t.text)) ||
        [...(t.kind?.kinds ?? []), ...t.devs.flatMap((id) => idx.kinds.get(id) ?? [])].some(
          (k) => k === 'light' || k === 'heating' || k === 'plug',
        ),
    )
  ) {
    f.verb = 'on';
    f.verbs.push('on');
  }
  const action = f.verb !== null && ACTION_VERBS.has(f.verb);
  const valueGiven =
    f.numbers.length > 0 ||
    f.mods.has('max') ||
    f.mods.has('min') ||
    f.mods.has('half') ||
    f.mods.has('double') ||
    f.color !== null ||
    f.ctemp !== null ||
    f.mode !== null ||
    f.fan !== null ||
    f.channel !== null;
  // never mind
  if (f.nev && !hasTarget && !attrs.length && (!action || f.verb === 'cancel')) {
    plan.understood = true;
    plan.intents.push({ intent: 'HassNevermind', slots: {} });
    plan.answers.push(MSG.nevermind);
    return;
  }
  if (planDelayed(f, action, idx, plan)) return;
  // time, date, weather, timers, lists
  if (
    !hasTarget &&
    (attrs.includes('time') || attrs.includes('date')) &&
    !attrs.includes('timer') &&
    !f.numbers.length &&
    // "KBS 할 시간이다, 틀어 줘", "잘 시간이다 다 끄자": a clause that acts is not asking the time
    !(action && (f.channel || (!f.question && f.tokens.some((t) => t.text === TIME_NOUN))))
  ) {
    const { time, date } = fmtTime(ctx.now, ctx.timezone);
    plan.understood = true;
    if (attrs.includes('date')) {
      plan.intents.push({ intent: 'HassGetCurrentDate', slots: {} });
      plan.answers.push(MSG.date.replace('{date}', date));
    } else {
      plan.intents.push({ intent: 'HassGetCurrentTime', slots: {} });
      plan.answers.push(time ? TIME_SAID({ time }) : MSG.timeUnknown);
    }
    return;
  }
  if (attrs.includes('timer')) {
    plan.understood = true;
    plan.intents.push({ intent: 'YdTimer', slots: {} });
    plan.answers.push(MSG.unsupportedTimer);
    return;
  }
  if (attrs.includes('list') && f.verbs.includes('add')) {
    plan.understood = true;
    plan.intents.push({ intent: 'HassShoppingListAddItem', slots: {} });
    plan.answers.push(MSG.unsupportedList);
    return;
  }
  if (attrs.includes('weather') && !hasTarget) {
    // Nothing in a home tells the weather: the turn asks nothing the home can do, so it is talk
    // (understood: false), said kindly rather than as "잘 못 알아들었어요".
    plan.understood = false;
    plan.intents.push({ intent: 'HassGetWeather', slots: {} });
    plan.answers.push(MSG.unsupportedWeather);
    return;
  }

  const queryable = !action && !valueGiven && attrs.some((a) => QUERYABLE.has(a));
  const question =
    (queryable ||
      f.question ||
      f.state !== null ||
      f.verb === 'hot' ||
      (attrs.includes('state') && !action)) &&
    !(action && !f.question && f.state === null) &&
    !(valueGiven && f.verb === 'set') &&
    // "23도로 해 줄 수 있어?", "영하 20도로 해 줄래?": a value asked for with a request ending is set
    !(valueGiven && f.req && (f.verb === null || f.verb === 'do'));
  const isQuery = question && !(action && f.state === null);

  // resolve devices
  let resolved: Resolved;
  if (forced) {
    resolved = {
      devices: forced.map((id) => idx.byId.get(id)).filter((d): d is DeviceDescription => !!d),
      comp: f.targets[0]?.comp ?? null,
    };
  } else if (hasTarget) {
    // A Set: a group target ("모든 불") may name hundreds of devices, and order must stay as found.
    const devs = new Set<DeviceDescription>();
    let one: DeviceDescription[] | null = null;
    let comp: string | null = null;
    for (const t of f.targets) {
      const r = resolveTarget(t, f, idx, home, ctx);
      if (r.ambiguous) {
        plan.understood = true;
        plan.ask = { options: r.ambiguous, verb: isQuery ? 'query' : f.verb, frame: fi };
        return;
      }
      if (r.missing) {
        if (isQuery || action || valueGiven) {
          plan.understood = true;
          plan.answers.push(r.missing);
        }
        continue;
      }
      // one target (the common case, and "모든 불"'s hundreds) needs no set to merge it with others
      if (f.targets.length === 1) one = r.devices;
      else for (const d of r.devices) devs.add(d);
      comp = comp ?? r.comp;
    }
    const found = one ?? [...devs];
    resolved = {
      devices: exclusion ? applyExclusion(found, exclusion, f, idx, home, ctx) : found,
      comp,
    };
  } else if (
    isQuery &&
    (attrs.includes('temperature') ||
      attrs.includes('humidity') ||
      attrs.includes('pm25') ||
      attrs.includes('co2') ||
      f.verb === 'hot')
  ) {
    resolved = { devices: sensorsFor(f, idx, home, ctx), comp: null };
    if (!resolved.devices.length && attrs.includes('pm25'))
      resolved = {
        devices: home.devices.filter((d) => epWith(d, 'Pm25ConcentrationMeasurement')).slice(0, 1),
        comp: null,
      };
    if (!resolved.devices.length && f.areas[0]) {
      // "작은방 온도 알려 줘" where nothing measures it
      plan.understood = true;
      const what = attrs.includes('humidity')
        ? SENSED.humidity
        : attrs.includes('temperature') || f.verb === 'hot'
          ? SENSED.temperature
          : SENSED.air;
      plan.answers.push(NO_SENSOR({ area: idx.areaName.get(f.areas[0]) ?? '', what }));
      return;
    }
  } else if (isQuery && attrs.includes('remaining')) {
    resolved = { devices: home.devices.filter((d) => epWith(d, 'OperationalState')).slice(0, 1), comp: null };
  } else if (
    action ||
    valueGiven ||
    attrs.length ||
    // "현관 잠겼어?": a state asked of a room
    (isQuery && f.areas.length > 0 && f.state !== null)
  ) {
    resolved = implied(f, idx, home, ctx);
    if (resolved.ambiguous) {
      plan.understood = true;
      plan.ask = { options: resolved.ambiguous, verb: isQuery ? 'query' : f.verb, frame: fi };
      return;
    }
  } else {
    return;
  }
  if (!resolved.devices.length) {
    if (resolved.missing && (action || valueGiven || isQuery) && (hasTarget || attrs.length)) {
      plan.understood = true;
      plan.answers.push(
        resolved.missing === 'area'
          ? MSG.noneDoesIn.replace('{area}', idx.areaName.get(f.areas[0] ?? '') ?? '')
          : resolved.missing,
      );
    }
    return;
  }
  if (isQuery) {
    plan.understood = true;
    plan.intents.push({ intent: 'HassGetState', slots: { devices: resolved.devices.map((d) => d.id) } });
    const lights = describeLights(f, resolved.devices);
    if (lights) {
      plan.answers.push(lights);
      return;
    }
    for (const d of resolved.devices) {
      const a = describeState(f, d, resolved.comp);
      plan.answers.push(/[.?!)]$/.test(a) ? a : `${a}.`);
    }
    return;
  }
  if (!action && !valueGiven && !attrs.includes('volume')) return;
  plan.understood = true;
  planDevices(f, resolved.devices, resolved.comp ?? f.targets[0]?.comp ?? null, ctx, plan);
  plan.intents.push({
    intent: intentName(f, resolved.devices),
    slots: {
      devices: resolved.devices.map((d) => d.id),
      ...(f.numbers[0] ? { value: f.numbers[0].value } : {}),
    },
  });
}

function intentName(f: Frame, devices: DeviceDescription[]): string {
  if (f.channel || f.attrs.includes('channel')) return 'YdSetChannel';
  if (f.attrs.includes('volume') || f.verb === 'mute' || f.verb === 'unmute') return 'YdSetVolume';
  if (f.attrs.includes('temperature') || f.numbers.some((n) => n.unit === 'deg')) return 'YdSetTemperature';
  if (f.attrs.includes('brightness') || f.color || f.ctemp) return 'HassLightSet';
  if (f.mode) return 'YdSetMode';
  if (f.attrs.includes('fan') || f.fan !== null) return 'YdSetFanSpeed';
  if (f.verb === 'off' || f.verb === 'close' || f.verb === 'unlock' || f.verb === 'stop')
    return 'HassTurnOff';
  // "잠가" locks a door (Home Assistant turns a lock on to lock it) but closes a valve (turned off).
  if (
    f.verb === 'lock' &&
    devices.length > 0 &&
    devices.every((d) => epWith(d, 'ValveConfigurationAndControl'))
  )
    return 'HassTurnOff';
  if (f.verb === 'pause') return 'HassMediaPause';
  if (f.verb === 'next') return 'HassMediaNext';
  return 'HassTurnOn';
}
