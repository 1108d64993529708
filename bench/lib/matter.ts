/**
 * The Matter section (`--only matter`): the hub as a Matter bridge, measured with a controller
 * nobody here wrote (matter.js's CommissioningController). Matter needs multicast DNS on an
 * interface that is not loopback, so everything runs inside a network namespace made here with a
 * veth pair (the recipe of test/faces/matter/netns.ts): that needs root (or CAP_NET_ADMIN); without
 * it the section says it skipped and why. The measuring is bench/lib/matter-worker.ts, run inside.
 *
 * Figures: commissioning time; a command from the controller through the bridge, the hub's
 * command path and MQTT to the zigbee2mqtt bridge simulator and back, p50/p95 at 1 and 10
 * clients; a vendor change (at the simulator) → the controller's subscription report (goal p95 ≤
 * 200 ms); a bridge of 1,000 devices: start-up time and memory, against the same hub without it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ROOT } from './procs.js';
import { log } from './report.js';
import type { BenchOptions } from './sections.js';

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** A namespace with lo and a veth pair (IPv6 link-local addresses past duplicate detection). */
function createNamespace(): { name: string; remove: () => void } {
  const name = `ydb-${randomBytes(3).toString('hex')}`;
  ip('netns', 'add', name);
  try {
    ip('-n', name, 'link', 'set', 'lo', 'up');
    ip('-n', name, 'link', 'add', 'yd0', 'type', 'veth', 'peer', 'name', 'yd1');
    ip('-n', name, 'addr', 'add', '169.254.78.1/16', 'dev', 'yd0');
    ip('-n', name, 'addr', 'add', '169.254.78.2/16', 'dev', 'yd1');
    ip('-n', name, 'link', 'set', 'yd0', 'up');
    ip('-n', name, 'link', 'set', 'yd1', 'up');
    ip('-n', name, 'route', 'add', '224.0.0.0/4', 'dev', 'yd0');
    const until = Date.now() + 10_000;
    while (ip('-n', name, '-6', 'addr', 'show', 'tentative').trim() !== '' && Date.now() < until)
      execFileSync('sleep', ['0.2']);
  } catch (err) {
    ip('netns', 'del', name);
    throw err;
  }
  return { name, remove: () => ip('netns', 'del', name) };
}

export async function matterSection(o: BenchOptions): Promise<Record<string, unknown>> {
  if (process.platform !== 'linux') return { skipped: true, reason: 'network namespaces need Linux' };
  if (process.getuid?.() !== 0)
    return {
      skipped: true,
      reason:
        'not root: Matter needs mDNS on a non-loopback interface, so the section runs in a network namespace of its own (ip netns needs root or CAP_NET_ADMIN)',
    };
  let ns: { name: string; remove: () => void };
  try {
    ns = createNamespace();
  } catch (err) {
    return {
      skipped: true,
      reason: `cannot create a network namespace: ${(err as Error).message.split('\n')[0]}`,
    };
  }
  try {
    const settings = {
      dataParent: o.dataParent,
      seconds: o.seconds,
      warmupSeconds: o.warmupSeconds,
      reportChanges: o.quick ? 20 : 100,
      bridgeDevices: o.quick ? 200 : 1000,
    };
    const worker = join(ROOT, 'dist', 'bench', 'lib', 'matter-worker.js');
    const child = spawn(
      'ip',
      ['netns', 'exec', ns.name, process.execPath, worker, JSON.stringify(settings)],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout?.on('data', (d) => {
      out += String(d);
    });
    const code = await new Promise<number | null>((res) => child.once('exit', res));
    const last = out.trim().split('\n').pop() ?? '';
    if (code !== 0) throw new Error(`the Matter bench worker failed (exit ${code})`);
    const doc = JSON.parse(last) as Record<string, unknown>;
    return { namespace: 'veth pair in a network namespace of its own', ...doc };
  } finally {
    ns.remove();
  }
}

/** The section's lines for the log. */
export function logMatter(m: Record<string, any>): void {
  if (m.skipped) {
    log(`  skipped: ${m.reason}`);
    return;
  }
  const c = m.commands ?? {};
  log(
    `  commissioning ${m.commissioning?.commissionMs} ms (until the controller has read the node: ${m.commissioning?.readyMs} ms)`,
  );
  for (const k of ['c1', 'c10'])
    if (c[k])
      log(
        `  command over Matter, ${c[k].clients} client(s): ${c[k].perSecond}/s, p50 ${c[k].latencyMs.p50} ms, p95 ${c[k].latencyMs.p95} ms (failed ${c[k].failed})`,
      );
  log(
    `  vendor change → controller: p50 ${m.reportMs?.p50} ms, p95 ${m.reportMs?.p95} ms (goal p95 ≤ 200 ms)`,
  );
  const l = m.large;
  if (l)
    log(
      `  ${l.devices} devices: start ${l.withoutBridge.startMs} ms without the bridge, ${l.firstStart.startMs} ms with it (restart ${l.restart.startMs} ms); RSS ${l.withoutBridge.rssMB} → ${l.firstStart.rssMB} MB (restart ${l.restart.rssMB} MB); not bridged: ${l.firstStart.notBridged}`,
    );
}
