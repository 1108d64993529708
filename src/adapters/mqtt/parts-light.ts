/** Lights (HA `light`, json and default schema) → OnOff / LevelControl / ColorControl. */
import { light } from '../../model/devices.js';
import type { Endpoint } from '../../model/types.js';
import type { DiscoveryEntity } from './discovery.js';
import {
  type Attrs,
  attr,
  clamp,
  type Encoder,
  num,
  type Part,
  type Publish,
  parseJson,
  type Reader,
  str,
  templateOf,
  unsupported,
} from './parts.js';
import { renderCommand } from './template.js';

export function lightPart(e: DiscoveryEntity): Part | undefined {
  const c = e.config;
  const json = str(c.schema) === 'json';
  const modes = Array.isArray(c.supported_color_modes) ? c.supported_color_modes : [];
  const kelvin = c.color_temp_kelvin === true;
  const hasCt =
    modes.includes('color_temp') || c.color_temp === true || (!json && !!str(c.color_temp_command_topic));
  const hasLevel =
    hasCt ||
    c.brightness === true ||
    modes.some((m) => m !== 'onoff' && m !== 'color_temp') ||
    (!json && !!str(c.brightness_command_topic));
  const scale = num(c.brightness_scale) ?? 255;
  const minM =
    kelvin && num(c.max_kelvin) ? Math.round(1e6 / (num(c.max_kelvin) ?? 6500)) : (num(c.min_mireds) ?? 153);
  const maxM =
    kelvin && num(c.min_kelvin) ? Math.round(1e6 / (num(c.min_kelvin) ?? 2000)) : (num(c.max_mireds) ?? 500);
  const cmdTopic = str(c.command_topic);
  const stateTopic = str(c.state_topic);
  if (!cmdTopic) return undefined;
  const retain = c.retain === true;
  const onP = str(c.payload_on) ?? 'ON';
  const offP = str(c.payload_off) ?? 'OFF';
  const toLevel = (b: number) => clamp(Math.round((b * 254) / scale), 1, 254);
  const fromLevel = (l: number) => clamp(Math.round((l * scale) / 254), 1, scale);
  const toMireds = (v: number) => (kelvin ? Math.round(1e6 / v) : Math.round(v));
  const fromMireds = (m: number) => (kelvin ? Math.round(1e6 / m) : m);
  const ep = light({
    on: false,
    level: hasLevel ? null : undefined,
    mireds: hasCt ? null : undefined,
    minMireds: minM,
    maxMireds: maxM,
  })[0] as Endpoint;
  ep.clusters.OnOff = { OnOff: null };

  const readers: Reader[] = [];
  if (json && stateTopic) {
    readers.push({
      topic: stateTopic,
      read(payload) {
        const s = parseJson(payload);
        if (!s) return {};
        const out: Attrs = {};
        if (typeof s.state === 'string') out.OnOff = { OnOff: s.state.toUpperCase() === 'ON' };
        const b = num(s.brightness);
        if (hasLevel && b !== undefined) out.LevelControl = { CurrentLevel: toLevel(b) };
        const ct = num(s.color_temp);
        if (hasCt && ct !== undefined && ct > 0) out.ColorControl = { ColorTemperatureMireds: toMireds(ct) };
        return out;
      },
    });
  } else if (!json) {
    const stateOn = str(c.state_on) ?? onP;
    if (stateTopic) {
      const v = templateOf(c, 'state_value_template');
      readers.push({
        topic: stateTopic,
        read: (p): Attrs => {
          const val = v(p);
          return val === undefined ? {} : { OnOff: { OnOff: String(val) === stateOn } };
        },
      });
    }
    const briTopic = str(c.brightness_state_topic);
    if (briTopic) {
      const v = templateOf(c, 'brightness_value_template');
      readers.push({
        topic: briTopic,
        read: (p): Attrs => {
          const b = num(v(p));
          return b === undefined ? {} : { LevelControl: { CurrentLevel: toLevel(b) } };
        },
      });
    }
    const ctTopic = str(c.color_temp_state_topic);
    if (ctTopic) {
      const v = templateOf(c, 'color_temp_value_template');
      readers.push({
        topic: ctTopic,
        read: (p): Attrs => {
          const m = num(v(p));
          return m === undefined || m <= 0 ? {} : { ColorControl: { ColorTemperatureMireds: toMireds(m) } };
        },
      });
    }
  }

  const send = (fields: Record<string, unknown>): Publish[] => {
    if (json) return [{ topic: cmdTopic, payload: JSON.stringify(fields), retain }];
    const out: Publish[] = [];
    if ('brightness' in fields) {
      const t = str(c.brightness_command_topic);
      if (!t) throw unsupported('brightness');
      out.push({
        topic: t,
        payload: renderCommand(str(c.brightness_command_template), { value: Number(fields.brightness) }),
        retain,
      });
    }
    if ('color_temp' in fields) {
      const t = str(c.color_temp_command_topic);
      if (!t) throw unsupported('colour temperature');
      out.push({
        topic: t,
        payload: renderCommand(str(c.color_temp_command_template), { value: Number(fields.color_temp) }),
        retain,
      });
    }
    if (fields.state === 'ON' || fields.state === 'OFF') {
      out.push({ topic: cmdTopic, payload: fields.state === 'ON' ? onP : offP, retain });
    }
    return out;
  };
  const onOff = (on: boolean) => ({
    publishes: send({ state: on ? 'ON' : 'OFF' }),
    expected: { OnOff: { OnOff: on } },
  });
  const level = (l: number, withOnOff: boolean) => {
    const b = fromLevel(l);
    const expected: Attrs = { LevelControl: { CurrentLevel: toLevel(b) } };
    if (withOnOff) expected.OnOff = { OnOff: true };
    return { publishes: send(withOnOff ? { state: 'ON', brightness: b } : { brightness: b }), expected };
  };
  const commands: Record<string, Encoder> = {
    'OnOff.On': () => onOff(true),
    'OnOff.Off': () => onOff(false),
    'OnOff.Toggle': (_a, cur) => onOff(attr(cur, 'OnOff', 'OnOff') !== true),
  };
  if (hasLevel) {
    commands['LevelControl.MoveToLevel'] = (a) => level(Number(a.Level), false);
    commands['LevelControl.MoveToLevelWithOnOff'] = (a) => level(Number(a.Level), true);
    const step = (a: Record<string, unknown>, cur: Endpoint) => {
      const now = num(attr(cur, 'LevelControl', 'CurrentLevel')) ?? 1;
      const delta = Number(a.StepSize) * (Number(a.StepMode) === 1 ? -1 : 1);
      return level(clamp(now + delta, 1, 254), false);
    };
    commands['LevelControl.Step'] = step;
    commands['LevelControl.StepWithOnOff'] = step;
  }
  if (hasCt) {
    commands['ColorControl.MoveToColorTemperature'] = (a) => {
      const m = clamp(Number(a.ColorTemperatureMireds), minM, maxM);
      return {
        publishes: send({ color_temp: fromMireds(m) }),
        expected: { ColorControl: { ColorTemperatureMireds: toMireds(fromMireds(m)) } },
      };
    };
  }
  return { rank: 0, id: e.objectId, endpoint: ep, readers, commands };
}
