/**
 * What the benchmark measures, one function per section of the report: nlu, turns, commands, kinds,
 * fanout, scale; the system under test is in rig.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { homeYaml } from './homes.js';
import { type CpuPids, closedLoop, type LoadResult, type Outcome } from './load.js';
import { Client, type Res, ROOT, rssOf, sleep, startHub, summarize, writeFile } from './procs.js';
import { fmtLoad, fmtScale, log } from './report.js';
import { HOME, type Rig } from './rig.js';

/** The run's settings, from the command line (bench/run.ts). */
export interface BenchOptions {
  quick: boolean;
  /** Run the hub under --cpu-prof. */
  profile: boolean;
  /** Parent folder of the hub's data folders. */
  dataParent: string;
  /** Each load level's duration, and the warm-up's. */
  seconds: number;
  warmupSeconds: number;
  /** Virtual devices of the large hub in the scale section. */
  scaleDevices: number;
  fanoutSubscribers: number;
  fanoutEvents: number;
  /** Each load level's duration in the per-kind section, and its warm-up per kind and operation. */
  kindSeconds: number;
  kindWarmupSeconds: number;
}

// ---------------------------------------------------------------------------------------------
// The system under test

const pidsOf = (r: Rig): CpuPids => ({ hub: r.hub.pid, vendors: r.vendors.map((p) => p.pid) });

// ---------------------------------------------------------------------------------------------
// Sections

/** The Matter section lives in matter.ts (it runs in a network namespace: matter-worker.ts). */
export { matterSection } from './matter.js';

/** Per-utterance NLU time: bench/nlu.ts (the Korean engine's own benchmark) when it is built. */
export async function nluSection(o: BenchOptions): Promise<Record<string, unknown>> {
  const script = join(ROOT, 'dist', 'bench', 'nlu.js');
  if (!existsSync(script)) return { available: false, note: 'dist/bench/nlu.js is not built' };
  // Prefer an exported measurement function; else run the script and read its lines.
  const src = readFileSync(script, 'utf8');
  if (/export (async )?function measureNlu\b/.test(src)) {
    const mod = (await import(script)) as { measureNlu: (o: { quick: boolean }) => unknown };
    return { source: 'bench/nlu.ts measureNlu()', ...((await mod.measureNlu({ quick: o.quick })) as object) };
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

/**
 * A reply as a load loop counts it: `ok`, else its status and, for a turn, what its first action
 * ended as and what was said (the part of a reply that tells why), else the start of its body.
 */
const outcome = (res: Res, ok: boolean): Outcome => {
  if (ok) return { ok, ms: res.ms };
  const action = res.body?.actions?.[0];
  const why = action
    ? `action ${JSON.stringify({ ...action, args: undefined })}; reply ${JSON.stringify(res.body?.response?.text)}`
    : JSON.stringify(res.body).slice(0, 300);
  return { ok, ms: res.ms, error: `${res.status} ${why.slice(0, 600)}` };
};

/**
 * Warms a path up until it is steady, so the levels measure the hub as it runs, not V8 optimising
 * it: rounds of `seconds` at 10 clients until a round is no faster than the best before it by more
 * than 5 % (at least 3 rounds, at most 10). A path's first few thousand calls run unoptimised code
 * (a ThinQ command took 2.6 ms of the hub's CPU in its first 2 s and 0.8 ms after ~5,000 calls).
 */
async function warmUp(
  seconds: number,
  send: (client: number, i: number) => Promise<Outcome>,
): Promise<{ rates: number[] }> {
  const rates: number[] = [];
  for (let round = 0; round < 10; round++) {
    const l = await closedLoop(10, seconds, send);
    const best = Math.max(0, ...rates);
    rates.push(l.perSecond);
    if (rates.length >= 3 && l.perSecond <= best * 1.05) break;
  }
  return { rates };
}

/** A warm-up, then one closed-loop level for each number of clients, each logged as `label`. */
async function levels(
  r: Rig,
  o: BenchOptions,
  label: string,
  clientCounts: number[],
  send: (client: number, i: number) => Promise<Outcome>,
  timing: { seconds: number; warmupSeconds: number } = o,
): Promise<Record<string, LoadResult>> {
  const w = await warmUp(timing.warmupSeconds, send);
  log(
    `  ${label.padEnd(7)} warm-up: ${w.rates.length} rounds of ${timing.warmupSeconds} s, ${w.rates.join(' → ')} ops/s`,
  );
  const out: Record<string, LoadResult> = {};
  for (const clients of clientCounts) {
    const l = await closedLoop(clients, timing.seconds, send, pidsOf(r));
    out[`c${clients}`] = l;
    log(`  ${label.padEnd(7)} c=${clients}: ${fmtLoad(l)}`);
  }
  return out;
}

export const TURN_TEXT = (i: number) => `지니야 냉장고 온도 ${i % 2 === 0 ? 3 : 4}도로 맞춰줘`;

export async function turnsSection(r: Rig, o: BenchOptions): Promise<Record<string, LoadResult>> {
  const path = `/api/v1/homes/${HOME}/conversation`;
  return levels(r, o, 'turns', [1, 10, 100], async (c, i) => {
    const res = await r.client.post(path, { text: TURN_TEXT(c + i), satellite: 'genie-speaker' });
    const action = res.body?.actions?.[0];
    return outcome(res, res.status === 200 && action?.status === 'success');
  });
}

/** Direct Matter commands, alternating between the LG fridge (thinq) and the KT set-top box (c2c). */
export async function commandsSection(r: Rig, o: BenchOptions): Promise<Record<string, LoadResult>> {
  const fridge = `/api/v1/homes/${HOME}/devices/fridge/commands`;
  const settop = `/api/v1/homes/${HOME}/devices/settop/commands`;
  return levels(r, o, 'command', [1, 10, 32], async (c, i) => {
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
    return outcome(res, res.status === 200 && res.body?.status === 'success');
  });
}

/** Per connection kind: direct commands and turns at 1 and 10 clients (bench/lib/kinds.ts). */
export async function kindsSection(
  r: Rig,
  o: BenchOptions,
): Promise<
  Record<string, { device: string; commands: Record<string, LoadResult>; turns: Record<string, LoadResult> }>
> {
  const timing = { seconds: o.kindSeconds, warmupSeconds: o.kindWarmupSeconds };
  const out: Record<
    string,
    { device: string; commands: Record<string, LoadResult>; turns: Record<string, LoadResult> }
  > = {};
  for (const k of r.kinds) {
    log(`  ${k.name} (${k.device}):`);
    const path = `/api/v1/homes/${HOME}/devices/${k.device}/commands`;
    const commands = await levels(
      r,
      o,
      'command',
      [1, 10],
      async (c, i) => {
        const res = await r.client.post(path, k.command(c + i));
        return outcome(res, res.status === 200 && res.body?.status === 'success');
      },
      timing,
    );
    const turns = await levels(
      r,
      o,
      'turns',
      [1, 10],
      async (c, i) => {
        const res = await r.client.post(`/api/v1/homes/${HOME}/conversation`, {
          text: k.turn(c + i),
          satellite: 'genie-speaker',
        });
        const action = res.body?.actions?.[0];
        return outcome(
          res,
          res.status === 200 && action?.status === 'success' && action?.deviceId === k.device,
        );
      },
      timing,
    );
    out[k.name] = { device: k.device, commands, turns };
  }
  return out;
}

/** What the fan-out section commands: a device and the command of round `i`. */
export interface FanoutTarget {
  device: string;
  command(i: number): Record<string, unknown>;
}

/** The wall-pad fan (v1) of the original fan-out figure. */
export const WALLPAD_FAN: FanoutTarget = {
  device: 'v1',
  command: (i) => ({
    endpoint: 'main',
    cluster: 'FanControl',
    command: 'WriteAttributes',
    args: { FanMode: i % 2 === 0 ? 1 : 2 },
  }),
};

/** A light on the hub's embedded MQTT broker. */
export const MQTT_LIGHT: FanoutTarget = {
  device: 'light1',
  command: (i) => ({ endpoint: 'main', cluster: 'OnOff', command: i % 2 === 0 ? 'On' : 'Off', args: {} }),
};

/**
 * Event fan-out: 100 WebSocket subscribers; commands one at a time on one device. For every
 * subscriber and event: delivery time minus the event's `at` (the hub's clock when it emitted it,
 * whole ms, so this figure may read up to 1 ms high), and delivery time minus the moment the
 * command was sent.
 */
export async function fanoutSection(
  r: Rig,
  o: BenchOptions,
  target: FanoutTarget = WALLPAD_FAN,
): Promise<Record<string, unknown>> {
  const url = `${r.hub.url.replace('http', 'ws')}/api/v1/homes/${HOME}/events?access_token=${encodeURIComponent(r.hub.token)}`;
  const sockets: WebSocket[] = [];
  let waiting: { n: number; done: () => void } | null = null;
  const fromEmit: number[] = [];
  const fromSend: number[] = [];
  let sentAt = 0;
  await Promise.all(
    Array.from(
      { length: o.fanoutSubscribers },
      () =>
        new Promise<void>((res, rej) => {
          const ws = new WebSocket(url);
          sockets.push(ws);
          ws.on('message', (data) => {
            const now = performance.now();
            const msg = JSON.parse(String(data)) as { type: string; at?: number; device?: string };
            if (msg.type === 'hello') return res();
            if (msg.type !== 'commandExecuted' || msg.device !== target.device || !waiting) return;
            fromSend.push(now - sentAt);
            if (typeof msg.at === 'number') fromEmit.push(Math.max(0, performance.timeOrigin + now - msg.at));
            if (--waiting.n === 0) waiting.done();
          });
          ws.on('error', rej);
        }),
    ),
  );
  const path = `/api/v1/homes/${HOME}/devices/${target.device}/commands`;
  let failed = 0;
  for (let i = 0; i < o.fanoutEvents; i++) {
    const all = new Promise<void>((done) => {
      waiting = { n: o.fanoutSubscribers, done };
    });
    const timeout = sleep(5_000).then(() => 'timeout');
    sentAt = performance.now();
    const res = await r.client.post(path, target.command(i));
    if (res.status !== 200) failed++;
    if ((await Promise.race([all, timeout])) === 'timeout') failed++;
    waiting = null;
  }
  for (const ws of sockets) ws.terminate();
  return {
    device: target.device,
    subscribers: o.fanoutSubscribers,
    events: o.fanoutEvents,
    failed,
    deliveries: fromEmit.length,
    fromEmitMs: summarize(fromEmit),
    fromCommandSentMs: summarize(fromSend),
  };
}

/** Start-up time and memory: hubs with only virtual (in-hub) devices, 1 vs N devices. */
export async function scaleSection(o: BenchOptions): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(o.dataParent, 'yd-bench-scale-'));
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
  const big = await measure(o.scaleDevices);
  log(`  scale   ${fmtScale(big)}`);
  rmSync(dir, { recursive: true, force: true });
  const perThousandMB = Math.round(((big.rssMB - small.rssMB) / ((o.scaleDevices - 1) / 1000)) * 10) / 10;
  return { baseline: small, large: big, rssPer1000DevicesMB: perThousandMB };
}
