import { test } from 'vitest';
import { createMqttAdapter, startEmbeddedBroker } from '../../src/adapters/mqtt/index.js';
import { startZigbee2Mqtt } from '../../src/simulators/zigbee2mqtt/index.js';
import { silentLogger } from '../../src/util/log.js';

test('smoke', async () => {
  const broker = await startEmbeddedBroker();
  const devices = [
    { externalId: '0x00158d0001a1b2c1', type: 'light', dimmable: true, colorTemperature: true, state: { on: false, brightness: 254, mireds: 370 } },
    { externalId: '0x00158d0001a1b2c6', type: 'plug', state: { on: false } },
    { externalId: '0x00158d0001a1b2c7', type: 'climate-sensor', state: { temperatureC: 23.5, humidity: 41 } },
    { externalId: '0x00158d0001a1b2c8', type: 'co2-sensor', state: { co2ppm: 870 } },
  ];
  const sim = await startZigbee2Mqtt({ devices, settings: { broker: broker.url } });
  const events: unknown[] = [];
  const t0 = Date.now();
  const a = createMqttAdapter({
    connection: { id: 'zigbee', adapter: 'mqtt', simulate: true, broker: 'embedded', simulator: { devices }, settings: { brokerUrl: broker.url } },
    log: silentLogger, timeoutMs: 3000, pollMs: 1000,
    events: { state: (...a) => events.push(['state', ...a]), online: (...a) => events.push(['online', ...a]), devicesChanged: () => events.push(['changed']) },
  });
  await a.start();
  console.log('start ms', Date.now() - t0);
  console.log(JSON.stringify(a.devices(), null, 1));
  const t1 = Date.now();
  console.log(await a.execute('0x00158d0001a1b2c1', { endpoint: 'main', cluster: 'OnOff', command: 'On', args: {} }), Date.now() - t1);
  console.log(await a.execute('0x00158d0001a1b2c1', { endpoint: 'main', cluster: 'LevelControl', command: 'MoveToLevel', args: { Level: 100 } }));
  console.log(sim.state('0x00158d0001a1b2c1'));
  console.log(JSON.stringify(events));
  await a.stop(); await sim.stop(); await broker.stop();
});
