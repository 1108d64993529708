/**
 * The zigbee2mqtt-like bridge simulator's state file, on the embedded broker. (Its MQTT behaviour is
 * tested through the mqtt adapter in test/adapters/mqtt.test.ts.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type MqttClient } from 'mqtt';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EmbeddedBroker, startEmbeddedBroker } from '../../src/adapters/mqtt/broker.js';
import { startZigbee2Mqtt, type Zigbee2MqttSimulator } from '../../src/simulators/zigbee2mqtt/index.js';
import { demoConnection } from '../support/connections.js';

const BASE = 'yd-sim-state/zigbee2mqtt';
const CURTAIN = '0x00158d0001a1b2c9';
/** The demo home's `zigbee` seeds, plus a curtain. */
const SEEDS = [
  ...demoConnection('zigbee').simulator.devices,
  { externalId: CURTAIN, type: 'cover', state: { openPercent: 100 } },
];
const first = (type: string): string => {
  const seed = SEEDS.find((d) => d.type === type);
  if (!seed) throw new Error(`the demo home has no ${type}`);
  return seed.externalId;
};
/** The colour-temperature light, the plug and the climate sensor. */
const [LIGHT, PLUG, CLIMATE] = [first('light'), first('plug'), first('climate-sensor')];
const LIGHT_SEED = {
  state: 'OFF',
  brightness: 254,
  color_temp: 370,
  color_mode: 'color_temp',
  linkquality: 120,
};
const PLUG_SEED = { state: 'OFF', power: 0, linkquality: 110 };

type Json = any;

let broker: EmbeddedBroker;
let client: MqttClient;
let sim: Zigbee2MqttSimulator | undefined;
let dir: string;
let file: string;

const start = (stateFile: string | null = file) =>
  startZigbee2Mqtt({
    devices: SEEDS,
    settings: { broker: broker.url, baseTopic: BASE, discoveryPrefix: 'yd-sim-state/ha', travelMs: 2000 },
    ...(stateFile ? { stateFile } : {}),
  });
const set = (name: string, payload: unknown) =>
  client.publishAsync(`${BASE}/${name}/set`, JSON.stringify(payload));
const saved = (): Json => JSON.parse(readFileSync(file, 'utf8'));
const stateOf = (name: string) => sim?.state(name);

beforeAll(async () => {
  broker = await startEmbeddedBroker();
  client = connect(broker.url, { reconnectPeriod: 0 });
  client.on('error', () => {});
  await new Promise<void>((r) => client.once('connect', () => r()));
});
afterAll(async () => {
  await client.endAsync(true);
  await broker.stop();
});

describe('zigbee2mqtt simulator state file', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yd-z2m-state-'));
    file = join(dir, 'zigbee.json');
  });
  afterEach(async () => {
    await sim?.stop();
    sim = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps state set over MQTT and reported by devices across stop and start', async () => {
    sim = await start();
    await set(LIGHT, { state: 'ON', brightness: 100, color_temp: 250 });
    await client.publishAsync(`${BASE}/${PLUG}/set/state`, 'ON');
    await expect.poll(() => stateOf(PLUG)?.state).toBe('ON');
    await expect.poll(() => stateOf(LIGHT)?.brightness).toBe(100);
    await sim.report(CLIMATE, { temperature: 19.5 });
    await sim.stop();

    // zigbee2mqtt's own state.json shape: the state payload per device.
    expect(saved()[LIGHT]).toEqual({ ...LIGHT_SEED, state: 'ON', brightness: 100, color_temp: 250 });

    sim = await start();
    expect(stateOf(LIGHT)).toEqual({ ...LIGHT_SEED, state: 'ON', brightness: 100, color_temp: 250 });
    expect(stateOf(PLUG)).toEqual({ state: 'ON', power: 95.5, linkquality: 110 });
    expect(stateOf(CLIMATE)).toMatchObject({ temperature: 19.5, humidity: 41 });
    // The bridge publishes the kept state (retained) when it connects.
    let retained: Json;
    const listen = (topic: string, payload: Buffer) => {
      if (topic === `${BASE}/${LIGHT}`) retained = JSON.parse(payload.toString());
    };
    client.on('message', listen);
    await client.subscribeAsync(`${BASE}/${LIGHT}`);
    await expect.poll(() => retained).toMatchObject({ state: 'ON', brightness: 100 });
    client.off('message', listen);
    await client.unsubscribeAsync(`${BASE}/${LIGHT}`);
  });

  it("saves a curtain's travel as it moves, and a restart mid-travel leaves it where it got to", async () => {
    sim = await start();
    await set(CURTAIN, { position: 0 });
    // Written a moment after each step, without waiting for stop.
    await expect
      .poll(() => saved()[CURTAIN], { timeout: 5000, interval: 20 })
      .toMatchObject({ state: 'CLOSING', position: expect.any(Number) });
    await expect.poll(() => saved()[CURTAIN].position, { timeout: 5000, interval: 20 }).toBeLessThan(100);
    await sim.stop();
    const position = saved()[CURTAIN].position as number;
    expect(position).toBeGreaterThan(0);

    sim = await start();
    expect(stateOf(CURTAIN)).toEqual({ position, state: 'OPEN', linkquality: 100 });
    await set(CURTAIN, { position: 0 });
    await expect
      .poll(() => saved()[CURTAIN], { timeout: 5000, interval: 20 })
      .toEqual({ position: 0, state: 'CLOSE', linkquality: 100 });
  });

  /** Files the bridge cannot take up, whole or per device. */
  const unreadable: Record<string, string> = {
    corrupt: `{"${LIGHT}": {"state": `,
    empty: '',
    'a list': '[1, 2]',
    'garbage values': JSON.stringify({ [LIGHT]: { state: 1, brightness: 'max' }, [PLUG]: 7 }),
  };
  it.each(Object.entries(unreadable))('starts from the seeds when the file is %s', async (_what, text) => {
    writeFileSync(file, text);
    sim = await start();
    expect(stateOf(LIGHT)).toEqual(LIGHT_SEED);
    expect(stateOf(PLUG)).toEqual(PLUG_SEED);
    await set(PLUG, { state: 'ON' });
    await expect.poll(() => stateOf(PLUG)?.state).toBe('ON');
    await sim.stop();
    expect(saved()[PLUG].state).toBe('ON');
  });

  it('starts a seed device missing from the file from its seed and drops a saved device no longer seeded', async () => {
    writeFileSync(
      file,
      JSON.stringify({
        [LIGHT]: { state: 'ON', brightness: 50, effect: 'blink' },
        '0x00158d00deadbeef': { state: 'ON' },
      }),
    );
    sim = await start();
    // Keys the device keeps take the saved value; the rest come from the seed, odd ones are left out.
    expect(stateOf(LIGHT)).toEqual({ ...LIGHT_SEED, state: 'ON', brightness: 50 });
    expect(stateOf(PLUG)).toEqual(PLUG_SEED);
    expect(stateOf('0x00158d00deadbeef')).toBeUndefined();
    await sim.report(PLUG, { linkquality: 80 });
    await sim.stop();
    expect(Object.keys(saved())).toEqual(SEEDS.map((d) => d.externalId));
  });

  it('without a state file writes nothing and every start begins from the seeds', async () => {
    sim = await start(null);
    await set(PLUG, { state: 'ON' });
    await expect.poll(() => stateOf(PLUG)?.state).toBe('ON');
    await new Promise((r) => setTimeout(r, 100));
    await sim.stop();
    sim = await start(null);
    expect(stateOf(PLUG)).toEqual(PLUG_SEED);
    expect(readdirSync(dir)).toEqual([]);
  });
});
