/**
 * `serve --fleet NODE --store postgres://… --bus nats://…[?stream=NAME] --homes DIR`: one node of
 * a fleet. Every node loads every home file; which node serves which home is decided by leases
 * (leases.ts); any node answers any home (forward.ts). See docs/operators.md, "A fleet of hubs".
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listenProblem, portProblem } from '../cli/serve-checks.js';
import type { HomeFile } from '../home/types.js';
import { checkIssuer } from '../server/listen.js';
import { lockDataDir } from '../store/lock.js';
import type { Logger } from '../util/log.js';
import { exitOnSignals } from '../util/shutdown.js';

export interface FleetServeOptions {
  node: string;
  homesDir: string | undefined;
  homeFiles: string[];
  port: number;
  host: string;
  dataDir: string;
  store: string | undefined;
  bus: string | undefined;
  issuer: string | undefined;
  log: Logger;
}

const NODE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** The home files of a folder (*.yaml, *.yml), sorted. */
export function homeFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export async function fleetServe(o: FleetServeOptions): Promise<number> {
  const fail = (msg: string, code = 2) => {
    console.error(`yeondong serve: ${msg}`);
    return code;
  };
  if (!NODE_NAME.test(o.node)) return fail('--fleet NAME: 1 to 64 of A-Z a-z 0-9 _ -');
  if (!o.store || !/^postgres(ql)?:\/\//.test(o.store)) return fail('--fleet needs --store postgres://…');
  if (!o.bus || !/^(nats|tls):\/\//.test(o.bus)) return fail('--fleet needs --bus nats://…');
  if (o.issuer !== undefined) {
    const bad = checkIssuer(o.issuer);
    if (bad) return fail(bad);
  }
  const paths = [...o.homeFiles.map((h) => resolve(h))];
  try {
    if (o.homesDir) paths.push(...homeFilesIn(resolve(o.homesDir)));
  } catch (err) {
    return fail(`--homes: ${(err as Error).message}`);
  }
  if (paths.length === 0) return fail('--fleet needs home files: --homes DIR or --home FILE');
  const busy = await portProblem(o.host, o.port);
  if (busy) return fail(busy, 1);
  let lock: ReturnType<typeof lockDataDir>;
  try {
    lock = lockDataDir(o.dataDir);
  } catch (err) {
    return fail((err as Error).message, 1);
  }
  const [{ loadHomeFile }, { Hub }, { PostgresStore, splitSchema }, { createBus }, { FleetNode }] =
    await Promise.all([
      import('../home/load.js'),
      import('../hub/hub.js'),
      import('../store/postgres.js'),
      import('../bus/index.js'),
      import('./node.js'),
    ]);
  const files: HomeFile[] = [];
  try {
    const cacheDir = join(o.dataDir, 'cache');
    for (const p of paths) files.push(loadHomeFile(p, { cacheDir }));
  } catch (err) {
    lock.release();
    console.error((err as Error).message);
    return 2;
  }
  const { log } = o;
  const stream = new URLSearchParams(o.bus.split('?')[1] ?? '').get('stream') ?? 'YEONDONG';
  let hub: InstanceType<typeof Hub>;
  try {
    hub = new Hub({
      homes: files,
      dataDir: o.dataDir,
      dataDirLock: lock,
      log,
      // YEONDONG_FLEET_PG_POOL: the pool size (default the store's, 10); a node taking over
      // hundreds of homes starts them at once.
      store: new PostgresStore({
        url: splitSchema(o.store).url,
        ...(splitSchema(o.store).schema ? { schema: splitSchema(o.store).schema as string } : {}),
        ...(process.env.YEONDONG_FLEET_PG_POOL
          ? { poolSize: Number(process.env.YEONDONG_FLEET_PG_POOL) }
          : {}),
      }),
      bus: createBus(o.bus, log),
      fleet: true,
    });
  } catch (err) {
    lock.release();
    return fail((err as Error).message);
  }
  const node = new FleetNode({
    node: o.node,
    hub,
    files,
    natsUrl: o.bus.split('?')[0] as string,
    fleet: stream,
    log,
    ...(process.env.YEONDONG_FLEET_TTL_MS ? { ttlMs: Number(process.env.YEONDONG_FLEET_TTL_MS) } : {}),
  });
  hub.remote = node;
  log.info('starting fleet node', { node: o.node, homes: files.length, data: o.dataDir });
  try {
    await hub.start();
  } catch (err) {
    await hub.stop().catch(() => {});
    return fail((err as Error).message, 1);
  }
  const [{ buildApp }, { ROUTE_GROUPS }, { facesFor, routesOf, startFaces }] = await Promise.all([
    import('../server/app.js'),
    import('../server/groups.js'),
    import('../faces/index.js'),
  ]);
  const faces = facesFor(o.issuer ? { openFloor: { publicUrl: o.issuer } } : {});
  const stopFaces = await startFaces(hub, faces);
  const groups = await Promise.all(ROUTE_GROUPS.map((g) => g(o.issuer ? { issuer: o.issuer } : {})));
  const app = await buildApp(hub, [...routesOf(faces), ...groups], { front: node.front });
  try {
    await node.start(app);
  } catch (err) {
    await stopFaces().catch(() => {});
    await hub.stop().catch(() => {});
    return fail(`the fleet cannot use NATS (${String(err)})`, 1);
  }

  // SIGTERM: hand every home over first (their leases are released, other nodes take them within
  // a second), then stop answering; all within the 5 s a supervisor allows.
  const shutdown = exitOnSignals(
    [() => node.handOver(), () => app.close(), () => node.stop(), () => stopFaces(), () => hub.stop()],
    { log, fields: { node: o.node }, graceMs: 4500 },
  );
  let address: string;
  try {
    address = await app.listen({ host: o.host, port: o.port });
  } catch (err) {
    console.error(`yeondong serve: ${listenProblem(err, o.host, o.port)}`);
    await shutdown('listen-failed');
    return 1;
  }
  console.log(`yeondong: listening on ${address.replace('[::1]', '127.0.0.1')}`);
  console.log(`fleet: node ${o.node}, ${files.length} homes, stream ${stream}`);
  return await new Promise<number>(() => {});
}
