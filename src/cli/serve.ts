import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HomeFile } from '../home/types.js';
import type { Hub } from '../hub/hub.js';
import { checkIssuer } from '../server/listen.js';
import { dataDirProblem, snapshotDataDir } from '../store/data-dir.js';
import { DataDirBusyError, lockDataDir } from '../store/lock.js';
import { createLogger } from '../util/log.js';
import { exitOnSignals } from '../util/shutdown.js';
import { logLevel, parse, port as parsePort } from './args.js';
import { listenProblem, portProblem } from './serve-checks.js';

const HELP = `Usage: yeondong serve --home FILE [--home FILE2 …] [--port N] [--data DIR] [--host H]
                      [--store URL] [--bus URL]

Starts the hub on 127.0.0.1:N with its state in DIR (SQLite; created if missing). Every
'simulate: true' connection of each home file is started with it. On first start an owner token
for each home is written to DIR/tokens/<home>.token (the first home's also to DIR/owner.token).
Prints 'listening on http://127.0.0.1:N' once every connection finished its first sync.
One hub per data folder (DIR/hub.lock): a second one, a port in use, or a damaged
database refuse to start with one line and exit 1, changing nothing.

Options:
  --home FILE     a home file (repeat for several homes)        required
  --port N        TCP port (0 = any free port)                  default 7070
  --data DIR      data folder                                   default ./.data
  --host H        address to listen on                          default 127.0.0.1
  --log-level L   debug, info, warn, error, silent              default info
  --mqtt-export URL  publish every device as Home Assistant MQTT discovery to
                  this broker (mqtt://host:port); off by default
  --matter PORT   run each home as a Matter bridge on UDP PORT, PORT+1, …
                  (in --home order; fabrics kept in DIR/matter); off by default
  --store URL     where the hub keeps its data: sqlite: (DIR/yeondong.db) or
                  postgres://user@host:5432/db[?schema=NAME] (schema default
                  yeondong, created if missing)          default sqlite: in DIR
  --bus URL       where events go: in-process, or nats://host:4222[?stream=NAME]
                  (JetStream stream default YEONDONG, created if missing; other
                  processes can follow a home's events)  default in-process
                  Tokens stay in DIR either way. See docs/operators.md.
  --issuer URL    the OAuth issuer identifier partners see (metadata, iss);
                  set it to the public https:// URL behind a proxy (or
                  YEONDONG_ISSUER); never taken from a request's Host
                                                         default the listen URL
  --wyoming PORT  also serve Wyoming (handle + Korean tts) on PORT for Home
                  Assistant and other Wyoming clients; off by default
  --wyoming-host H      address of the Wyoming port          default 127.0.0.1
  --wyoming-home ID     the home it speaks for              default the first
  --wyoming-satellite ID  the satellite its turns run on    default console
  --wyoming-assistant ID  the assistant of a transcript without a wake word
                                           default the satellite's first
  --fleet NAME    run as node NAME of a fleet (needs --store postgres://…
                  and --bus nats://…): homes are placed on the live nodes by
                  leases; any node answers any home. See docs/operators.md
  --homes DIR     every home file (*.yaml) in DIR (with --fleet)
  -h, --help

Exit status: 2 a mistake in the command line (an unknown or empty option, a missing or invalid
home file); 1 a refused start (a port in use, a busy, unusable or damaged data folder), which
leaves the data folder as it found it.`;

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
      issuer: { type: 'string' },
      wyoming: { type: 'string' },
      'wyoming-host': { type: 'string' },
      'wyoming-home': { type: 'string' },
      'wyoming-satellite': { type: 'string' },
      'wyoming-assistant': { type: 'string' },
      fleet: { type: 'string' },
      homes: { type: 'string' },
      matter: { type: 'string' },
    },
    HELP,
  );
  if (r === 'help') return 0;
  if (!r) return 2;
  const v = r.values;
  const homes = v.home ?? [];
  if (v.fleet !== undefined || v.homes !== undefined) return await serveFleet(v, homes);
  if (homes.length === 0) {
    console.error(`yeondong serve: --home FILE is required\n\n${HELP}`);
    return 2;
  }
  const p = parsePort(v.port, 7070, 'yeondong serve');
  if (p === null) return 2;
  const level = logLevel(v['log-level'], 'yeondong serve');
  if (level === null) return 2;
  const log = createLogger(level);
  const issuer = v.issuer ?? process.env.YEONDONG_ISSUER;
  const badIssuer = issuer !== undefined ? checkIssuer(issuer) : null;
  if (badIssuer) {
    console.error(`yeondong serve: ${badIssuer}`);
    return 2;
  }
  const mqttExport = v['mqtt-export'];
  if (mqttExport !== undefined && !/^mqtts?:\/\/[^/]+/.test(mqttExport)) {
    console.error(`yeondong serve: --mqtt-export must be an mqtt:// URL (got '${mqttExport}')`);
    return 2;
  }
  const wyomingPort = v.wyoming === undefined ? null : Number(v.wyoming);
  if (wyomingPort !== null && !(Number.isInteger(wyomingPort) && wyomingPort >= 0 && wyomingPort <= 65535)) {
    console.error(`yeondong serve: --wyoming must be a port from 0 to 65535 (got '${v.wyoming}')`);
    return 2;
  }
  const matterPort = v.matter === undefined ? undefined : Number(v.matter);
  if (matterPort !== undefined && !(Number.isInteger(matterPort) && matterPort > 0 && matterPort < 65536)) {
    console.error(`yeondong serve: --matter must be a UDP port 1-65535 (got '${v.matter}')`);
    return 2;
  }
  const dataDir = resolve(v.data ?? '.data');
  const host = v.host ?? '127.0.0.1';

  // Refusals that need nothing started come first, as one line within a second (before the hub's
  // modules are even loaded): a port in use, a data folder that cannot be one, a home file that is
  // not there, a data folder another hub holds (store/lock.ts). Nothing is written before these.
  const missingHome = homes.find((h) => !existsSync(h) || statSync(h).isDirectory());
  if (missingHome !== undefined) {
    const what = existsSync(missingHome) ? 'is a folder, not a home file' : 'does not exist';
    console.error(`yeondong serve: the home file ${resolve(missingHome)} ${what}`);
    return 2;
  }
  const badData = dataDirProblem(dataDir);
  if (badData) {
    console.error(`yeondong serve: ${badData}`);
    return 1;
  }
  const busy = await portProblem(host, p);
  if (busy) {
    console.error(`yeondong serve: ${busy}`);
    return 1;
  }
  // What this run adds to the data folder, removed again if the start is refused.
  const written = snapshotDataDir(dataDir);
  let lock: ReturnType<typeof lockDataDir>;
  try {
    written.make();
    lock = lockDataDir(dataDir);
  } catch (err) {
    if (!(err instanceof DataDirBusyError)) written.undo();
    console.error(`yeondong serve: ${(err as Error).message}`);
    return 1;
  }

  const [{ loadHomeFilesAsync }, { Hub: HubClass }, { createStore }, { createBus }] = await Promise.all([
    import('../home/load-async.js'),
    import('../hub/hub.js'),
    import('../store/index.js'),
    import('../bus/index.js'),
  ]);
  let files: HomeFile[];
  try {
    // The parsed file is kept in DATA/cache and reused while its text is unchanged (home/cache.ts).
    files = await loadHomeFilesAsync(
      homes.map((h) => resolve(h)),
      { cacheDir: join(dataDir, 'cache') },
    );
  } catch (err) {
    lock.release();
    written.undo();
    console.error((err as Error).message);
    return 2;
  }
  let hub: Hub;
  try {
    hub = new HubClass({
      homes: files,
      dataDir,
      dataDirLock: lock,
      log,
      store: createStore(v.store, dataDir),
      bus: createBus(v.bus, log),
    });
  } catch (err) {
    lock.release();
    written.undo();
    console.error((err as Error).message);
    return 2;
  }
  log.info('starting', { homes: files.map((f) => f.home.id), data: dataDir });
  try {
    await hub.start();
  } catch (err) {
    console.error(`yeondong serve: ${(err as Error).message}`);
    await hub.stop().catch(() => {});
    lock.release();
    written.undo();
    return 1;
  }
  const [{ buildApp }, { ROUTE_GROUPS }, { facesFor, routesOf, startFaces }] = await Promise.all([
    import('../server/app.js'),
    import('../server/groups.js'),
    import('../faces/index.js'),
  ]);
  const faces = facesFor({
    ...(mqttExport ? { mqttExport: { brokerUrl: mqttExport } } : {}),
    ...(issuer ? { openFloor: { publicUrl: issuer } } : {}),
    ...(wyomingPort !== null
      ? {
          wyoming: {
            port: wyomingPort,
            ...(v['wyoming-host'] ? { host: v['wyoming-host'] } : {}),
            ...(v['wyoming-home'] ? { home: v['wyoming-home'] } : {}),
            ...(v['wyoming-satellite'] ? { satellite: v['wyoming-satellite'] } : {}),
            ...(v['wyoming-assistant'] ? { assistant: v['wyoming-assistant'] } : {}),
            announce: (line: string) => console.log(line),
          },
        }
      : {}),
    ...(matterPort !== undefined ? { matter: { port: matterPort } } : {}),
  });
  let stopFaces: () => Promise<void>;
  try {
    stopFaces = await startFaces(hub, faces);
  } catch (err) {
    console.error(`yeondong serve: ${(err as Error).message}`);
    await hub.stop().catch(() => {});
    written.undo();
    return 1;
  }
  const groups = await Promise.all(ROUTE_GROUPS.map((g) => g(issuer ? { issuer } : {})));
  const app = await buildApp(hub, [...routesOf(faces), ...groups]);

  // Signal handlers go in before the address is printed: whoever reads that line (a supervisor, a
  // test) may stop the hub at once.
  exitOnSignals([() => app.close(), () => stopFaces(), () => hub.stop()], { log, graceMs: 4500 });

  let address: string;
  try {
    address = await app.listen({ host, port: p });
  } catch (err) {
    // Taken between the check and now: the same one line, and out within a second.
    console.error(`yeondong serve: ${listenProblem(err, host, p)}`);
    const force = setTimeout(() => process.exit(1), 1000);
    force.unref();
    await app.close().catch(() => {});
    await stopFaces().catch(() => {});
    await hub.stop().catch(() => {});
    written.undo();
    process.exit(1);
  }
  const url = address.replace('[::1]', '127.0.0.1');
  console.log(`yeondong: listening on ${url}`);
  for (const f of files) {
    const label = files.length > 1 ? `dashboard (${f.home.id})` : 'dashboard';
    console.log(`${label}: ${url}/#token=${hub.ownerToken(f.home.id) ?? ''}`);
  }
  for (const f of faces) f.listening?.();
  return await new Promise<number>(() => {});
}

/** `serve --fleet NAME`: src/fleet/serve.ts. */
async function serveFleet(
  v: {
    fleet?: string;
    homes?: string;
    port?: string;
    data?: string;
    host?: string;
    store?: string;
    bus?: string;
    issuer?: string;
    'log-level'?: string;
  },
  homes: string[],
): Promise<number> {
  if (v.fleet === undefined) {
    console.error(`yeondong serve: --homes DIR goes with --fleet NAME\n\n${HELP}`);
    return 2;
  }
  const p = parsePort(v.port, 7070, 'yeondong serve');
  if (p === null) return 2;
  const level = logLevel(v['log-level'], 'yeondong serve');
  if (level === null) return 2;
  const { fleetServe } = await import('../fleet/serve.js');
  return fleetServe({
    node: v.fleet,
    homesDir: v.homes,
    homeFiles: homes,
    port: p,
    host: v.host ?? '127.0.0.1',
    dataDir: resolve(v.data ?? '.data'),
    store: v.store,
    bus: v.bus,
    issuer: v.issuer ?? process.env.YEONDONG_ISSUER,
    log: createLogger(level),
  });
}
