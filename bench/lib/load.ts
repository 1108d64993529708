/**
 * Closed-loop load for the benchmark: `clients` loops, each sending its next request when the
 * previous answered, with the CPU time each process spent per successful operation.
 */
import { cpuMsOf, type Summary, summarize } from './procs.js';

export interface LoadResult {
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
export interface CpuPids {
  hub: number;
  vendors: number[];
}

/** One request's outcome, as a load loop counts it. */
export interface Outcome {
  ok: boolean;
  ms: number;
  error?: string;
}

export async function closedLoop(
  clients: number,
  seconds: number,
  send: (client: number, i: number) => Promise<Outcome>,
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
