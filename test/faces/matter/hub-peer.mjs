// A hub run in-process inside the test's network namespace (from the dist build), with the Matter
// face, driven over JSON lines like controller-peer.mjs: it does to the running hub what no command
// line does (take a device out of it) and brings its vendor's cloud (a ThinQ simulator) up late, so
// that the vendor's devices join the running hub. Args: --data=DIR --port=UDP.
// stdin {id, op, ...} → stdout {id, ok, result | error}; first line {event: "ready", url, token}.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const dist = resolve(import.meta.dirname, '../../../dist/src');
const { Hub } = await import(join(dist, 'hub/hub.js'));
const { facesFor, routesOf, startFaces } = await import(join(dist, 'faces/index.js'));
const { loadHomeFile } = await import(join(dist, 'home/load.js'));
const { buildApp } = await import(join(dist, 'server/app.js'));
const { silentLogger } = await import(join(dist, 'util/log.js'));
const { ThinqSimulator } = await import(join(dist, 'simulators/thinq/index.js'));

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const devices = [
  { externalId: 'lg-ac-01', type: 'air-conditioner', model: 'WHISEN', state: { power: false, targetC: 24 } },
  { externalId: 'lg-purifier-01', type: 'air-purifier', model: 'PuriCare', state: { power: false } },
];
// The vendor is down when the hub starts: its devices have no endpoints yet (none on the bridge).
const sim = new ThinqSimulator({ devices, host: '127.0.0.1', port: 0 });
await sim.start();
const simUrl = sim.url;
await sim.stop();
const homeFile = join(args.data, 'home.yaml');
writeFileSync(
  homeFile,
  `version: 1
home: { id: late, name: 늦은 집 }
areas: [{ id: living, name: 거실 }]
assistants: [{ id: genie, name: 기가지니, provider: KT, wakeWords: [지니야] }]
satellites: [{ id: console, name: 콘솔, assistants: [genie] }]
grants: [{ assistant: '*', privilege: operate }]
connections:
  - { id: lg, adapter: thinq, simulate: false, baseUrl: '${simUrl}' }
devices:
  - { id: aircon, connection: lg, externalId: lg-ac-01, name: 거실 에어컨, area: living }
  - { id: purifier, connection: lg, externalId: lg-purifier-01, name: 공기청정기, area: living }
`,
);
const hub = new Hub({ homes: [loadHomeFile(homeFile)], dataDir: args.data, log: silentLogger, pollMs: 200 });
await hub.start();
const faces = facesFor({ matter: { port: Number(args.port) } });
const stopFaces = await startFaces(hub, faces);
const app = await buildApp(hub, routesOf(faces));
const url = await app.listen({ host: '127.0.0.1', port: 0 });
const runtime = hub.homes()[0].runtime;

const ops = {
  vendorUp: () => sim.start().then(() => null),
  devices: () =>
    runtime.devices().map((d) => ({ id: d.id, endpoints: d.endpoints.length, online: d.online })),
  remove: ({ device }) => runtime.removeDevice(device),
  async close() {
    await app.close();
    await stopFaces();
    await hub.stop();
    await sim.stop();
    setTimeout(() => process.exit(0), 100);
    return null;
  },
};
const send = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);
createInterface({ input: process.stdin }).on('line', (line) => {
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
send({ event: 'ready', url, token: hub.ownerToken('late') });
