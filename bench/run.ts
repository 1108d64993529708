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
 *   --only a,b        only these sections: nlu, turns, commands, fanout, scale
 *   --show FILE       print the table of a saved run and measure nothing
 *
 * See docs/performance.md for what each figure means.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { homeYaml, SIM_HOME_YAML } from './lib/homes.js';
import {
  Client,
  cpuMsOf,
  type Hub,
  type Proc,
  ROOT,
  rssOf,
  type Summary,
  sleep,
  startHub,
  startSimulator,
  summarize,
  writeFile,
} from './lib/procs.js';

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
    'Usage: node dist/bench/run.js [--quick] [--compare FILE] [--out FILE] [--data DIR] [--profile] [--only nlu,turns,commands,fanout,scale] | --show FILE [--compare FILE]',
  );
  process.exit(0);
}
const QUICK = flag('--quick');
const PROFILE = flag('--profile');
const OUT = opt('--out') ?? join(ROOT, 'bench', 'results', 'latest.json');
const COMPARE = opt('--compare');
const DATA_PARENT = opt('--data') ?? tmpdir();
const ONLY = new Set((opt('--only') ?? 'nlu,turns,commands,fanout,scale').split(','));

const SECONDS = QUICK ? 2 : 10;
const WARMUP_SECONDS = QUICK ? 0.5 : 2;
const SCALE_DEVICES = QUICK ? 2_000 : 10_000;
const FANOUT_SUBSCRIBERS = 100;
const FANOUT_EVENTS = QUICK ? 30 : 300;

const log = (s: string) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------
// The system under test

interface Rig {
  dir: string;
  lg: Proc;
  kt: Proc;
  hub: Hub;
  client: Client;
}

const HOME = 'bench';
const profileDir = join(ROOT, 'bench', 'results', 'profiles');

async function startRig(): Promise<Rig> {
  const dir = mkdtempSync(join(DATA_PARENT, 'yd-bench-'));
  const simHome = writeFile(dir, 'simulators.yaml', SIM_HOME_YAML);
  const [lg, kt] = await Promise.all([
    startSimulator({ home: simHome, connection: 'lg' }),
    startSimulator({ home: simHome, connection: 'kt' }),
  ]);
  const home = writeFile(dir, 'home.yaml', homeYaml({ lg: lg.url, kt: kt.url, virtual: 4 }));
  if (PROFILE) mkdirSync(profileDir, { recursive: true });
  const hub = await startHub({
    homes: [home],
    data: join(dir, 'data'),
    ...(PROFILE ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {}),
  });
  return { dir, lg, kt, hub, client: new Client(hub.url, hub.token, 512) };
}

const pidsOf = (r: Rig): CpuPids => ({ hub: r.hub.pid, vendors: [r.lg.pid, r.kt.pid] });

async function stopRig(r: Rig): Promise<void> {
  r.client.close();
  await r.hub.kill('SIGTERM');
  await Promise.all([r.lg.kill(), r.kt.kill()]);
  rmSync(r.dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Closed-loop load: `clients` loops, each sending its next request when the previous answered.

interface LoadResult {
  clients: number;
  seconds: number;
  ok: number;
  failed: number;
  perSecond: number;
  latencyMs: Summary;
  /** CPU time per successful operation, ms: the hub, the vendor simulators, and this load generator. */
  cpuMsPerOp?: { hub: number; vendors: number; client: number };
  firstError?: string;
}

/** The processes whose CPU time a load level accounts for. */
interface CpuPids {
  hub: number;
  vendors: number[];
}

async function closedLoop(
  clients: number,
  seconds: number,
  send: (client: number, i: number) => Promise<{ ok: boolean; ms: number; error?: string }>,
  pids?: CpuPids,
): Promise<LoadResult> {
  const lat: number[] = [];
  let ok = 0;
  let failed = 0;
  let firstError: string | undefined;
  const cpu = () =>
    pids && {
      hub: cpuMsOf(pids.hub),
      vendors: pids.vendors.reduce((a, p) => a + cpuMsOf(p), 0),
      client: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    };
  const cpu0 = cpu();
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; performance.now() < end; i++) {
        try {
          const r = await send(c, i);
          if (r.ok) {
            ok++;
            lat.push(r.ms);
          } else {
            failed++;
            firstError ??= r.error;
          }
        } catch (err) {
          failed++;
          firstError ??= String(err);
        }
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  const cpu1 = cpu();
  const per = (a: number, b: number) => Math.round(((b - a) / Math.max(ok, 1)) * 1000) / 1000;
  return {
    clients,
    seconds: Math.round(elapsed * 100) / 100,
    ok,
    failed,
    perSecond: Math.round(ok / elapsed),
    latencyMs: summarize(lat),
    ...(cpu0 && cpu1
      ? {
          cpuMsPerOp: {
            hub: per(cpu0.hub, cpu1.hub),
            vendors: per(cpu0.vendors, cpu1.vendors),
            client: per(cpu0.client, cpu1.client),
          },
        }
      : {}),
    ...(firstError ? { firstError } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Sections

/** Per-utterance NLU time: bench/nlu.ts (the Korean engine's own benchmark) when it is built. */
async function nluSection(): Promise<Record<string, unknown>> {
  const script = join(ROOT, 'dist', 'bench', 'nlu.js');
  if (!existsSync(script)) return { available: false, note: 'dist/bench/nlu.js is not built' };
  // Prefer an exported measurement function; else run the script and read its lines.
  const src = readFileSync(script, 'utf8');
  if (/export (async )?function measureNlu\b/.test(src)) {
    const mod = (await import(script)) as { measureNlu: (o: { quick: boolean }) => unknown };
    return { source: 'bench/nlu.ts measureNlu()', ...((await mod.measureNlu({ quick: QUICK })) as object) };
  }
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 300_000 });
  const out = `${r.stdout}\n${r.stderr}`;
  const parse = (label: string) => {
    const m = new RegExp(
      `${label}\\s+n=(\\d+)\\s+p50 ([\\d.]+) µs\\s+p95 ([\\d.]+) µs\\s+p99 ([\\d.]+) µs(?:\\s+max ([\\d.]+) µs)?`,
    ).exec(out);
    if (!m) return null;
    const ms = (v: string | undefined) => (v === undefined ? null : Math.round(Number(v)) / 1000);
    return { n: Number(m[1]), p50: ms(m[2]), p95: ms(m[3]), p99: ms(m[4]), max: ms(m[5]) };
  };
  const inDomain = parse('in-domain');
  const home = /home: ([^\n]+)/.exec(out)?.[1];
  if (!inDomain)
    return {
      available: false,
      note: 'could not read the output of dist/bench/nlu.js',
      output: out.slice(0, 2000),
    };
  return { source: 'dist/bench/nlu.js', home, unit: 'ms', inDomain, outOfDomain: parse('out-of-domain') };
}

const TURN_TEXT = (i: number) => `지니야 냉장고 온도 ${i % 2 === 0 ? 3 : 4}도로 맞춰줘`;

async function turnsSection(r: Rig): Promise<Record<string, LoadResult>> {
  const path = `/api/v1/homes/${HOME}/conversation`;
  const send = async (c: number, i: number) => {
    const res = await r.client.post(path, { text: TURN_TEXT(c + i), satellite: 'genie-speaker' });
    const action = res.body?.actions?.[0];
    const ok = res.status === 200 && action?.status === 'success';
    return {
      ok,
      ms: res.ms,
      ...(ok ? {} : { error: `${res.status} ${JSON.stringify(res.body).slice(0, 300)}` }),
    };
  };
  await closedLoop(10, WARMUP_SECONDS, send);
  const out: Record<string, LoadResult> = {};
  for (const clients of [1, 10, 100]) {
    out[`c${clients}`] = await closedLoop(clients, SECONDS, send, pidsOf(r));
    log(`  turns   c=${clients}: ${fmtLoad(out[`c${clients}`] as LoadResult)}`);
  }
  return out;
}

/** Direct Matter commands, alternating between the LG fridge (thinq) and the KT set-top box (c2c). */
async function commandsSection(r: Rig): Promise<Record<string, LoadResult>> {
  const fridge = `/api/v1/homes/${HOME}/devices/fridge/commands`;
  const settop = `/api/v1/homes/${HOME}/devices/settop/commands`;
  const send = async (c: number, i: number) => {
    const n = c + i;
    const res =
      n % 2 === 0
        ? await r.client.post(fridge, {
            endpoint: 'refrigerator',
            cluster: 'TemperatureControl',
            command: 'SetTemperature',
            args: { TargetTemperature: n % 4 === 0 ? 300 : 400 },
          })
        : await r.client.post(settop, {
            endpoint: 'speaker',
            cluster: 'LevelControl',
            command: 'MoveToLevel',
            args: { Level: 10 + (n % 20) },
          });
    const ok = res.status === 200 && res.body?.status === 'success';
    return {
      ok,
      ms: res.ms,
      ...(ok ? {} : { error: `${res.status} ${JSON.stringify(res.body).slice(0, 300)}` }),
    };
  };
  await closedLoop(10, WARMUP_SECONDS, send);
  const out: Record<string, LoadResult> = {};
  for (const clients of [1, 10, 32]) {
    out[`c${clients}`] = await closedLoop(clients, SECONDS, send, pidsOf(r));
    log(`  command c=${clients}: ${fmtLoad(out[`c${clients}`] as LoadResult)}`);
  }
  return out;
}

/**
 * Event fan-out: 100 WebSocket subscribers; commands one at a time on a wall-pad fan. For every
 * subscriber and event: delivery time minus the event's `at` (the hub's clock when it emitted it,
 * whole ms, so this figure may read up to 1 ms high), and delivery time minus the moment the
 * command was sent.
 */
async function fanoutSection(r: Rig): Promise<Record<string, unknown>> {
  const url = `${r.hub.url.replace('http', 'ws')}/api/v1/homes/${HOME}/events?access_token=${encodeURIComponent(r.hub.token)}`;
  const sockets: WebSocket[] = [];
  let waiting: { n: number; done: () => void } | null = null;
  const fromEmit: number[] = [];
  const fromSend: number[] = [];
  let sentAt = 0;
  await Promise.all(
    Array.from(
      { length: FANOUT_SUBSCRIBERS },
      () =>
        new Promise<void>((res, rej) => {
          const ws = new WebSocket(url);
          sockets.push(ws);
          ws.on('message', (data) => {
            const now = performance.now();
            const msg = JSON.parse(String(data)) as { type: string; at?: number; device?: string };
            if (msg.type === 'hello') return res();
            if (msg.type !== 'commandExecuted' || msg.device !== 'v1' || !waiting) return;
            fromSend.push(now - sentAt);
            if (typeof msg.at === 'number') fromEmit.push(Math.max(0, performance.timeOrigin + now - msg.at));
            if (--waiting.n === 0) waiting.done();
          });
          ws.on('error', rej);
        }),
    ),
  );
  const path = `/api/v1/homes/${HOME}/devices/v1/commands`;
  let failed = 0;
  for (let i = 0; i < FANOUT_EVENTS; i++) {
    const all = new Promise<void>((done) => {
      waiting = { n: FANOUT_SUBSCRIBERS, done };
    });
    const timeout = sleep(5_000).then(() => 'timeout');
    sentAt = performance.now();
    const res = await r.client.post(path, {
      endpoint: 'main',
      cluster: 'FanControl',
      command: 'WriteAttributes',
      args: { FanMode: i % 2 === 0 ? 1 : 2 },
    });
    if (res.status !== 200) failed++;
    if ((await Promise.race([all, timeout])) === 'timeout') failed++;
    waiting = null;
  }
  for (const ws of sockets) ws.terminate();
  return {
    subscribers: FANOUT_SUBSCRIBERS,
    events: FANOUT_EVENTS,
    failed,
    deliveries: fromEmit.length,
    fromEmitMs: summarize(fromEmit),
    fromCommandSentMs: summarize(fromSend),
  };
}

/** Start-up time and memory: hubs with only virtual (in-hub) devices, 1 vs N devices. */
async function scaleSection(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(DATA_PARENT, 'yd-bench-scale-'));
  const measure = async (n: number) => {
    const home = writeFile(dir, `home-${n}.yaml`, homeYaml({ virtual: n }));
    const data = join(dir, `data-${n}`);
    const cold = await startHub({ homes: [home], data, timeoutMs: 600_000 });
    await sleep(2_000);
    const rss = rssOf(cold.pid);
    const client = new Client(cold.url, cold.token);
    const t0 = performance.now();
    const list = await client.get(`/api/v1/homes/${HOME}/devices`);
    const listMs = performance.now() - t0;
    client.close();
    const stopT0 = performance.now();
    await cold.kill('SIGTERM');
    const stopMs = performance.now() - stopT0;
    const warm = await startHub({ homes: [home], data, timeoutMs: 600_000 });
    await sleep(1_000);
    const warmRss = rssOf(warm.pid);
    await warm.kill('SIGTERM');
    return {
      devices: n,
      listed: Array.isArray(list.body) ? list.body.length : 0,
      coldStartMs: Math.round(cold.readyMs),
      warmStartMs: Math.round(warm.readyMs),
      stopMs: Math.round(stopMs),
      rssMB: Math.round(rss / 1e5) / 10,
      warmRssMB: Math.round(warmRss / 1e5) / 10,
      listAllDevicesMs: Math.round(listMs * 10) / 10,
    };
  };
  const small = await measure(1);
  log(`  scale   ${fmtScale(small)}`);
  const big = await measure(SCALE_DEVICES);
  log(`  scale   ${fmtScale(big)}`);
  rmSync(dir, { recursive: true, force: true });
  const perThousandMB = Math.round(((big.rssMB - small.rssMB) / ((SCALE_DEVICES - 1) / 1000)) * 10) / 10;
  return { baseline: small, large: big, rssPer1000DevicesMB: perThousandMB };
}

// ---------------------------------------------------------------------------------------------
// Formatting

const f = (v: unknown, d = 1) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(d) : '–');
const fmtLoad = (l: LoadResult) =>
  `${l.perSecond}/s  p50 ${f(l.latencyMs.p50)} ms  p95 ${f(l.latencyMs.p95)} ms  p99 ${f(l.latencyMs.p99)} ms  (${l.ok} ok, ${l.failed} failed${l.firstError ? `: ${l.firstError.slice(0, 120)}` : ''})${l.cpuMsPerOp ? `  CPU/op: hub ${f(l.cpuMsPerOp.hub, 3)} ms, vendors ${f(l.cpuMsPerOp.vendors, 3)} ms, load generator ${f(l.cpuMsPerOp.client, 3)} ms` : ''}`;
const fmtScale = (s: { devices: number; coldStartMs: number; warmStartMs: number; rssMB: number }) =>
  `${s.devices} devices: cold start ${s.coldStartMs} ms, warm start ${s.warmStartMs} ms, RSS ${s.rssMB} MB`;

function machine() {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    memoryGB: Math.round(totalmem() / 1e8) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    dataFolder: DATA_PARENT,
  };
}

/** Every numeric leaf as a dotted path. */
function flatten(o: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (typeof o === 'number' && Number.isFinite(o)) out[prefix] = o;
  else if (o && typeof o === 'object' && !Array.isArray(o)) {
    for (const [k, v] of Object.entries(o)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

function table(doc: Record<string, any>): string {
  const rows: string[][] = [['figure', 'p50', 'p95', 'p99', 'rate', 'hub CPU/op', 'goal']];
  const cpu = (l: LoadResult) => (l.cpuMsPerOp ? `${l.cpuMsPerOp.hub.toFixed(3)} ms` : '');
  const goal = (name: string) => {
    const g = (doc.goals as Goal[]).find((x) => x.name === name);
    return g ? `${g.met ? 'met' : 'MISSED'} (${g.target})` : '';
  };
  const ms = (v: unknown) => (typeof v === 'number' ? `${v < 1 ? v.toFixed(3) : v.toFixed(1)} ms` : '–');
  const nlu = doc.nlu?.inDomain;
  if (nlu)
    rows.push([
      'NLU per utterance (in-domain)',
      ms(nlu.p50),
      ms(nlu.p95),
      ms(nlu.p99),
      '',
      '',
      goal('nlu-p95'),
    ]);
  const ood = doc.nlu?.outOfDomain;
  if (ood)
    rows.push(['NLU per utterance (out-of-domain)', ms(ood.p50), ms(ood.p95), ms(ood.p99), '', '', '']);
  for (const [k, l] of Object.entries((doc.turns ?? {}) as Record<string, LoadResult>)) {
    rows.push([
      `turn, ${l.clients} client${l.clients > 1 ? 's' : ''}`,
      ms(l.latencyMs.p50),
      ms(l.latencyMs.p95),
      ms(l.latencyMs.p99),
      `${l.perSecond} turns/s`,
      cpu(l),
      k === 'c10' ? `${goal('turn-p95-c10')}; ${goal('turn-p99-c10')}` : '',
    ]);
  }
  for (const [k, l] of Object.entries((doc.commands ?? {}) as Record<string, LoadResult>)) {
    rows.push([
      `direct command, ${l.clients} client${l.clients > 1 ? 's' : ''}`,
      ms(l.latencyMs.p50),
      ms(l.latencyMs.p95),
      ms(l.latencyMs.p99),
      `${l.perSecond} cmd/s`,
      cpu(l),
      k === 'c32' ? goal('commands-per-second') : '',
    ]);
  }
  const fo = doc.fanout;
  if (fo?.fromEmitMs) {
    rows.push([
      `event fan-out to ${fo.subscribers} WebSockets`,
      ms(fo.fromEmitMs.p50),
      ms(fo.fromEmitMs.p95),
      ms(fo.fromEmitMs.p99),
      '',
      '',
      goal('fanout-p95'),
    ]);
    rows.push([
      '  (from command sent)',
      ms(fo.fromCommandSentMs.p50),
      ms(fo.fromCommandSentMs.p95),
      ms(fo.fromCommandSentMs.p99),
      '',
      '',
      '',
    ]);
  }
  const sc = doc.scale;
  if (sc?.large) {
    rows.push([
      `start-up, ${sc.large.devices} devices (cold / warm)`,
      `${sc.large.coldStartMs} ms`,
      `${sc.large.warmStartMs} ms`,
      '',
      '',
      '',
      '',
    ]);
    rows.push([
      'memory per 1,000 devices (RSS)',
      `${sc.rssPer1000DevicesMB} MB`,
      '',
      '',
      `${sc.large.rssMB} MB total`,
      '',
      '',
    ]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

interface Goal {
  name: string;
  target: string;
  value: number | null;
  met: boolean;
}

function goals(doc: Record<string, any>): Goal[] {
  const g = (name: string, target: string, value: unknown, ok: (v: number) => boolean): Goal => {
    const v = typeof value === 'number' && Number.isFinite(value) ? value : null;
    return { name, target, value: v, met: v !== null && ok(v) };
  };
  return [
    g('nlu-p95', 'p95 ≤ 0.2 ms', doc.nlu?.inDomain?.p95, (v) => v <= 0.2),
    g('turn-p95-c10', 'p95 ≤ 10 ms', doc.turns?.c10?.latencyMs?.p95, (v) => v <= 10),
    g('turn-p99-c10', 'p99 ≤ 25 ms', doc.turns?.c10?.latencyMs?.p99, (v) => v <= 25),
    g('commands-per-second', '≥ 2,000/s', doc.commands?.c32?.perSecond, (v) => v >= 2000),
    g('fanout-p95', 'p95 ≤ 20 ms', doc.fanout?.fromEmitMs?.p95, (v) => v <= 20),
  ];
}

function compare(doc: Record<string, unknown>, file: string): string {
  const old = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const a = flatten(doc);
  const b = flatten(old);
  const keep =
    /(p50|p95|p99|perSecond|coldStartMs|warmStartMs|rssPer1000DevicesMB|rssMB|cpuMsPerOp\.hub|cpuMsPerOp\.vendors)$/;
  const lines = [
    `compared with ${file} (${String(old.at ?? '?')}, ${String((old.machine as any)?.cpu ?? '?')}): new / old`,
  ];
  for (const [k, v] of Object.entries(a)) {
    if (!keep.test(k) || k.startsWith('machine')) continue;
    const o = b[k];
    if (o === undefined || o === 0) continue;
    const ratio = v / o;
    const better = /perSecond$/.test(k) ? ratio > 1.1 : ratio < 0.9;
    const worse = /perSecond$/.test(k) ? ratio < 0.9 : ratio > 1.1;
    lines.push(
      `  ${k.padEnd(44)} ${f(o, 3).padStart(10)} → ${f(v, 3).padStart(10)}  ×${ratio.toFixed(2)}${better ? '  better' : worse ? '  worse' : ''}`,
    );
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

/** `--show FILE`: the table of a saved run (and `--compare`), measuring nothing. */
function show(file: string): void {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  doc.goals ??= goals(doc);
  log(
    `machine: ${doc.machine?.cpu}, ${doc.machine?.cores} cores, ${doc.machine?.memoryGB} GB, Node ${doc.machine?.node}; ${doc.at}`,
  );
  log(table(doc));
  if (COMPARE) log(`\n${compare(doc, COMPARE)}`);
}

async function main(): Promise<void> {
  const shown = opt('--show');
  if (shown) return show(shown);
  const doc: Record<string, any> = {
    version: 1,
    at: new Date().toISOString(),
    quick: QUICK,
    machine: machine(),
    setup: {
      hub: 'separate process: node bin/yeondong.js serve (SQLite WAL with group-commit fdatasync before each reply, data in the folder above)',
      vendors: 'separate processes: yeondong simulate --connection lg (ThinQ REST) and kt (cloud-to-cloud)',
      client: 'this process, keep-alive HTTP/1.1 on 127.0.0.1, closed loop',
      secondsPerLevel: SECONDS,
      turnText: TURN_TEXT(0),
    },
  };
  log(
    `yeondong bench${QUICK ? ' --quick' : ''} on ${doc.machine.cpu}, ${doc.machine.cores} cores, Node ${process.version}`,
  );
  if (ONLY.has('nlu')) {
    log('NLU (bench/nlu.ts) …');
    doc.nlu = await nluSection();
  }
  if (ONLY.has('turns') || ONLY.has('commands') || ONLY.has('fanout')) {
    log('starting the hub and the vendor simulators …');
    const rig = await startRig();
    try {
      if (ONLY.has('turns')) {
        log('conversation turns, API → NLU → vendor → reply:');
        doc.turns = await turnsSection(rig);
      }
      if (ONLY.has('commands')) {
        log('direct commands, API → vendor → reply:');
        doc.commands = await commandsSection(rig);
      }
      if (ONLY.has('fanout')) {
        log(`event fan-out to ${FANOUT_SUBSCRIBERS} WebSocket subscribers …`);
        doc.fanout = await fanoutSection(rig);
      }
      doc.hubRssMB = Math.round(rssOf(rig.hub.pid) / 1e5) / 10;
    } finally {
      await stopRig(rig);
    }
  }
  if (ONLY.has('scale')) {
    log(`start-up and memory (1 and ${SCALE_DEVICES} virtual devices) …`);
    doc.scale = await scaleSection();
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

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
