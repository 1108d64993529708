/**
 * The system under test: the hub with one device per connection kind (bench/lib/kinds.ts), each
 * vendor in its own process, and the load generator's keep-alive client.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  brokerReachable,
  clearRetained,
  KINDS,
  type Kind,
  kindsHomeYaml,
  MOSQUITTO,
  mosquittoTopics,
  vendorsYaml,
} from './kinds.js';
import {
  Client,
  freePort,
  type Hub,
  type Proc,
  ROOT,
  startHub,
  startSimulator,
  waitFor,
  writeFile,
} from './procs.js';
import { log } from './report.js';
import type { BenchOptions } from './sections.js';

export interface Rig {
  dir: string;
  lg: Proc;
  kt: Proc;
  /** Every vendor-side process: the three clouds and the zigbee2mqtt bridges. */
  vendors: Proc[];
  hub: Hub;
  client: Client;
  /** The kinds this rig serves (without the Mosquitto one when Mosquitto is unreachable). */
  kinds: Kind[];
  /** Mosquitto topic roots of this run, cleared at the end. */
  mosquittoRoots: string[];
}

export const HOME = 'bench';
const profileDir = join(ROOT, 'bench', 'results', 'profiles');

/**
 * The hub with one device per connection kind (bench/lib/kinds.ts), each vendor in its own process:
 * the clouds first, then the hub (whose embedded broker the first bridge needs), then the bridges.
 */
export async function startRig(o: BenchOptions): Promise<Rig> {
  const dir = mkdtempSync(join(o.dataParent, 'yd-bench-'));
  const topics = mosquittoTopics();
  const withMosquitto = await brokerReachable(MOSQUITTO);
  if (!withMosquitto) log(`  (${MOSQUITTO} unreachable: the "mqtt (Mosquitto)" kind is left out)`);
  const vendorsHome = writeFile(dir, 'vendors.yaml', vendorsYaml(topics));
  const [lg, kt, samsung] = await Promise.all(
    ['lg', 'kt', 'samsung'].map((connection) => startSimulator({ home: vendorsHome, connection })),
  );
  if (!lg || !kt || !samsung) throw new Error('a vendor simulator did not start');
  const brokerPort = await freePort();
  const home = writeFile(
    dir,
    'home.yaml',
    kindsHomeYaml({
      lg: lg.url,
      kt: kt.url,
      samsung: samsung.url,
      embeddedBrokerPort: brokerPort,
      ...(withMosquitto ? { mosquitto: { url: MOSQUITTO, discovery: topics.discovery } } : {}),
      virtual: 4,
    }),
  );
  if (o.profile) mkdirSync(profileDir, { recursive: true });
  const started: Proc[] = [lg, kt, samsung];
  try {
    return await startHubAndBridges(o, {
      dir,
      home,
      vendorsHome,
      brokerPort,
      withMosquitto,
      topics,
      started,
    });
  } catch (err) {
    // Nothing is left running when the rig cannot start.
    await Promise.all(started.map((p) => p.kill()));
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

async function startHubAndBridges(
  o: BenchOptions,
  s: {
    dir: string;
    home: string;
    vendorsHome: string;
    brokerPort: number;
    withMosquitto: boolean;
    topics: { base: string; discovery: string };
    started: Proc[];
  },
): Promise<Rig> {
  const { dir, home, vendorsHome, brokerPort, withMosquitto, topics, started } = s;
  const [lg, kt] = started as [Proc, Proc, Proc];
  const hub = await startHub({
    homes: [home],
    data: join(dir, 'data'),
    ...(o.profile ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {}),
  });
  started.push(hub);
  const bridges = [
    await startSimulator({
      home: vendorsHome,
      connection: 'zigbee',
      broker: `mqtt://127.0.0.1:${brokerPort}`,
    }),
  ];
  started.push(...bridges);
  if (withMosquitto) {
    bridges.push(await startSimulator({ home: vendorsHome, connection: 'zigbee-m', broker: MOSQUITTO }));
    started.push(bridges[1] as Proc);
  }
  const client = new Client(hub.url, hub.token, 512);
  const kinds = KINDS.filter((k) => withMosquitto || k.device !== 'heating-pad');
  for (const k of kinds) {
    await waitFor(`${k.device} online`, async () => {
      const res = await client.get(`/api/v1/homes/${HOME}/devices/${k.device}`);
      return res.status === 200 && res.body?.online === true;
    });
  }
  return {
    dir,
    lg,
    kt,
    vendors: [...started.slice(0, 3), ...bridges],
    hub,
    client,
    kinds,
    mosquittoRoots: withMosquitto ? [topics.base, topics.discovery] : [],
  };
}

export async function stopRig(r: Rig): Promise<void> {
  r.client.close();
  await r.hub.kill('SIGTERM');
  await Promise.all(r.vendors.map((p) => p.kill()));
  if (r.mosquittoRoots.length) await clearRetained(MOSQUITTO, r.mosquittoRoots);
  rmSync(r.dir, { recursive: true, force: true });
}
