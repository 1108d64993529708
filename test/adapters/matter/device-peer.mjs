// A Matter device the tests commission with the hub: matter.js's ServerNode with an on/off light
// (--kind=light), a dimmable light (--kind=dimmable) or a thermostat (--kind=thermostat), run inside
// the test's network namespace. JSON lines on stdin ({id, op, ...}) → {id, ok, result} on stdout;
// first {event: "ready", manualPairingCode, qrPairingCode, port}. It also makes HTTP requests for
// the test (the hub's API listens inside the same namespace).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const { config } = await import('@matter/nodejs/config');
config.loadProcessArgv = false;
config.loadProcessEnv = false;
config.loadConfigFile = false;
config.trapProcessSignals = false;
const { Environment, Logger, LogLevel, ServerNode, VendorId } = await import('@matter/main');
const { OnOffLightDevice, DimmableLightDevice, ThermostatDevice } = await import('@matter/main/devices');
const { ThermostatServer } = await import('@matter/main/behaviors');

Logger.level = process.env.PEER_LOG ? LogLevel.INFO : LogLevel.ERROR;
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const env = Environment.default;
env.vars.set('storage.path', args.storage ?? mkdtempSync(join(tmpdir(), 'yd-dev-')));
const kind = args.kind ?? 'light';
const port = Number(args.port ?? 5600);

const node = await ServerNode.create({
  id: `device-${kind}`,
  network: { port },
  commissioning: {
    passcode: Number(args.passcode ?? 20202021),
    discriminator: Number(args.discriminator ?? 3840),
  },
  productDescription: { name: `yd test ${kind}`, deviceType: 0x0100 },
  basicInformation: {
    vendorName: 'matter.js test',
    vendorId: VendorId(0xfff1),
    nodeLabel: `test ${kind}`,
    productName: `Test ${kind}`,
    productLabel: `Test ${kind}`,
    productId: 0x8000,
    serialNumber: `yd-${kind}-${port}`,
    uniqueId: `yd-${kind}-${port}`,
  },
});
let endpoint;
if (kind === 'thermostat') {
  endpoint = await node.add(ThermostatDevice.with(ThermostatServer.with('Heating')), {
    id: 'thermostat',
    thermostat: {
      localTemperature: 2100,
      occupiedHeatingSetpoint: 2200,
      controlSequenceOfOperation: 2,
      systemMode: 4,
    },
  });
} else if (kind === 'dimmable') {
  endpoint = await node.add(DimmableLightDevice, { id: 'light', levelControl: { currentLevel: 100 } });
} else {
  endpoint = await node.add(OnOffLightDevice, { id: 'light' });
}
await node.start();

const send = (o) =>
  process.stdout.write(`${JSON.stringify(o, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))}\n`);

const ops = {
  state() {
    return JSON.parse(JSON.stringify(endpoint.state, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)));
  },
  async set({ values }) {
    await endpoint.set(values);
    return null;
  },
  commissioned() {
    return node.state.commissioning.commissioned;
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
  async close() {
    await node.close();
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
    .catch((err) => send({ id: msg.id, ok: false, error: String(err?.message ?? err) }));
});
const codes = node.state.commissioning.pairingCodes;
send({
  event: 'ready',
  manualPairingCode: codes.manualPairingCode,
  qrPairingCode: codes.qrPairingCode,
  port,
});
