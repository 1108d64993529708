import { resolve } from 'node:path';
import { loadHomeFile } from '../home/load.js';
import { exitOnSignals } from '../util/shutdown.js';
import { vendorOf } from '../vendors/index.js';
import { parse, port as parsePort } from './args.js';

const HELP = `Usage: yeondong simulate --home FILE --connection ID [--port N] [--state FILE] [--broker URL]

Runs the simulator of one connection of a home file on its own on 127.0.0.1:N, seeded from the
connection's 'simulator' section whatever 'simulate' says, and prints 'listening on …' when ready.
It accepts the connection's token, or any token when none is set. Runs until SIGTERM.
For an 'mqtt' connection it runs a broker on N with the zigbee2mqtt-like bridge on it, or with
--broker only the bridge, on a broker that already runs (a hub's embedded one, Mosquitto).

Options:
  --home FILE        the home file                required
  --connection ID    a connection id of the file  required
  --port N           TCP port (0 = any)           default 0
  --state FILE       keep the devices' state in FILE across restarts, as a real cloud does
                     (JSON in the vendor's shapes; default: every start begins from the seeds)
  --broker URL       mqtt connections: put the bridge on this broker (mqtt://host:port) instead
                     of starting one; 'listening on' then names that broker
  -h, --help`;

export async function simulateCommand(args: string[]): Promise<number> {
  const r = parse(
    args,
    {
      home: { type: 'string' },
      connection: { type: 'string' },
      port: { type: 'string' },
      state: { type: 'string' },
      broker: { type: 'string' },
    },
    HELP,
  );
  if (r === 'help') return 0;
  if (!r) return 2;
  const { home, connection } = r.values;
  if (!home || !connection) {
    console.error(`yeondong simulate: --home and --connection are required\n\n${HELP}`);
    return 2;
  }
  const p = parsePort(r.values.port, 0, 'yeondong simulate');
  if (p === null) return 2;
  let file: ReturnType<typeof loadHomeFile>;
  try {
    file = loadHomeFile(resolve(home));
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const conn = file.connections.find((c) => c.id === connection);
  if (!conn) {
    console.error(
      `yeondong simulate: no connection '${connection}' in ${home} (has: ${file.connections.map((c) => c.id).join(', ')})`,
    );
    return 2;
  }
  const kind = vendorOf(conn.adapter);
  if (!kind?.simulator) {
    console.error(
      `yeondong simulate: the '${conn.adapter}' connection has no simulator (virtual devices live inside the hub)`,
    );
    return 2;
  }
  const stops: Array<() => Promise<void>> = [];
  const state = r.values.state ? { stateFile: resolve(r.values.state) } : {};
  let url: string;
  const external = r.values.broker;
  if (external !== undefined && (conn.adapter !== 'mqtt' || !/^mqtt:\/\/[^/\s]+$/.test(external))) {
    console.error(
      `yeondong simulate: --broker takes an mqtt://host:port URL and is for mqtt connections only`,
    );
    return 2;
  }
  if (conn.adapter === 'mqtt') {
    let brokerUrl = external;
    if (!brokerUrl) {
      const { startEmbeddedBroker } = await import('../adapters/mqtt/broker.js');
      const broker = await startEmbeddedBroker({ port: p });
      stops.push(() => broker.stop());
      brokerUrl = broker.url;
    }
    let sim: Awaited<ReturnType<Awaited<ReturnType<NonNullable<typeof kind.simulator>>>>>;
    try {
      sim = await (await kind.simulator())({
        devices: conn.simulator.devices,
        settings: { ...conn.settings, broker: brokerUrl },
        ...state,
      });
    } catch (err) {
      for (const s of stops) await s().catch(() => {});
      console.error(`yeondong simulate: ${(err as Error).message}`);
      return 1;
    }
    stops.unshift(() => sim.stop());
    url = brokerUrl;
  } else {
    const sim = await (await kind.simulator())({
      devices: conn.simulator.devices,
      host: '127.0.0.1',
      port: p,
      ...(conn.token ? { token: conn.token } : {}),
      settings: conn.settings,
      ...state,
    });
    stops.push(() => sim.stop());
    url = sim.url;
  }
  // Handlers first: whoever reads the address may stop the simulator at once.
  exitOnSignals(stops, { graceMs: 4000 });
  console.log(`yeondong simulate ${connection}: listening on ${url}`);
  return await new Promise<number>(() => {});
}
