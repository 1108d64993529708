/**
 * The Matter section's measurements, run inside the network namespace that bench/lib/matter.ts
 * made (`ip netns exec NS node dist/bench/lib/matter-worker.js SETTINGS`): every process it starts
 * (the hub with `--matter`, an MQTT broker, the zigbee2mqtt bridge simulator) is in the namespace
 * too, and the controller is matter.js's CommissioningController in this process. Prints one JSON
 * document (the section) as its last stdout line; progress on stderr.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'mqtt';
import { homeYaml } from './homes.js';
import { closedLoop } from './load.js';
import {
  Client,
  type Proc,
  rssOf,
  sleep,
  startBroker,
  startHub,
  startSimulator,
  summarize,
  waitFor,
  writeFile,
} from './procs.js';
import { fmtLoad, log } from './report.js';

export interface MatterSettings {
  dataParent: string;
  seconds: number;
  warmupSeconds: number;
  reportChanges: number;
  bridgeDevices: number;
}

/** The zigbee lights and plug of the bench home, by hub device id, with their bridge topics. */
const ZIGBEE: Record<string, string> = {
  light1: '0x00158d0001a1b2c1',
  light2: '0x00158d0001a1b2c2',
  plug1: '0x00158d0001a1b2c6',
};
const UDP_PORT = 5540;

/** matter.js's process configuration: before any other matter.js module loads. */
let configured = false;
async function configureMatter(): Promise<void> {
  if (configured) return;
  configured = true;
  const { config } = await import('@matter/nodejs/config');
  config.loadProcessArgv = false;
  config.loadProcessEnv = false;
  config.loadConfigFile = false;
  config.trapProcessSignals = false;
}

async function controllerOf(storage: string) {
  await configureMatter();
  const { Environment, Logger, LogLevel } = await import('@matter/main');
  const { CommissioningController } = await import('@project-chip/matter.js');
  Logger.level = LogLevel.ERROR;
  const env = Environment.default;
  env.vars.set('storage.path', storage);
  const controller = new CommissioningController({
    environment: { environment: env, id: 'bench' },
    autoConnect: false,
    adminFabricLabel: 'bench controller',
  });
  await controller.start();
  return controller;
}

/** Commissioning, commands through the bridge at 1 and 10 clients, and report latency. */
async function measureBridge(s: MatterSettings, dir: string): Promise<Record<string, unknown>> {
  await configureMatter();
  const { GeneralCommissioning, OnOff, BridgedDeviceBasicInformation } = await import(
    '@matter/main/clusters'
  );
  const { ManualPairingCodeCodec } = await import('@matter/main/types');
  const started: Proc[] = [];
  let controller: Awaited<ReturnType<typeof controllerOf>> | null = null;
  try {
    const broker = await startBroker();
    started.push(broker);
    // A fabric is a principal of the gate: the controller gets the grants of the home's assistant.
    const home = writeFile(
      dir,
      'home.yaml',
      `${homeYaml({ zigbee: broker.url })}matter:\n  default: { assistant: genie }\n`,
    );
    started.push(await startSimulator({ home, connection: 'zigbee', broker: broker.url }));
    const hub = await startHub({
      homes: [home],
      data: join(dir, 'data'),
      args: ['--matter', String(UDP_PORT)],
      timeoutMs: 300_000,
    });
    started.push(hub);
    const api = new Client(hub.url, hub.token);
    for (const id of Object.keys(ZIGBEE))
      await waitFor(
        `${id} online`,
        async () => (await api.get(`/api/v1/homes/bench/devices/${id}`)).body?.online,
      );
    const info = (await api.get('/api/v1/homes/bench/matter')).body.bridge;
    api.close();

    controller = await controllerOf(join(dir, 'controller'));
    const code = ManualPairingCodeCodec.decode(info.manualPairingCode);
    log('  commissioning the bridge …');
    const t0 = performance.now();
    const nodeId = await controller.commissionNode({
      commissioning: {
        regulatoryLocation: GeneralCommissioning.RegulatoryLocationType.IndoorOutdoor,
        regulatoryCountryCode: 'XX',
      },
      discovery: { identifierData: { shortDiscriminator: code.shortDiscriminator } },
      passcode: code.passcode,
    });
    const commissionMs = performance.now() - t0;
    const node = await controller.getNode(nodeId);
    if (!node.isConnected) node.connect();
    if (!node.remoteInitializationDone) await node.events.initializedFromRemote;
    const readyMs = performance.now() - t0;

    // The bridged endpoints of the bench home's zigbee devices, by hub device id.
    const onOff = new Map<string, { number: number; client: any }>();
    const walk = async (ep: any): Promise<void> => {
      const bi = ep.getClusterClient(BridgedDeviceBasicInformation.Cluster);
      const oo = ep.getClusterClient(OnOff.Cluster);
      if (bi && oo) {
        const unique = String(await bi.getUniqueIdAttribute(false));
        const device = unique.split('/')[0] ?? '';
        if (device in ZIGBEE) onOff.set(device, { number: ep.number, client: oo });
      }
      for (const c of ep.getChildEndpoints()) await walk(c);
    };
    for (const d of node.getDevices()) await walk(d);
    const ids = Object.keys(ZIGBEE).filter((id) => onOff.has(id));
    if (ids.length === 0) throw new Error('no zigbee light on the bridge');

    // A command: matter.js invoke → bridge → hub (gate, command path) → MQTT → bridge simulator → back.
    const send = async (c: number, i: number) => {
      const target = onOff.get(ids[c % ids.length] as string);
      const t = performance.now();
      try {
        await (i % 2 === 0 ? target?.client.on() : target?.client.off());
        return { ok: true, ms: performance.now() - t };
      } catch (err) {
        return { ok: false, ms: 0, error: String(err) };
      }
    };
    const pids = { hub: hub.pid, vendors: started.filter((p) => p !== hub).map((p) => p.pid) };
    const commands: Record<string, unknown> = {};
    for (const clients of [1, 10]) {
      await closedLoop(clients, s.warmupSeconds, send);
      const r = await closedLoop(clients, s.seconds, send, pids);
      log(`  commands over Matter, ${clients} client(s): ${fmtLoad(r)}`);
      commands[`c${clients}`] = r;
    }

    // A vendor change (the light switched at the zigbee side) → the controller's subscription.
    const mqtt = connect(broker.url);
    await new Promise<void>((res, rej) => {
      mqtt.once('connect', () => res());
      mqtt.once('error', rej);
    });
    const light = onOff.get('light1') ?? onOff.get(ids[0] as string);
    const topic = ZIGBEE[ids.find((id) => onOff.get(id) === light) as string];
    const report: number[] = [];
    let current = Boolean(await light?.client.getOnOffAttribute(true));
    for (let i = 0; i < s.reportChanges; i++) {
      const want = !current;
      const t = performance.now();
      const got = new Promise<number>((res, rej) => {
        const timer = setTimeout(() => {
          node.events.attributeChanged.off(on);
          rej(new Error('no report within 5 s'));
        }, 5000);
        const on = ({ path, value }: { path: any; value: unknown }) => {
          if (path.endpointId !== light?.number || path.attributeName !== 'onOff' || value !== want) return;
          clearTimeout(timer);
          node.events.attributeChanged.off(on);
          res(performance.now() - t);
        };
        node.events.attributeChanged.on(on);
      });
      mqtt.publish(`zigbee2mqtt/${topic}/set`, JSON.stringify({ state: want ? 'ON' : 'OFF' }));
      report.push(await got);
      current = want;
      await sleep(50);
    }
    mqtt.end(true);
    const reportMs = summarize(report);
    log(
      `  vendor change → controller report: p50 ${reportMs.p50} ms, p95 ${reportMs.p95} ms (goal p95 ≤ 200 ms)`,
    );
    const hubRssMB = Math.round(rssOf(hub.pid) / 1e5) / 10;
    await node.disconnect().catch(() => {});
    return {
      commissioning: { commissionMs: Math.round(commissionMs), readyMs: Math.round(readyMs) },
      commands,
      reportMs,
      reportChanges: report.length,
      hubRssMB,
    };
  } finally {
    await controller?.close().catch(() => {});
    for (const p of started.reverse()) await p.kill('SIGTERM').catch(() => {});
  }
}

/** A bridge of N in-hub (virtual) devices: start-up time and memory, against the same hub without it. */
async function measureLarge(s: MatterSettings, dir: string): Promise<Record<string, unknown>> {
  const home = writeFile(dir, 'large.yaml', homeYaml({ virtual: s.bridgeDevices }));
  const run = async (matter: boolean) => {
    const hub = await startHub({
      homes: [home],
      data: join(dir, matter ? 'large-matter' : 'large-plain'),
      args: matter ? ['--matter', String(UDP_PORT + 10)] : [],
      timeoutMs: 900_000,
    });
    await sleep(2000);
    const rssMB = Math.round(rssOf(hub.pid) / 1e5) / 10;
    // Endpoints the bridge could not take are logged one by one (warn level, the hub's default here).
    const notBridged = (hub.output().match(/could not be bridged|no Matter device type/g) ?? []).length;
    await hub.kill('SIGTERM');
    return { startMs: Math.round(hub.readyMs), rssMB, ...(matter ? { notBridged } : {}) };
  };
  log(`  a hub of ${s.bridgeDevices} devices without the bridge …`);
  const plain = await run(false);
  log(`  … and with it (--matter) …`);
  const cold = await run(true);
  log('  … and again, from its stored bridge …');
  const warm = await run(true);
  return {
    devices: s.bridgeDevices,
    withoutBridge: plain,
    firstStart: cold,
    restart: warm,
    bridgeStartMs: cold.startMs - plain.startMs,
    bridgeRssMB: Math.round((cold.rssMB - plain.rssMB) * 10) / 10,
  };
}

async function main(): Promise<void> {
  const s = JSON.parse(process.argv[2] ?? '{}') as MatterSettings;
  const dir = mkdtempSync(join(s.dataParent, 'yd-bench-matter-'));
  const bridge = await measureBridge(s, dir);
  const large = await measureLarge(s, dir);
  process.stdout.write(`${JSON.stringify({ ...bridge, large })}\n`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
