/**
 * The other direction: the hub publishes its devices (LG, Samsung, KT, Zigbee, wall-pad) as Home
 * Assistant MQTT discovery on the machine's Mosquitto, and obeys commands sent on their topics.
 */
import { randomBytes } from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOME, startTestHub, type TestHub } from '../support/hub.js';

const BROKER = 'mqtt://127.0.0.1:1883';
const root = `yd-export-${randomBytes(4).toString('hex')}`;
let h: TestHub;
let client: MqttClient;
const seen = new Map<string, string>();

const until = async (what: string, fn: () => boolean | Promise<boolean>, ms = 5000) => {
  const t0 = Date.now();
  while (!(await fn())) {
    if (Date.now() - t0 > ms) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

beforeAll(async () => {
  h = await startTestHub({
    homes: [DEMO_HOME],
    faces: {
      mqttExport: {
        brokerUrl: BROKER,
        discoveryPrefix: `${root}/homeassistant`,
        topicRoot: `${root}/yeondong`,
      },
    },
  });
  client = await mqtt.connectAsync(BROKER, { clientId: `${root}-reader` });
  client.on('message', (t, p) => seen.set(t, p.toString()));
  await client.subscribeAsync(`${root}/#`, { qos: 1 });
  await until('discovery of the fridge', () =>
    [...seen.keys()].some((k) => k.includes('yeondong_demo_fridge')),
  );
});

afterAll(async () => {
  // Leave nothing retained on the shared broker.
  for (const [topic, payload] of seen)
    if (payload !== '') await client.publishAsync(topic, '', { retain: true, qos: 1 });
  await client?.endAsync();
  await h?.stop();
});

describe('MQTT export of hub devices', () => {
  it('publishes devices of every vendor as discovery', async () => {
    const ids = ['fridge', 'settop', 'kimchi', 'living-light', 'heat-living'];
    const has = (id: string) =>
      [...seen.keys()].some((k) => k.endsWith('/config') && k.includes(`yeondong_demo_${id}/`));
    await until('discovery of every vendor', () => ids.every(has));
    for (const id of ids) expect(has(id), id).toBe(true);
  });

  it('runs a command from MQTT through the hub to the LG cloud', async () => {
    await client.publishAsync(`${root}/yeondong/demo/fridge/refrigerator/setpoint/set`, '6', { qos: 1 });
    await until('fridge at 6 °C', async () => {
      const fridge = (await h.api('/api/v1/homes/demo/devices/fridge')).body;
      return (
        fridge.endpoints.find((e: any) => e.id === 'refrigerator').clusters.TemperatureControl
          .TemperatureSetpoint === 600
      );
    });
    await until(
      'state published',
      () => seen.get(`${root}/yeondong/demo/fridge/refrigerator/setpoint`) === '6',
    );
  });

  it('refuses over MQTT what the security rules reserve (opening the gas valve)', async () => {
    const cmdTopics = [...seen.entries()].filter(
      ([k, v]) => k.includes('yeondong_demo_gas/') && v.includes('cmd_t'),
    );
    expect(cmdTopics.length).toBeGreaterThan(0);
    const cfg = JSON.parse(cmdTopics[0]?.[1] ?? '{}') as Record<string, string>;
    const topic = (cfg.cmd_t ?? '').replace('~', cfg['~'] ?? '');
    const close = await h.api('/api/v1/homes/demo/devices/gas/commands', {
      method: 'POST',
      body: JSON.stringify({
        endpoint: 'main',
        cluster: 'ValveConfigurationAndControl',
        command: 'Close',
        args: {},
      }),
    });
    expect(close.status).toBe(200);
    for (const payload of ['ON', 'OPEN', 'open', '{"state":"ON"}'])
      await client.publishAsync(topic, payload, { qos: 1 });
    await new Promise((r) => setTimeout(r, 500));
    const gas = (await h.api('/api/v1/homes/demo/devices/gas')).body;
    expect(gas.endpoints[0].clusters.ValveConfigurationAndControl.CurrentState).toBe(0);
  });
});
