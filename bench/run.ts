/**
 * `npm run bench`: the hub measured as a user meets it, on loopback.
 *
 * The hub runs as its own process (`yeondong serve`), and so does each vendor simulator
 * (`yeondong simulate`): the load generator (this process) shares no event loop with either, and
 * the hub reaches the vendors over real HTTP exactly as in a deployment. The hub's data folder is
 * on the ordinary disk (os.tmpdir()), so every acknowledged command pays for its fsync.
 *
 * Prints the readable table on stderr and one JSON document on stdout, and writes the JSON to
 * bench/results/latest.json. Options:
 *   --quick           a short smoke run (CI): ~1/5 of the durations, 2,000 devices for start-up
 *   --compare FILE    also prints each figure as a ratio against a saved run (new / old)
 *   --out FILE        where to write the JSON (default bench/results/latest.json)
 *   --data DIR        parent folder of the hub's data folders (default os.tmpdir())
 *   --profile         run the hub under --cpu-prof (profiles in bench/results/profiles)
 *   --only a,b        only these sections: nlu, turns, commands, kinds, fanout, scale, voice, routines, partners,
 *                     care (telemetry history: storage per device-day, a month at 1-minute steps; `history` too);
 *                     --postgres URL adds PostgreSQL to the care section
 *                     matter (root: it runs in a network namespace; else it says it skipped)
 *   --show FILE       print the table of a saved run and measure nothing
 *   --fleet           only the fleet section (bench/lib/fleet-bench.ts): 3 nodes on PostgreSQL and
 *                     NATS; --fleet-homes N (default 1000), --fleet-kills K (default 3); written to
 *                     bench/results/fleet.json unless --out
 *
 * See docs/performance.md for what each figure means.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logMatter } from './lib/matter.js';
import { partnersSection } from './lib/partners.js';
import { ROOT, rssOf } from './lib/procs.js';
import { compare, goals, log, machine, show, table } from './lib/report.js';
import { startRig, stopRig } from './lib/rig.js';
import { routinesSection } from './lib/routines.js';
import {
  type BenchOptions,
  commandsSection,
  fanoutSection,
  kindsSection,
  MQTT_LIGHT,
  matterSection,
  nluSection,
  scaleSection,
  TURN_TEXT,
  turnsSection,
  WALLPAD_FAN,
} from './lib/sections.js';
import { voiceSection } from './lib/voice.js';

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
if (flag('--help') || flag('-h')) {
  console.log(
    'Usage: node dist/bench/run.js [--quick] [--compare FILE] [--out FILE] [--data DIR] [--profile] [--only nlu,turns,commands,kinds,fanout,scale,voice,routines,partners,care,matter] [--postgres URL] | --show FILE [--compare FILE]',
  );
  process.exit(0);
}
const QUICK = flag('--quick');
const OUT = opt('--out') ?? join(ROOT, 'bench', 'results', 'latest.json');
const COMPARE = opt('--compare');
const ONLY = new Set(
  (opt('--only') ?? 'nlu,turns,commands,kinds,fanout,scale,voice,routines,partners,care,matter').split(','),
);

const options: BenchOptions = {
  quick: QUICK,
  profile: flag('--profile'),
  dataParent: opt('--data') ?? tmpdir(),
  seconds: QUICK ? 2 : 10,
  warmupSeconds: QUICK ? 0.5 : 2,
  scaleDevices: QUICK ? 2_000 : 10_000,
  fanoutSubscribers: 100,
  fanoutEvents: QUICK ? 30 : 300,
  kindSeconds: QUICK ? 1 : 5,
  kindWarmupSeconds: QUICK ? 0.5 : 1,
};

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const shown = opt('--show');
  if (shown) return show(shown, COMPARE);
  if (flag('--fleet')) return fleetMain();
  const doc: Record<string, any> = {
    version: 1,
    at: new Date().toISOString(),
    quick: QUICK,
    machine: machine(options.dataParent),
    setup: {
      hub: 'separate process: node bin/yeondong.js serve (SQLite WAL with group-commit fdatasync before each reply, data in the folder above)',
      vendors:
        "separate processes: yeondong simulate --connection lg (ThinQ REST), kt (cloud-to-cloud), samsung (SmartThings), and the zigbee2mqtt bridge twice (--broker: on the hub's embedded broker, on Mosquitto)",
      client: 'this process, keep-alive HTTP/1.1 on 127.0.0.1, closed loop',
      secondsPerLevel: options.seconds,
      turnText: TURN_TEXT(0),
    },
  };
  log(
    `yeondong bench${QUICK ? ' --quick' : ''} on ${doc.machine.cpu}, ${doc.machine.cores} cores, Node ${process.version}`,
  );
  if (ONLY.has('nlu')) {
    log('NLU (bench/nlu.ts) …');
    doc.nlu = await nluSection(options);
  }
  if (ONLY.has('turns') || ONLY.has('commands') || ONLY.has('kinds') || ONLY.has('fanout')) {
    log('starting the hub and the vendor simulators …');
    const rig = await startRig(options);
    try {
      if (ONLY.has('turns')) {
        log('conversation turns, API → NLU → vendor → reply:');
        doc.turns = await turnsSection(rig, options);
      }
      if (ONLY.has('commands')) {
        log('direct commands, API → vendor → reply:');
        doc.commands = await commandsSection(rig, options);
      }
      if (ONLY.has('kinds')) {
        log('per connection kind, direct commands and turns at 1 and 10 clients:');
        doc.kinds = await kindsSection(rig, options);
      }
      if (ONLY.has('fanout')) {
        log(`event fan-out to ${options.fanoutSubscribers} WebSocket subscribers (wall-pad fan) …`);
        doc.fanout = await fanoutSection(rig, options, WALLPAD_FAN);
        log(`event fan-out to ${options.fanoutSubscribers} WebSocket subscribers (MQTT light) …`);
        doc.fanoutMqtt = await fanoutSection(rig, options, MQTT_LIGHT);
      }
      doc.hubRssMB = Math.round(rssOf(rig.hub.pid) / 1e5) / 10;
    } finally {
      await stopRig(rig);
    }
  }
  if (ONLY.has('scale')) {
    log(`start-up and memory (1 and ${options.scaleDevices} virtual devices) …`);
    doc.scale = await scaleSection(options);
  }
  if (ONLY.has('voice')) {
    log('voice: Wyoming satellites, end of speech → first reply audio (1 and 20 satellites) …');
    doc.voice = await voiceSection(options);
  }
  if (ONLY.has('routines')) {
    log('routines (many in one home, many homes) …');
    doc.routines = await routinesSection(options);
  }
  if (ONLY.has('partners')) {
    log('partner faces (Google, SmartThings, Clova, NUGU): commands at 10 clients, state reports …');
    doc.partners = await partnersSection(options);
    for (const [face, r] of Object.entries(doc.partners.commands as Record<string, any>))
      log(
        `  ${face}: ${r.perSecond}/s, p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms (failed ${r.failed})`,
      );
    const sr = doc.partners.stateReport;
    log(
      `  state report, vendor change → platform: Google p50 ${sr.google.p50} / p95 ${sr.google.p95} ms, SmartThings p50 ${sr.smartthings.p50} / p95 ${sr.smartthings.p95} ms (goal p95 ≤ 1000 ms)`,
    );
  }
  if (ONLY.has('care') || ONLY.has('history')) {
    log('care: telemetry history (storage per device-day, a month of one fridge at 1-minute steps) …');
    const { historySection } = await import('./care/history.js');
    const pg = opt('--postgres');
    const { lines: _, ...figures } = await historySection({
      quick: QUICK,
      log: (s) => log(`  ${s}`),
      ...(pg ? { postgres: pg } : {}),
    });
    doc.care = { history: figures };
  }
  if (ONLY.has('matter')) {
    log('Matter bridge (matter.js controller, in a network namespace) …');
    doc.matter = await matterSection(options);
    logMatter(doc.matter);
  }
  doc.goals = goals(doc);
  mkdirSync(join(OUT, '..'), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(doc, null, 2)}\n`);
  log('');
  log(
    `machine: ${doc.machine.cpu}, ${doc.machine.cores} cores, ${doc.machine.memoryGB} GB, Node ${process.version}`,
  );
  log(table(doc));
  if (COMPARE) log(`\n${compare(doc, COMPARE)}`);
  log(`\nwritten to ${OUT}`);
  process.stdout.write(`${JSON.stringify(doc)}\n`);
}

/** `npm run bench -- --fleet`: see bench/lib/fleet-bench.ts and docs/operators.md. */
async function fleetMain(): Promise<void> {
  const { fleetBench } = await import('./lib/fleet-bench.js');
  const out = opt('--out') ?? join(ROOT, 'bench', 'results', 'fleet.json');
  const doc: Record<string, any> = {
    version: 1,
    at: new Date().toISOString(),
    machine: machine(options.dataParent),
    fleet: await fleetBench({
      nodes: 3,
      homes: Number(opt('--fleet-homes') ?? (QUICK ? 90 : 1000)),
      ttlMs: Number(opt('--fleet-ttl-ms') ?? 5000),
      seconds: QUICK ? 3 : 10,
      kills: Number(opt('--fleet-kills') ?? (QUICK ? 1 : 3)),
      clients: 16,
    }),
  };
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
  log(JSON.stringify(doc.fleet, null, 2));
  log(`\nwritten to ${out}`);
  process.stdout.write(`${JSON.stringify(doc)}\n`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
