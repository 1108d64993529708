import { join, resolve } from 'node:path';
import { createBus } from '../bus/index.js';
import { loadHomeFileAsync } from '../home/load-async.js';
import type { HomeFile } from '../home/types.js';
import { Hub } from '../hub/hub.js';
import { buildApp } from '../server/app.js';
import { ROUTE_GROUPS } from '../server/groups.js';
import { createStore } from '../store/index.js';
import { createLogger, type Level } from '../util/log.js';
import { parse, port as parsePort } from './args.js';

const HELP = `Usage: yeondong serve --home FILE [--home FILE2 …] [--port N] [--data DIR] [--host H]
                      [--store URL] [--bus URL]

Starts the hub on 127.0.0.1:N with its state in DIR (SQLite; created if missing). Every
'simulate: true' connection of each home file is started with it. On first start an owner token
for each home is written to DIR/tokens/<home>.token (the first home's also to DIR/owner.token).
Prints 'listening on http://127.0.0.1:N' once every connection finished its first sync.

Options:
  --home FILE     a home file (repeat for several homes)        required
  --port N        TCP port (0 = any free port)                  default 7070
  --data DIR      data folder                                   default ./.data
  --host H        address to listen on                          default 127.0.0.1
  --log-level L   debug, info, warn, error, silent              default info
  --mqtt-export URL  publish every device as Home Assistant MQTT discovery to
                  this broker (mqtt://host:port); off by default
  --store URL     where the hub keeps its data: sqlite: (DIR/yeondong.db) or
                  postgres://user@host:5432/db[?schema=NAME] (schema default
                  yeondong, created if missing)          default sqlite: in DIR
  --bus URL       where events go: in-process, or nats://host:4222[?stream=NAME]
                  (JetStream stream default YEONDONG, created if missing; other
                  processes can follow a home's events)  default in-process
                  Tokens stay in DIR either way. See docs/operators.md.
  -h, --help`;

export async function serveCommand(args: string[]): Promise<number> {
  const r = parse(
    args,
    {
      home: { type: 'string', multiple: true },
      port: { type: 'string' },
      data: { type: 'string' },
      host: { type: 'string' },
      'log-level': { type: 'string' },
      'mqtt-export': { type: 'string' },
      store: { type: 'string' },
      bus: { type: 'string' },
    },
    HELP,
  );
  if (r === 'help') return 0;
  if (!r) return 2;
  const v = r.values;
  const homes = v.home ?? [];
  if (homes.length === 0) {
    console.error(`yeondong serve: --home FILE is required\n\n${HELP}`);
    return 2;
  }
  const p = parsePort(v.port, 7070);
  if (p === null) return 2;
  const level = (v['log-level'] ?? process.env.YEONDONG_LOG ?? 'info') as Level;
  const log = createLogger(level);
  const dataDir = resolve(v.data ?? '.data');
  let files: HomeFile[];
  try {
    files = [];
    for (const h of homes)
      files.push(await loadHomeFileAsync(resolve(h), { cacheDir: join(dataDir, 'cache') }));
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const host = v.host ?? '127.0.0.1';
  let hub: Hub;
  try {
    const mqttExport = v['mqtt-export'];
    if (mqttExport !== undefined && !/^mqtts?:\/\/[^/]+/.test(mqttExport)) {
      console.error(`--mqtt-export must be an mqtt:// URL (got '${mqttExport}')`);
      return 2;
    }
    hub = new Hub({
      homes: files,
      dataDir,
      log,
      store: createStore(v.store, dataDir),
      bus: createBus(v.bus, log),
      ...(mqttExport ? { mqttExport: { brokerUrl: mqttExport } } : {}),
    });
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  log.info('starting', { homes: files.map((f) => f.home.id), data: dataDir });
  try {
    await hub.start();
  } catch (err) {
    console.error(`yeondong serve: ${(err as Error).message}`);
    await hub.stop().catch(() => {});
    return 1;
  }
  const groups = await Promise.all(ROUTE_GROUPS.map((g) => g()));
  const app = await buildApp(hub, groups);

  // Signal handlers go in before the address is printed: whoever reads that line (a supervisor, a
  // test) may stop the hub at once.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 4500);
    force.unref();
    await app.close().catch(() => {});
    await hub.stop().catch(() => {});
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ host, port: p });
  const url = address.replace('[::1]', '127.0.0.1');
  const first = files[0]?.home.id ?? '';
  console.log(`yeondong: listening on ${url}`);
  console.log(`dashboard: ${url}/#token=${hub.ownerToken(first) ?? ''}`);
  return await new Promise<number>(() => {});
}
