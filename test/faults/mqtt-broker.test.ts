/**
 * The MQTT broker restarted (a broker process of our own on a free port; the system Mosquitto is
 * never touched): the hub's Zigbee devices go offline, a command meanwhile fails fast and is not
 * delivered later, and once the broker is back the hub's state is resynchronized with the bridge's,
 * including a change made on a device while the broker was away.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Zigbee2MqttSimulator } from '../../src/simulators/zigbee2mqtt/index.js';
import { startZigbee2MqttSimulator } from '../../src/simulators/zigbee2mqtt/index.js';
import { attr, Client, commandsOf, faultRig, report, sleep, startBroker, waitFor } from './support.js';

const LIGHT1 = '0x00158d0001a1b2c1';
const LIGHT2 = '0x00158d0001a1b2c2';
const PLUG = '0x00158d0001a1b2c6';
const SEEDS = [
  { externalId: LIGHT1, type: 'light', dimmable: true, state: { on: false, brightness: 254 } },
  { externalId: LIGHT2, type: 'light', dimmable: true, state: { on: true, brightness: 200 } },
  { externalId: PLUG, type: 'plug', state: { on: false } },
];

describe('the MQTT broker restarted', () => {
  const rig = faultRig('yd-fault-mqtt-');
  let bridge: Zigbee2MqttSimulator | undefined;
  // Registered after the rig's: after-hooks run in reverse order, so the bridge stops before the kill.
  afterAll(async () => {
    await bridge?.stop().catch(() => {});
  });

  it('resynchronizes the state and replays nothing', async () => {
    let broker = rig.keep(await startBroker());
    const port = broker.port;
    bridge = (await startZigbee2MqttSimulator({
      devices: SEEDS,
      settings: { broker: broker.url },
    })) as Zigbee2MqttSimulator;
    const hub = await rig.hub([rig.home({ zigbee: broker.url })]);
    const client = new Client(hub.url, hub.token);
    const device = async (id: string) => (await client.get(`/api/v1/homes/bench/devices/${id}`)).body;
    const onOff = async (id: string) => attr(await device(id), 'main', 'OnOff', 'OnOff');
    const turnOn = (id: string) =>
      client.post(commandsOf(id), { endpoint: 'main', cluster: 'OnOff', command: 'On', args: {} });
    await waitFor(
      'zigbee devices online',
      async () => (await device('light1')).online && (await device('plug1')).online,
    );

    let acknowledged = 0;
    const on = await turnOn('light1');
    expect(on.status, JSON.stringify(on.body)).toBe(200);
    acknowledged++;
    expect(bridge.state(LIGHT1)?.state).toBe('ON');

    broker.proc.kill('SIGKILL');
    await broker.exited;
    await waitFor('zigbee devices offline', async () => !(await device('light1')).online, 15_000);
    // A command while the broker is away fails fast and is not delivered when it comes back.
    const refused = await turnOn('plug1');
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('device-offline');
    expect(refused.ms).toBeLessThan(1_000);
    // A change on the device itself while the hub cannot hear it (the wall switch turns light2 off).
    void bridge.report(LIGHT2, { state: 'OFF' }).catch(() => {});

    broker = rig.keep(await startBroker(port));
    const t0 = performance.now();
    await waitFor(
      'the hub to resynchronize with the bridge',
      async () =>
        (await device('light1')).online &&
        (await device('plug1')).online &&
        (await onOff('light1')) === (bridge?.state(LIGHT1)?.state === 'ON') &&
        (await onOff('light2')) === (bridge?.state(LIGHT2)?.state === 'ON'),
      30_000,
      200,
    );
    const resyncMs = Math.round(performance.now() - t0);
    await sleep(1_500);
    const plugOn = bridge.state(PLUG)?.state === 'ON';
    const hubLight2 = await onOff('light2');
    client.close();
    report('mqtt-broker-restarted', {
      acknowledged,
      lost: bridge.state(LIGHT1)?.state === 'ON' ? 0 : 1,
      duplicated: plugOn ? 1 : 0,
      refusedWhileDown: 1,
      resyncAfterBrokerBackMs: resyncMs,
      changeDuringOutageSeen: hubLight2 === false,
    });
    expect(plugOn).toBe(false);
    expect(await Promise.resolve(hubLight2)).toBe(false);
  });
});
