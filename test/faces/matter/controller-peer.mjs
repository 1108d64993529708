// A Matter controller the tests drive: matter.js's CommissioningController (npm @project-chip/matter.js),
// one fabric per process, run inside the test's network namespace. JSON lines on stdin
// ({id, op, ...}) → JSON lines on stdout ({id, ok, result} or {id, ok: false, error}); attribute
// reports are pushed as {event: "attr", endpoint, cluster, attribute, value, at}. It also makes HTTP
// requests for the test (the hub's API listens inside the same namespace).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const { config } = await import('@matter/nodejs/config');
config.loadProcessArgv = false;
config.loadProcessEnv = false;
config.loadConfigFile = false;
config.trapProcessSignals = false;
const { Environment, Logger, LogLevel } = await import('@matter/main');
const { GeneralCommissioning, BridgedDeviceBasicInformation } = await import('@matter/main/clusters');
const { ManualPairingCodeCodec, NodeId, VendorId, ClusterId } = await import('@matter/main/types');
const { Matter } = await import('@matter/main/model');
const { CommissioningController } = await import('@project-chip/matter.js');

Logger.level = process.env.PEER_LOG ? LogLevel.INFO : LogLevel.ERROR;
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const env = Environment.default;
env.vars.set('storage.path', args.storage ?? mkdtempSync(join(tmpdir(), 'yd-ctl-')));
const controller = new CommissioningController({
  environment: { environment: env, id: args.id ?? 'controller' },
  autoConnect: false,
  adminFabricLabel: args.label ?? 'test controller',
  adminVendorId: VendorId(Number(args.vendor ?? 0xfff1)),
});
await controller.start();
const nodes = new Map();
const send = (o) =>
  process.stdout.write(`${JSON.stringify(o, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))}\n`);

async function connect(nodeId) {
  let node = nodes.get(nodeId);
  if (!node) {
    node = await controller.getNode(NodeId(BigInt(nodeId)));
    if (!node.isConnected) node.connect();
    if (!node.remoteInitializationDone) await node.events.initializedFromRemote;
    node.events.attributeChanged.on(({ path, value }) => {
      const cluster = Matter.clusters(path.clusterId)?.name ?? path.clusterId;
      send({
        event: 'attr',
        node: nodeId,
        endpoint: path.endpointId,
        cluster,
        attribute: path.attributeName,
        value,
        at: Date.now(),
      });
    });
    nodes.set(nodeId, node);
  }
  return node;
}

function allEndpoints(node) {
  const out = [];
  const walk = (ep) => {
    out.push(ep);
    for (const c of ep.getChildEndpoints()) walk(c);
  };
  for (const d of node.getDevices()) walk(d);
  return out;
}

const clientOf = (node, endpoint, cluster) => {
  const ep = allEndpoints(node).find((e) => e.number === endpoint);
  const id = Matter.clusters(cluster)?.id;
  const c = ep && id !== undefined ? ep.getClusterClientById(ClusterId(id)) : undefined;
  if (!c) throw new Error(`no ${cluster} on endpoint ${endpoint}`);
  return c;
};

const ops = {
  async commission({ code, ip, port }) {
    const pc = ManualPairingCodeCodec.decode(code);
    const t0 = performance.now();
    const nodeId = await controller.commissionNode({
      commissioning: {
        regulatoryLocation: GeneralCommissioning.RegulatoryLocationType.IndoorOutdoor,
        regulatoryCountryCode: 'XX',
      },
      discovery: {
        identifierData: { shortDiscriminator: pc.shortDiscriminator },
        ...(ip ? { knownAddress: { ip, port, type: 'udp' } } : {}),
      },
      passcode: pc.passcode,
    });
    return { node: String(nodeId), ms: performance.now() - t0 };
  },
  nodes() {
    return controller.getCommissionedNodes().map(String);
  },
  async bridged({ node }) {
    const n = await connect(node);
    const out = [];
    for (const ep of allEndpoints(n)) {
      const info = ep.getClusterClient(BridgedDeviceBasicInformation.Cluster);
      if (!info) continue;
      out.push({
        endpoint: ep.number,
        nodeLabel: await info.getNodeLabelAttribute(false),
        uniqueId: await info.getUniqueIdAttribute(false),
        reachable: await info.getReachableAttribute(false),
        clusters: ep.getAllClusterClients().map((c) => c.name),
        deviceTypes: ep.getDeviceTypes().map((d) => d.name),
      });
    }
    return out;
  },
  async read({ node, endpoint, cluster, attribute, fresh }) {
    const n = await connect(node);
    const c = clientOf(n, endpoint, cluster);
    return await c.attributes[attribute].get(fresh === true);
  },
  async invoke({ node, endpoint, cluster, command, args: a }) {
    const n = await connect(node);
    const c = clientOf(n, endpoint, cluster);
    const t0 = performance.now();
    const result = await c.commands[command](a && Object.keys(a).length > 0 ? a : undefined);
    return { result: result ?? null, ms: performance.now() - t0 };
  },
  async write({ node, endpoint, cluster, attribute, value }) {
    const n = await connect(node);
    await clientOf(n, endpoint, cluster).attributes[attribute].set(value);
    return null;
  },
  async openWindow({ node }) {
    const n = await connect(node);
    return await n.openEnhancedCommissioningWindow(300);
  },
  async http({ method, url, headers, body }) {
    const r = await fetch(url, {
      method: method ?? 'GET',
      headers: { ...(headers ?? {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: r.status, body: json ?? text };
  },
  now() {
    return Date.now();
  },
  async close() {
    for (const n of nodes.values()) await n.disconnect().catch(() => {});
    await controller.close();
    setTimeout(() => process.exit(0), 100);
    return null;
  },
};

const rl = createInterface({ input: process.stdin });
rl.on('line', (line) => {
  let msg;
  try {
    msg = JSON.parse(line);
  } catch {
    return;
  }
  const fn = ops[msg.op];
  Promise.resolve()
    .then(() => (fn ? fn(msg) : Promise.reject(new Error(`no op ${msg.op}`))))
    .then((result) => send({ id: msg.id, ok: true, result }))
    .catch((err) => send({ id: msg.id, ok: false, error: String(err?.message ?? err), code: err?.code }));
});
send({ event: 'ready' });
