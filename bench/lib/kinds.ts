/**
 * One device per connection kind, so the bench compares the paths a command can take: the REST
 * clouds (thinq, c2c, smartthings) and the zigbee2mqtt bridge as their own processes, the bridge
 * once on the hub's embedded broker and once on the machine's Mosquitto, the wall-pad (in the
 * hub) and a satellite speaker (the hub's player). Each kind has a direct command and a spoken
 * turn that alternate between two values, so the device really changes state every time.
 */
import { randomUUID } from 'node:crypto';
import { connect as mqttConnect } from 'mqtt';
import { KT_SIM_DEVICES, LG_SIM_DEVICES } from './homes.js';

/** The broker the "mqtt via Mosquitto" kind uses (the machine's own; skipped when unreachable). */
export const MOSQUITTO = process.env.BENCH_MOSQUITTO ?? 'mqtt://127.0.0.1:1883';

export interface Kind {
  /** Row name in the report. */
  name: string;
  /** Hub device id. */
  device: string;
  /** The direct command for round `n`. */
  command(n: number): { endpoint: string; cluster: string; command: string; args: Record<string, unknown> };
  /** The spoken turn for round `n` (to the satellite `genie-speaker`). */
  turn(n: number): string;
}

const level = (n: number) => (n % 2 === 0 ? 10 : 20);
const volume = (
  device: string,
  endpoint: string,
  name: string,
): Pick<Kind, 'device' | 'command' | 'turn'> => ({
  device,
  command: (n) => ({ endpoint, cluster: 'LevelControl', command: 'MoveToLevel', args: { Level: level(n) } }),
  turn: (n) => `지니야 ${name} 볼륨 ${level(n)}으로 해줘`,
});
const onOff = (device: string, name: string): Pick<Kind, 'device' | 'command' | 'turn'> => ({
  device,
  command: (n) => ({ endpoint: 'main', cluster: 'OnOff', command: n % 2 === 0 ? 'On' : 'Off', args: {} }),
  turn: (n) => `지니야 ${name} ${n % 2 === 0 ? '켜줘' : '꺼줘'}`,
});

export const KINDS: Kind[] = [
  {
    name: 'thinq',
    device: 'fridge',
    command: (n) => ({
      endpoint: 'refrigerator',
      cluster: 'TemperatureControl',
      command: 'SetTemperature',
      args: { TargetTemperature: n % 2 === 0 ? 300 : 400 },
    }),
    turn: (n) => `지니야 냉장고 온도 ${n % 2 === 0 ? 3 : 4}도로 맞춰줘`,
  },
  { name: 'c2c', ...volume('settop', 'speaker', '거실 TV') },
  { name: 'smartthings', ...volume('bedroom-tv', 'speaker', '안방 TV') },
  { name: 'mqtt (embedded broker)', ...onOff('light1', '거실 조명') },
  { name: 'mqtt (Mosquitto)', ...onOff('heating-pad', '전기장판') },
  {
    name: 'virtual wall-pad',
    device: 'ventilator',
    command: (n) => ({
      endpoint: 'main',
      cluster: 'FanControl',
      command: 'WriteAttributes',
      args: { FanMode: n % 2 === 0 ? 1 : 0 },
    }),
    turn: (n) => `지니야 환기 장치 ${n % 2 === 0 ? '켜줘' : '꺼줘'}`,
  },
  { name: 'player', ...volume('genie-speaker', 'main', '기가지니 스피커') },
];

const ST_SIM_DEVICES = `
        - { externalId: st-tv-01, type: tv, model: Neo QLED 55, state: { on: true, channel: '9', volume: 8, muted: false }, channels: [{ number: '9', name: KBS1 }] }`;

const ZIGBEE_LIGHTS = `
        - { externalId: '0x00158d0001a1b2c1', type: light, dimmable: true, state: { on: false, brightness: 254 } }`;
const ZIGBEE_PLUG = `
        - { externalId: '0x00158d0001a1b2c6', type: plug, state: { on: false } }`;

/** Topic roots of one run on the shared Mosquitto, so runs and tests never see each other. */
export function mosquittoTopics(): { base: string; discovery: string } {
  const run = `yd-bench-${randomUUID().slice(0, 8)}`;
  return { base: `${run}/z2m`, discovery: `${run}/homeassistant` };
}

/** The vendor simulators' seed file: thinq, c2c and smartthings clouds, and both zigbee bridges. */
export function vendorsYaml(topics: { base: string; discovery: string }): string {
  return `version: 1
home: { id: vendors, name: 벤치 공급자, language: ko-KR, timezone: Asia/Seoul }
connections:
  - id: lg
    adapter: thinq
    simulate: true
    simulator:
      devices:${LG_SIM_DEVICES}
  - id: kt
    adapter: c2c
    simulate: true
    simulator:
      devices:${KT_SIM_DEVICES}
  - id: samsung
    adapter: smartthings
    simulate: true
    simulator:
      devices:${ST_SIM_DEVICES}
  - id: zigbee
    adapter: mqtt
    simulate: true
    simulator:
      devices:${ZIGBEE_LIGHTS}
  - id: zigbee-m
    adapter: mqtt
    simulate: true
    baseTopic: ${topics.base}
    discoveryPrefix: ${topics.discovery}
    simulator:
      devices:${ZIGBEE_PLUG}
devices: []
`;
}

export interface KindsHomeSpec {
  lg: string;
  kt: string;
  samsung: string;
  /** The port of the hub's embedded broker (the bridge is started on it once the hub runs). */
  embeddedBrokerPort: number;
  /** Mosquitto's URL and this run's topic roots; absent when it is unreachable. */
  mosquitto?: { url: string; discovery: string };
  /** Extra in-hub wall-pad devices v0…v(n-1) (door locks and ventilators, alternating). */
  virtual: number;
}

/** The hub's home file for the whole bench: every kind above, plus the wall-pad devices vN. */
export function kindsHomeYaml(s: KindsHomeSpec): string {
  const wallpad: string[] = [
    '\n        - { externalId: vent-01, type: ventilator, state: { on: false, speed: LOW } }',
  ];
  const devices: string[] = [
    '\n  - { id: fridge, connection: lg, externalId: lg-fridge-01, name: 냉장고, area: kitchen }',
    '\n  - { id: aircon, connection: lg, externalId: lg-ac-01, name: 에어컨, area: living }',
    '\n  - { id: settop, connection: kt, externalId: kt-stb-01, name: 거실 TV, area: living }',
    '\n  - { id: bedroom-tv, connection: samsung, externalId: st-tv-01, name: 안방 TV, area: master }',
    "\n  - { id: light1, connection: zigbee, externalId: '0x00158d0001a1b2c1', name: 거실 조명, area: living }",
    '\n  - { id: ventilator, connection: wallpad, externalId: vent-01, name: 환기 장치, area: living }',
  ];
  if (s.mosquitto)
    devices.push(
      "\n  - { id: heating-pad, connection: zigbee-m, externalId: '0x00158d0001a1b2c6', name: 전기장판, area: master }",
    );
  for (let i = 0; i < s.virtual; i++) {
    const type = i % 2 === 0 ? 'door-lock' : 'ventilator';
    const state = type === 'door-lock' ? '{ locked: true }' : '{ on: false, speed: LOW }';
    wallpad.push(`\n        - { externalId: v-${i}, type: ${type}, state: ${state} }`);
    devices.push(
      `\n  - { id: v${i}, connection: wallpad, externalId: v-${i}, name: 장치 ${i}, area: kitchen }`,
    );
  }
  const mosquitto = s.mosquitto
    ? `
  - id: zigbee-m
    adapter: mqtt
    broker: ${s.mosquitto.url}
    simulate: false
    discoveryPrefix: ${s.mosquitto.discovery}
    simulator:
      devices:${ZIGBEE_PLUG}`
    : '';
  return `version: 1
home: { id: bench, name: 벤치 하우스, language: ko-KR, timezone: Asia/Seoul }
areas:
  - { id: living, name: 거실 }
  - { id: kitchen, name: 주방 }
  - { id: master, name: 안방 }
assistants:
  - { id: genie, name: 기가지니, provider: KT, wakeWords: [지니야, 기가지니] }
satellites:
  - { id: genie-speaker, name: 기가지니 스피커, area: kitchen, assistants: [genie], player: true }
grants:
  - { assistant: '*', privilege: operate }
security:
  voicePin: '0512'
  rules: []
connections:
  - id: lg
    adapter: thinq
    simulate: false
    baseUrl: ${s.lg}
    simulator:
      devices:${LG_SIM_DEVICES}
  - id: kt
    adapter: c2c
    simulate: false
    baseUrl: ${s.kt}
    simulator:
      devices:${KT_SIM_DEVICES}
  - id: samsung
    adapter: smartthings
    simulate: false
    baseUrl: ${s.samsung}
    simulator:
      devices:${ST_SIM_DEVICES}
  - id: zigbee
    adapter: mqtt
    broker: embedded
    simulate: false
    brokerPort: ${s.embeddedBrokerPort}
    simulator:
      devices:${ZIGBEE_LIGHTS}${mosquitto}
  - id: wallpad
    adapter: virtual
    simulator:
      devices:${wallpad.join('')}
devices:${devices.join('')}
`;
}

/** Whether an MQTT broker answers a CONNECT within `ms`. */
export async function brokerReachable(url: string, ms = 1500): Promise<boolean> {
  const c = mqttConnect(url, { reconnectPeriod: 0, connectTimeout: ms });
  c.on('error', () => {});
  const ok = await new Promise<boolean>((r) => {
    c.once('connect', () => r(true));
    c.once('close', () => r(false));
  });
  await c.endAsync(true).catch(() => {});
  return ok;
}

/** Removes every retained message under the given topic roots (Mosquitto keeps them forever). */
export async function clearRetained(url: string, roots: string[]): Promise<void> {
  const c = mqttConnect(url, { reconnectPeriod: 0, connectTimeout: 1500 });
  c.on('error', () => {});
  const up = await new Promise<boolean>((r) => {
    c.once('connect', () => r(true));
    c.once('close', () => r(false));
  });
  if (!up) return;
  const topics = new Set<string>();
  c.on('message', (topic, payload, packet) => {
    if (packet.retain && payload.length > 0) topics.add(topic);
  });
  await c.subscribeAsync(roots.map((r) => `${r}/#`));
  await new Promise((r) => setTimeout(r, 300));
  for (const t of topics) await c.publishAsync(t, '', { retain: true, qos: 1 });
  await c.endAsync().catch(() => {});
}
