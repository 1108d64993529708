/**
 * Home Assistant discovery entities → Matter-shaped devices, as a table of component mappers.
 * Each mapper turns one entity into one endpoint ("part") with its state readers and its command
 * encoders; a device is its parts, the primary one (light, switch, cover) first as `main`.
 */
import { RequestError } from '../../model/errors.js';
import { climateSensor, co2Sensor, light, plug, primaryDeviceType, windowCovering } from '../../model/devices.js';
import type { CommandRequest, Endpoint, StatePatch } from '../../model/types.js';
import type { AvailabilitySpec, DiscoveryEntity } from './discovery.js';
import { compileTemplate, renderCommand, type Template } from './template.js';

type Attrs = Record<string, Record<string, unknown>>;

export interface Publish {
  topic: string;
  payload: string;
  retain: boolean;
}

export interface Plan {
  publishes: Publish[];
  /** What the device should report afterwards (also the optimistic state). */
  expected: StatePatch[];
  /** Wait for the state topic to confirm `expected` (false: PUBACK is enough, e.g. moving covers). */
  confirm: boolean;
}

interface Reader {
  topic: string;
  read(payload: string): Attrs;
}

type Encoder = (args: Record<string, unknown>, ep: Endpoint) => { publishes: Publish[]; expected: Attrs; confirm?: boolean };

interface Part {
  rank: number;
  /** Endpoint id when this part is not the first. */
  id: string;
  endpoint: Endpoint;
  readers: Reader[];
  commands: Record<string, Encoder>;
}

export interface MappedDevice {
  externalId: string;
  deviceType: string;
  vendor?: string;
  model?: string;
  /** Fresh endpoints (unknown values are null). */
  endpoints: Endpoint[];
  stateTopics: string[];
  availability: AvailabilitySpec[];
  availabilityMode: 'all' | 'any' | 'latest';
  /** Attribute changes carried by one message on one of `stateTopics`. */
  read(topic: string, payload: string): StatePatch[];
  /** How to run a command; throws RequestError 'unsupported-command' when the device cannot. */
  plan(cmd: CommandRequest, endpoints: Endpoint[]): Plan;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
};
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const attr = (ep: Endpoint, cluster: string, name: string): unknown => ep.clusters[cluster]?.[name];
const parseJson = (payload: string): Record<string, unknown> | undefined => {
  try {
    const v: unknown = JSON.parse(payload);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};
const valueOf = (cfg: Record<string, unknown>, key: string): Template =>
  compileTemplate(str(cfg[key])) ?? (() => undefined);

const unsupported = (what: string) => new RequestError('unsupported-command', 400, `${what} is not supported by this device`);

// ---- light -------------------------------------------------------------------------------------

function lightPart(e: DiscoveryEntity): Part | undefined {
  const c = e.config;
  const json = str(c.schema) === 'json';
  const modes = Array.isArray(c.supported_color_modes) ? c.supported_color_modes : [];
  const kelvin = c.color_temp_kelvin === true;
  const hasCt = modes.includes('color_temp') || c.color_temp === true || (!json && !!str(c.color_temp_command_topic));
  const hasLevel =
    hasCt ||
    c.brightness === true ||
    modes.some((m) => m !== 'onoff' && m !== 'color_temp') ||
    (!json && !!str(c.brightness_command_topic));
  const scale = num(c.brightness_scale) ?? 255;
  const minM = kelvin && num(c.max_kelvin) ? Math.round(1e6 / (num(c.max_kelvin) ?? 6500)) : (num(c.min_mireds) ?? 153);
  const maxM = kelvin && num(c.min_kelvin) ? Math.round(1e6 / (num(c.min_kelvin) ?? 2000)) : (num(c.max_mireds) ?? 500);
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
      const v = valueOf(c, 'state_value_template');
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
      const v = valueOf(c, 'brightness_value_template');
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
      const v = valueOf(c, 'color_temp_value_template');
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
      out.push({ topic: t, payload: renderCommand(str(c.brightness_command_template), { value: Number(fields.brightness) }), retain });
    }
    if ('color_temp' in fields) {
      const t = str(c.color_temp_command_topic);
      if (!t) throw unsupported('colour temperature');
      out.push({ topic: t, payload: renderCommand(str(c.color_temp_command_template), { value: Number(fields.color_temp) }), retain });
    }
    if (fields.state === 'ON' || fields.state === 'OFF') {
      out.push({ topic: cmdTopic, payload: fields.state === 'ON' ? onP : offP, retain });
    }
    return out;
  };
  const onOff = (on: boolean) => ({ publishes: send({ state: on ? 'ON' : 'OFF' }), expected: { OnOff: { OnOff: on } } });
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

// ---- switch / plug -----------------------------------------------------------------------------

function switchPart(e: DiscoveryEntity): Part | undefined {
  const c = e.config;
  const cmdTopic = str(c.command_topic);
  if (!cmdTopic) return undefined;
  const onP = str(c.payload_on) ?? 'ON';
  const offP = str(c.payload_off) ?? 'OFF';
  const stateOn = str(c.state_on) ?? onP;
  const retain = c.retain === true;
  const ep = plug(false)[0] as Endpoint;
  ep.clusters.OnOff = { OnOff: null };
  const readers: Reader[] = [];
  const stateTopic = str(c.state_topic);
  if (stateTopic) {
    const v = valueOf(c, 'value_template');
    readers.push({
      topic: stateTopic,
      read: (p): Attrs => {
        const val = v(p);
        return val === undefined || val === null ? {} : { OnOff: { OnOff: String(val) === stateOn || val === true } };
      },
    });
  }
  const onOff = (on: boolean) => ({
    publishes: [{ topic: cmdTopic, payload: on ? onP : offP, retain }],
    expected: { OnOff: { OnOff: on } },
  });
  return {
    rank: 1,
    id: e.objectId,
    endpoint: ep,
    readers,
    commands: {
      'OnOff.On': () => onOff(true),
      'OnOff.Off': () => onOff(false),
      'OnOff.Toggle': (_a, cur) => onOff(attr(cur, 'OnOff', 'OnOff') !== true),
    },
  };
}

// ---- cover -------------------------------------------------------------------------------------

function coverPart(e: DiscoveryEntity): Part | undefined {
  const c = e.config;
  const cmdTopic = str(c.command_topic);
  const setPosTopic = str(c.set_position_topic);
  if (!cmdTopic && !setPosTopic) return undefined;
  const open = num(c.position_open) ?? 100;
  const closed = num(c.position_closed) ?? 0;
  const retain = c.retain === true;
  // Matter: 0 = fully open, 10000 = fully closed.
  const toMatter = (pos: number) => clamp(Math.round(((open - pos) / (open - closed)) * 10000), 0, 10000);
  const fromMatter = (m: number) => Math.round(open - (m / 10000) * (open - closed));
  const ep = windowCovering(0, 0)[0] as Endpoint;
  ep.clusters.WindowCovering = {
    ...ep.clusters.WindowCovering,
    TargetPositionLiftPercent100ths: null,
    CurrentPositionLiftPercent100ths: null,
  };
  let moving = 0;
  const readers: Reader[] = [];
  const stateTopic = str(c.state_topic);
  if (stateTopic) {
    const v = valueOf(c, 'value_template');
    const opening = str(c.state_opening) ?? 'opening';
    const closing = str(c.state_closing) ?? 'closing';
    readers.push({
      topic: stateTopic,
      read: (p): Attrs => {
        const s = v(p);
        if (s === undefined || s === null) return {};
        moving = s === opening ? 2 : s === closing ? 1 : 0;
        return { WindowCovering: { OperationalStatus: moving === 2 ? 2 : moving === 1 ? 1 : 0 } };
      },
    });
  }
  const posTopic = str(c.position_topic);
  if (posTopic) {
    const v = valueOf(c, 'position_template');
    readers.push({
      topic: posTopic,
      read: (p): Attrs => {
        const pos = num(v(p));
        if (pos === undefined) return {};
        const m = toMatter(pos);
        return {
          WindowCovering:
            moving === 0
              ? { CurrentPositionLiftPercent100ths: m, TargetPositionLiftPercent100ths: m }
              : { CurrentPositionLiftPercent100ths: m },
        };
      },
    });
  }
  const target = (m: number) => ({ WindowCovering: { TargetPositionLiftPercent100ths: m } });
  const commands: Record<string, Encoder> = {};
  if (cmdTopic) {
    commands['WindowCovering.UpOrOpen'] = () => ({
      publishes: [{ topic: cmdTopic, payload: str(c.payload_open) ?? 'OPEN', retain }],
      expected: target(0),
      confirm: false,
    });
    commands['WindowCovering.DownOrClose'] = () => ({
      publishes: [{ topic: cmdTopic, payload: str(c.payload_close) ?? 'CLOSE', retain }],
      expected: target(10000),
      confirm: false,
    });
    commands['WindowCovering.StopMotion'] = () => ({
      publishes: [{ topic: cmdTopic, payload: str(c.payload_stop) ?? 'STOP', retain }],
      expected: {},
      confirm: false,
    });
  }
  if (setPosTopic) {
    commands['WindowCovering.GoToLiftPercentage'] = (a) => {
      const pos = fromMatter(Number(a.LiftPercent100thsValue));
      return {
        publishes: [
          { topic: setPosTopic, payload: renderCommand(str(c.set_position_template), { position: pos, value: pos }), retain },
        ],
        expected: target(toMatter(pos)),
        confirm: false,
      };
    };
  }
  return { rank: 2, id: e.objectId, endpoint: ep, readers, commands };
}

// ---- sensors -----------------------------------------------------------------------------------

type SensorKind = 'temperature' | 'humidity' | 'co2';

function sensorKind(e: DiscoveryEntity): SensorKind | undefined {
  const dc = str(e.config.device_class);
  const unit = str(e.config.unit_of_measurement) ?? '';
  if (dc === 'temperature' || (!dc && /°[CF]/.test(unit))) return 'temperature';
  if (dc === 'humidity') return 'humidity';
  if (dc === 'carbon_dioxide' || (!dc && /co2/i.test(e.objectId) && /ppm/i.test(unit))) return 'co2';
  return undefined;
}

function sensorPart(e: DiscoveryEntity): Part | undefined {
  const kind = sensorKind(e);
  const topic = str(e.config.state_topic);
  if (!kind || !topic) return undefined;
  const v = valueOf(e.config, 'value_template');
  const fahrenheit = /°F/.test(str(e.config.unit_of_measurement) ?? '');
  const [tempEp, humEp] = climateSensor({ temperature: null, humidity: null }) as [Endpoint, Endpoint];
  const table = {
    temperature: {
      rank: 10,
      endpoint: tempEp,
      cluster: 'TemperatureMeasurement',
      convert: (x: number) => Math.round((fahrenheit ? ((x - 32) * 5) / 9 : x) * 100),
    },
    humidity: { rank: 11, endpoint: humEp, cluster: 'RelativeHumidityMeasurement', convert: (x: number) => Math.round(x * 100) },
    co2: {
      rank: 9,
      endpoint: co2Sensor(null)[0] as Endpoint,
      cluster: 'CarbonDioxideConcentrationMeasurement',
      convert: (x: number) => Math.round(x),
    },
  }[kind];
  return {
    rank: table.rank,
    id: kind,
    endpoint: table.endpoint,
    readers: [
      {
        topic,
        read: (p): Attrs => {
          const x = num(v(p));
          return x === undefined ? {} : { [table.cluster]: { MeasuredValue: table.convert(x) } };
        },
      },
    ],
    commands: {},
  };
}

const COMPONENTS: Record<string, (e: DiscoveryEntity) => Part | undefined> = {
  light: lightPart,
  switch: switchPart,
  cover: coverPart,
  sensor: sensorPart,
};

/** Builds one hub device from the discovery entities of one physical device; undefined if none maps. */
export function mapDevice(externalId: string, entities: DiscoveryEntity[]): MappedDevice | undefined {
  const parts = entities
    .map((e) => COMPONENTS[e.component]?.(e))
    .filter((p): p is Part => p !== undefined)
    .sort((a, b) => a.rank - b.rank);
  if (parts.length === 0) return undefined;
  const used = new Set<string>();
  const bound = parts.map((part, i) => {
    let id = i === 0 ? 'main' : part.id.replace(/[^A-Za-z0-9_-]/g, '_');
    while (used.has(id)) id = `${id}_${i}`;
    used.add(id);
    return { ...part, endpoint: { ...part.endpoint, id } };
  });
  const endpoints = bound.map((p) => p.endpoint);
  const withAvailability = entities.find((e) => e.availability.length > 0);
  const availability = new Map<string, AvailabilitySpec>();
  for (const e of entities) for (const a of e.availability) availability.set(a.topic, a);
  const device = entities.find((e) => e.device)?.device;
  return {
    externalId,
    deviceType: primaryDeviceType(endpoints),
    vendor: device?.manufacturer,
    model: device?.model,
    endpoints,
    stateTopics: [...new Set(bound.flatMap((p) => p.readers.map((r) => r.topic)))],
    availability: [...availability.values()],
    availabilityMode: withAvailability?.availabilityMode ?? 'latest',
    read(topic, payload) {
      const patches: StatePatch[] = [];
      for (const p of bound) {
        for (const r of p.readers) {
          if (r.topic !== topic) continue;
          for (const [cluster, attributes] of Object.entries(r.read(payload))) {
            if (Object.keys(attributes).length) patches.push({ endpoint: p.endpoint.id, cluster, attributes });
          }
        }
      }
      return patches;
    },
    plan(cmd, current) {
      const p = bound.find((b) => b.endpoint.id === cmd.endpoint);
      const encoder = p?.commands[`${cmd.cluster}.${cmd.command}`];
      const cur = current.find((e) => e.id === cmd.endpoint);
      if (!p || !encoder || !cur) throw unsupported(`${cmd.cluster}.${cmd.command} on endpoint '${cmd.endpoint}'`);
      const r = encoder(cmd.args, cur);
      return {
        publishes: r.publishes,
        expected: Object.entries(r.expected).map(([cluster, attributes]) => ({ endpoint: p.endpoint.id, cluster, attributes })),
        confirm: r.confirm ?? true,
      };
    },
  };
}
