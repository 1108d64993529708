/**
 * The routines section: a hub (its own process) with many routines in one home and with many homes
 * of a few routines each. Measured: trigger → first action sent (the trigger device's stateChanged
 * and the routine's command seen on the home's event stream; the vendor's own time is taken out),
 * and the hub's CPU while the routines are idle.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { homeYaml } from './homes.js';
import { Client, cpuMsOf, rssOf, sleep, startHub, summarize, writeFile } from './procs.js';
import { log } from './report.js';
import type { BenchOptions } from './sections.js';

/** The probe: door v0 opened → fan v1 to FanMode 1. The other routines watch other devices or times. */
const probe = {
  name: 'probe',
  triggers: [{ type: 'event', device: 'v0', event: 'opened' }],
  actions: [
    {
      type: 'command',
      device: 'v1',
      cluster: 'FanControl',
      command: 'WriteAttributes',
      args: { FanMode: 1 },
    },
  ],
};

/** A routine that stays idle: a time of day, or a device other than the probe's. */
function filler(i: number, devices: number) {
  const door = 2 + 2 * (i % Math.max(1, (devices - 2) / 2));
  const fan = door + 1 < devices ? door + 1 : 3;
  const action = {
    type: 'command',
    device: `v${fan}`,
    cluster: 'FanControl',
    command: 'WriteAttributes',
    args: { FanMode: 2 },
  };
  const trigger =
    i % 2 === 0
      ? { type: 'time', at: `${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}` }
      : { type: 'attribute', device: `v${door}`, cluster: 'DoorLock', attribute: 'LockState', becomes: 2 };
  return { name: `r${i}`, triggers: [trigger], actions: [action] };
}

async function createAll(client: Client, home: string, bodies: unknown[], concurrency = 8): Promise<number> {
  let next = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const r = await client.post(`/api/v1/homes/${home}/routines`, body);
        if (r.status !== 201) failed++;
      }
    }),
  );
  return failed;
}

/**
 * Trigger → first action, `rounds` times, on one home's event stream: `inHub` from the trigger's
 * state change seen by the engine to the first action sent (the run's firstActionMs); `ms` from the
 * trigger's stateChanged to the action's commandExecuted on the stream, less the vendor's time (so
 * it includes the action's durable write).
 */
async function latencies(
  url: string,
  token: string,
  home: string,
  rounds: number,
): Promise<{ ms: number[]; inHub: number[]; failed: number }> {
  const client = new Client(url, token);
  const ws = new WebSocket(
    `${url.replace('http', 'ws')}/api/v1/homes/${home}/events?access_token=${encodeURIComponent(token)}`,
  );
  await new Promise<void>((res, rej) => {
    ws.on('message', (d) => {
      if ((JSON.parse(String(d)) as { type: string }).type === 'hello') res();
    });
    ws.on('error', rej);
  });
  let trigger = 0;
  let wait: ((ms: number) => void) | null = null;
  const inHub: number[] = [];
  ws.on('message', (d) => {
    const now = performance.now();
    const m = JSON.parse(String(d)) as {
      type: string;
      device?: string;
      origin?: string;
      ms?: number;
      patches?: any[];
    };
    if (
      m.type === 'stateChanged' &&
      m.device === 'v0' &&
      m.patches?.some((p) => p.attributes?.LockState === 2)
    )
      trigger = now;
    if (m.type === 'commandExecuted' && m.device === 'v1' && m.origin?.startsWith('routine:') && wait)
      wait(now - trigger - (m.ms ?? 0));
    const run = (m as { run?: { firstActionMs?: number; trigger?: { kind: string } } }).run;
    if (m.type === 'routineRan' && run?.trigger?.kind === 'event' && typeof run.firstActionMs === 'number')
      inHub.push(run.firstActionMs);
  });
  const ms: number[] = [];
  let failed = 0;
  const cmd = (command: string) =>
    client.post(`/api/v1/homes/${home}/devices/v0/commands`, {
      endpoint: 'main',
      cluster: 'DoorLock',
      command,
      args: {},
    });
  for (let i = 0; i < rounds; i++) {
    await cmd('LockDoor');
    const got = new Promise<number>((res) => {
      wait = res;
    });
    await cmd('UnlockDoor');
    const r = await Promise.race([got, sleep(5_000).then(() => null)]);
    wait = null;
    // A failure is no action within 5 s. Less the vendor's time, an action whose events reach the
    // stream in one read (a loaded machine) comes out a little below 0: counted as 0, not failed.
    if (r === null) failed++;
    else ms.push(Math.max(0, r));
  }
  await sleep(50);
  ws.terminate();
  client.close();
  return { ms, inHub, failed };
}

const idleCpu = async (pid: number, seconds: number) => {
  const c0 = cpuMsOf(pid);
  await sleep(seconds * 1000);
  return Math.round(((cpuMsOf(pid) - c0) / (seconds * 1000)) * 1000) / 10;
};

export async function routinesSection(o: BenchOptions): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(o.dataParent, 'yd-bench-routines-'));
  const out: Record<string, unknown> = {};
  try {
    // One home with many routines (YD_BENCH_ROUTINE_ONE overrides how many, e.g. 100 to go fast).
    const many = Math.max(1, Number(process.env.YD_BENCH_ROUTINE_ONE ?? (o.quick ? 2_000 : 10_000)));
    const devices = 100;
    const home = writeFile(dir, 'one.yaml', homeYaml({ virtual: devices }));
    const hub = await startHub({ homes: [home], data: join(dir, 'one'), timeoutMs: 600_000 });
    try {
      const client = new Client(hub.url, hub.token);
      const idleBefore = await idleCpu(hub.pid, o.quick ? 2 : 5);
      const t0 = performance.now();
      const failed =
        (await createAll(client, 'bench', [probe])) +
        (await createAll(
          client,
          'bench',
          Array.from({ length: many - 1 }, (_, i) => filler(i, devices)),
        ));
      const createS = (performance.now() - t0) / 1000;
      client.close();
      const idle = await idleCpu(hub.pid, o.quick ? 3 : 10);
      const lat = await latencies(hub.url, hub.token, 'bench', o.quick ? 30 : 200);
      out.oneHome = {
        routines: many,
        createFailed: failed,
        createPerSecond: Math.round(many / createS),
        idleCpuPercentWithout: idleBefore,
        idleCpuPercent: idle,
        rssMB: Math.round(rssOf(hub.pid) / 1e5) / 10,
        triggerToFirstActionMs: summarize(lat.inHub),
        triggerToActionDoneOnStreamMs: summarize(lat.ms),
        failed: lat.failed,
      };
      log(
        `  routines  1 home × ${many}: idle CPU ${idle}% (none: ${idleBefore}%), trigger→first action p50 ${summarize(lat.inHub).p50} ms p95 ${summarize(lat.inHub).p95} ms; on the stream (action done, less vendor) p50 ${summarize(lat.ms).p50} ms p95 ${summarize(lat.ms).p95} ms`,
      );
    } finally {
      await hub.kill('SIGTERM');
    }

    // Many homes with a few routines each (YD_BENCH_ROUTINE_HOMES overrides how many; 0 skips).
    const homes = Number(process.env.YD_BENCH_ROUTINE_HOMES ?? (o.quick ? 100 : 1_000));
    if (homes <= 0) return out;
    const files = Array.from({ length: homes }, (_, i) =>
      writeFile(dir, `h${i}.yaml`, homeYaml({ virtual: 4 }).replace('id: bench,', `id: h${i},`)),
    );
    const data = join(dir, 'many');
    const big = await startHub({ homes: files, data, timeoutMs: 900_000 });
    // At ready: the CPU time the start took (fairer than its wall time on a shared machine) and RSS.
    const startCpuMs = Math.round(cpuMsOf(big.pid));
    const startRssMB = Math.round(rssOf(big.pid) / 1e5) / 10;
    try {
      const t0 = performance.now();
      let failed = 0;
      for (let h = 0; h < homes; h++) {
        const token = readFileSync(join(data, 'tokens', `h${h}.token`), 'utf8').trim();
        const c = new Client(big.url, token);
        failed += await createAll(
          c,
          `h${h}`,
          [probe, ...Array.from({ length: 9 }, (_, i) => filler(i, 4))],
          4,
        );
        c.close();
      }
      const createS = (performance.now() - t0) / 1000;
      const idle = await idleCpu(big.pid, o.quick ? 3 : 10);
      const ms: number[] = [];
      const inHub: number[] = [];
      let latFailed = 0;
      const sample = o.quick ? 10 : 50;
      for (let k = 0; k < sample; k++) {
        const h = Math.floor((k * homes) / sample);
        const token = readFileSync(join(data, 'tokens', `h${h}.token`), 'utf8').trim();
        const r = await latencies(big.url, token, `h${h}`, 4);
        ms.push(...r.ms);
        inHub.push(...r.inHub);
        latFailed += r.failed;
      }
      out.manyHomes = {
        homes,
        routinesPerHome: 10,
        createFailed: failed,
        createPerSecond: Math.round((homes * 10) / createS),
        startMs: Math.round(big.readyMs),
        startCpuMs,
        startRssMB,
        idleCpuPercent: idle,
        rssMB: Math.round(rssOf(big.pid) / 1e5) / 10,
        triggerToFirstActionMs: summarize(inHub),
        triggerToActionDoneOnStreamMs: summarize(ms),
        failed: latFailed,
      };
      log(
        `  routines  ${homes} homes × 10: start ${Math.round(big.readyMs)} ms (CPU ${startCpuMs} ms, RSS ${startRssMB} MB), idle CPU ${idle}%, trigger→first action p50 ${summarize(inHub).p50} ms p95 ${summarize(inHub).p95} ms; on the stream p50 ${summarize(ms).p50} ms p95 ${summarize(ms).p95} ms`,
      );
    } finally {
      await big.kill('SIGTERM');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
