/** Switches and plugs, covers and sensors (HA `switch`, `cover`, `sensor`) → Matter parts. */
import { climateSensor, co2Sensor, plug, windowCovering } from '../../model/devices.js';
import type { Endpoint } from '../../model/types.js';
import type { DiscoveryEntity } from './discovery.js';
import {
  type Attrs,
  attr,
  clamp,
  type Encoder,
  num,
  type Part,
  type Reader,
  str,
  templateOf,
} from './parts.js';
import { renderCommand } from './template.js';

// ---- switch / plug -----------------------------------------------------------------------------

export function switchPart(e: DiscoveryEntity): Part | undefined {
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
    const v = templateOf(c, 'value_template');
    readers.push({
      topic: stateTopic,
      read: (p): Attrs => {
        const val = v(p);
        return val === undefined || val === null
          ? {}
          : { OnOff: { OnOff: String(val) === stateOn || val === true } };
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

export function coverPart(e: DiscoveryEntity): Part | undefined {
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
    const v = templateOf(c, 'value_template');
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
    const v = templateOf(c, 'position_template');
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
          {
            topic: setPosTopic,
            payload: renderCommand(str(c.set_position_template), { position: pos, value: pos }),
            retain,
          },
        ],
        expected: target(toMatter(pos)),
        confirm: false,
      };
    };
  }
  return { rank: 2, id: e.objectId, endpoint: ep, readers, commands };
}

// ---- sensors -----------------------------------------------------------------------------------

type SensorKind = 'temperature' | 'humidity' | 'co2' | 'battery';

function sensorKind(e: DiscoveryEntity): SensorKind | undefined {
  const dc = str(e.config.device_class);
  const unit = str(e.config.unit_of_measurement) ?? '';
  if (dc === 'temperature' || (!dc && /°[CF]/.test(unit))) return 'temperature';
  if (dc === 'humidity') return 'humidity';
  if (dc === 'carbon_dioxide' || (!dc && /co2/i.test(e.objectId) && /ppm/i.test(unit))) return 'co2';
  if (dc === 'battery' && unit === '%') return 'battery';
  return undefined;
}

export function sensorPart(e: DiscoveryEntity): Part | undefined {
  const kind = sensorKind(e);
  const topic = str(e.config.state_topic);
  if (!kind || !topic) return undefined;
  const v = templateOf(e.config, 'value_template');
  const fahrenheit = /°F/.test(str(e.config.unit_of_measurement) ?? '');
  const [tempEp, humEp] = climateSensor({ temperature: null, humidity: null }) as [Endpoint, Endpoint];
  const table = {
    temperature: {
      rank: 10,
      endpoint: tempEp,
      cluster: 'TemperatureMeasurement',
      convert: (x: number) => Math.round((fahrenheit ? ((x - 32) * 5) / 9 : x) * 100),
    },
    humidity: {
      rank: 11,
      endpoint: humEp,
      cluster: 'RelativeHumidityMeasurement',
      convert: (x: number) => Math.round(x * 100),
    },
    co2: {
      rank: 9,
      endpoint: co2Sensor(null)[0] as Endpoint,
      cluster: 'CarbonDioxideConcentrationMeasurement',
      convert: (x: number) => Math.round(x),
    },
    // A battery-powered device's charge (Matter counts half percents).
    battery: {
      rank: 12,
      endpoint: {
        id: 'battery',
        deviceTypes: ['PowerSource'],
        tags: [],
        clusters: { PowerSource: { BatPercentRemaining: null } },
      } as Endpoint,
      cluster: 'PowerSource',
      convert: (x: number) => Math.round(Math.min(100, Math.max(0, x)) * 2),
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
          if (x === undefined) return {};
          const name = kind === 'battery' ? 'BatPercentRemaining' : 'MeasuredValue';
          return { [table.cluster]: { [name]: table.convert(x) } };
        },
      },
    ],
    commands: {},
  };
}
