/**
 * `yeondong simulate --broker URL`: only the zigbee2mqtt-like bridge, on a broker that already runs
 * (here the embedded broker in this process), as the benchmark runs it beside a hub. Spawns the
 * built CLI (`npm run build` first).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { connect } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, type Proc, spawnYd } from '../../bench/lib/procs.js';
import { type EmbeddedBroker, startEmbeddedBroker } from '../../src/adapters/mqtt/broker.js';

const DEMO = resolve(import.meta.dirname, '../../fixtures/demo-home.yaml');

let broker: EmbeddedBroker;
let bridge: Proc | undefined;

beforeAll(async () => {
  broker = await startEmbeddedBroker();
});

afterAll(async () => {
  await bridge?.kill();
  await broker?.stop();
});

describe('yeondong simulate --broker', () => {
  it('puts the bridge on the given broker, which then carries its devices and answers commands', async () => {
    bridge = await spawnYd(['simulate', '--home', DEMO, '--connection', 'zigbee', '--broker', broker.url]);
    expect(bridge.url).toBe(broker.url);
    const client = connect(broker.url, { reconnectPeriod: 0 });
    const seen = new Map<string, string>();
    client.on('message', (topic, payload) => void seen.set(topic, payload.toString()));
    await client.subscribeAsync(['homeassistant/+/+/+/config', 'zigbee2mqtt/#']);
    const until = async (what: string, ok: () => boolean) => {
      for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(ok(), what).toBe(true);
    };
    await until('discovery of the living-room light', () =>
      [...seen.keys()].some((t) => t.startsWith('homeassistant/light/0x00158d0001a1b2c1/')),
    );
    const commandTopic = JSON.parse(
      [...seen].find(([t]) => t.startsWith('homeassistant/light/0x00158d0001a1b2c1/'))?.[1] ?? '{}',
    ).command_topic as string;
    expect(commandTopic).toMatch(/^zigbee2mqtt\/.+\/set$/);
    const stateTopic = commandTopic.replace(/\/set$/, '');
    await client.publishAsync(commandTopic, JSON.stringify({ state: 'ON' }));
    await until('the light reports ON', () => JSON.parse(seen.get(stateTopic) ?? '{}').state === 'ON');
    await client.endAsync();
  });

  it('is refused for a connection that is not mqtt, and for a URL that is not mqtt://', () => {
    for (const args of [
      ['--connection', 'lg', '--broker', broker.url],
      ['--connection', 'zigbee', '--broker', 'http://127.0.0.1:1'],
    ]) {
      const r = spawnSync(process.execPath, [BIN, 'simulate', '--home', DEMO, ...args], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--broker takes an mqtt:\/\/host:port URL and is for mqtt connections only/);
    }
  });
});
