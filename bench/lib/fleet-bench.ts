/**
 * `npm run bench -- --fleet`: a fleet of hub processes on the machine's PostgreSQL and NATS.
 * Homes per node and memory per home; commands/s through all nodes, then with every home on one
 * node; forwarded vs local request latency; failover time (kill -9 → every home of the dead node
 * answering again through the others, the lease TTL included) and graceful handover time.
 */
import {
  type Fleet,
  homeRequest,
  liveNodes,
  placement,
  startFleet,
  startNode,
  steadyLoad,
  stopFleet,
  stopNode,
  waitAllServed,
  waitTokens,
} from './fleet.js';
import { rssOf, sleep, summarize } from './procs.js';
import { log } from './report.js';

export interface FleetBenchOptions {
  nodes: number;
  homes: number;
  ttlMs: number;
  seconds: number;
  kills: number;
  clients: number;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const dist = (xs: number[]) => {
  const s = summarize(xs);
  return { n: s.n, p50: round(s.p50), p95: round(s.p95), max: round(s.max) };
};

/** Closed-loop commands through the live nodes for `seconds`: commands/s and latency. */
async function commandRate(
  f: Fleet,
  tokens: Map<string, string>,
  clients: number,
  seconds: number,
  tag: string,
  via?: (home: string) => string | undefined,
) {
  const load = steadyLoad(f, tokens, clients, tag, via);
  const t0 = performance.now();
  await sleep(seconds * 1000);
  const out = await load.stop();
  const s = (performance.now() - t0) / 1000;
  const ok = out.filter((o) => o.commandId !== null);
  return { perSecond: round(ok.length / s), failed: out.length - ok.length, ms: dist(ok.map((o) => o.ms)) };
}

/** Latency of GET /devices sent to the home's owner vs to another node. */
async function forwardedVsLocal(f: Fleet, tokens: Map<string, string>, n: number) {
  const owners = await placement(f, tokens);
  const local: number[] = [];
  const forwarded: number[] = [];
  const nodes = liveNodes(f);
  for (let i = 0; i < n; i++) {
    const home = f.homes[i % f.homes.length] as string;
    const owner = owners.get(home) as string;
    const other = nodes.find((x) => x !== owner) as string;
    const path = `/api/v1/homes/${home}/devices`;
    const t = tokens.get(home) as string;
    const a = await homeRequest(f, t, 'GET', path, undefined, {}, owner);
    const b = await homeRequest(f, t, 'GET', path, undefined, {}, other);
    if (a.status === 200) local.push(a.ms);
    if (b.status === 200) forwarded.push(b.ms);
  }
  return { local: dist(local), forwarded: dist(forwarded) };
}

/** Stops a node and times, per home it served, how long until the home answers again elsewhere. */
async function moveTimes(f: Fleet, tokens: Map<string, string>, victim: string, signal: NodeJS.Signals) {
  const owners = await placement(f, tokens);
  const homes = [...owners].filter(([, n]) => n === victim).map(([h]) => h);
  const t0 = performance.now();
  const stopping = stopNode(f, victim, signal);
  if (signal === 'SIGKILL') await stopping;
  const times = await Promise.all(
    homes.map(async (h) => {
      for (;;) {
        const r = await homeRequest(f, tokens.get(h) ?? '', 'GET', `/api/v1/homes/${h}/devices`).catch(
          () => null,
        );
        if (r?.status === 200 && r.headers['x-yeondong-node'] !== victim) return performance.now() - t0;
        await sleep(50);
      }
    }),
  );
  await stopping;
  return { homes: homes.length, times };
}

export async function fleetBench(o: FleetBenchOptions): Promise<Record<string, unknown>> {
  const doc: Record<string, unknown> = { nodes: o.nodes, homes: o.homes, leaseTtlMs: o.ttlMs };
  // Memory of a node serving one home (the baseline for memory per home).
  log(`fleet: a baseline node with 1 home …`);
  const base = await startFleet({ nodes: 1, homes: 1, ttlMs: o.ttlMs });
  let baseRss = 0;
  try {
    await waitAllServed(base, await waitTokens(base));
    await sleep(2000);
    baseRss = rssOf([...base.nodes.values()][0]?.pid ?? 0);
  } finally {
    await stopFleet(base);
  }
  log(`fleet: ${o.nodes} nodes × ${o.homes} homes starting …`);
  const t0 = performance.now();
  const f = await startFleet({ nodes: o.nodes, homes: o.homes, ttlMs: o.ttlMs });
  try {
    const tokens = await waitTokens(f, 600_000);
    await waitAllServed(f, tokens, 300_000);
    doc.startAllServedMs = Math.round(performance.now() - t0);
    await sleep(2000);
    const owners = await placement(f, tokens);
    const per: Record<string, { homes: number; rssMB: number }> = {};
    for (const [name, p] of f.nodes) {
      const homes = [...owners.values()].filter((n) => n === name).length;
      per[name] = { homes, rssMB: round(rssOf(p?.pid ?? 0) / 1e6) };
    }
    doc.perNode = per;
    const extra = Object.values(per).reduce((s, x) => s + x.rssMB * 1e6 - baseRss, 0);
    doc.baselineNodeRssMB = round(baseRss / 1e6);
    doc.memoryPerHomeKB = round(extra / o.homes / 1024);

    log('fleet: forwarded vs local latency …');
    doc.latency = await forwardedVsLocal(f, tokens, Math.min(400, o.homes * 2));
    log(`fleet: commands/s through ${o.nodes} nodes (${o.clients} clients, ${o.seconds} s) …`);
    doc.commandsFleetAnyNode = await commandRate(f, tokens, o.clients, o.seconds, 'rate');
    log(`fleet: commands/s, each sent to its home's node (a home-aware balancer) …`);
    const owners2 = await placement(f, tokens);
    doc.commandsFleetOwnerNode = await commandRate(f, tokens, o.clients, o.seconds, 'own', (h) =>
      owners2.get(h),
    );

    const failover: number[] = [];
    const failoverRuns: Array<{ homes: number; p95: number; max: number }> = [];
    for (let k = 0; k < o.kills; k++) {
      const victim = `n${(k % o.nodes) + 1}`;
      log(`fleet: kill -9 ${victim} (${k + 1}/${o.kills}) …`);
      const m = await moveTimes(f, tokens, victim, 'SIGKILL');
      failover.push(...m.times);
      const d = dist(m.times);
      failoverRuns.push({ homes: m.homes, p95: d.p95, max: d.max });
      await startNode(f, victim);
      await waitAllServed(f, tokens, 120_000);
      await sleep(3000); // homes move back to the restarted node
    }
    doc.failoverMs = { ...dist(failover), runs: failoverRuns };
    log('fleet: graceful handover (SIGTERM) …');
    const g = await moveTimes(f, tokens, 'n1', 'SIGTERM');
    doc.gracefulHandoverMs = { homes: g.homes, ...dist(g.times) };
    await startNode(f, 'n1');
    await waitAllServed(f, tokens, 120_000);

    // Every home on one node: stop the others gracefully.
    for (const name of liveNodes(f).slice(1)) await stopNode(f, name, 'SIGTERM');
    await waitAllServed(f, tokens, 300_000);
    await sleep(2000);
    log(`fleet: commands/s on one node serving all ${o.homes} homes …`);
    doc.commandsOneNode = await commandRate(f, tokens, o.clients, o.seconds, 'one');
  } finally {
    await stopFleet(f);
  }
  return doc;
}
