/**
 * Real processes for the benchmarks and the fault tests: the hub (`yeondong serve`) and vendor
 * simulators (`yeondong simulate`) as child processes, a keep-alive HTTP client, and small
 * statistics. Imports nothing of the hub: everything goes through the CLI and the HTTP API.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository root (works from bench/lib and from dist/bench/lib). */
export const ROOT = (() => {
  let dir = import.meta.dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bin', 'yeondong.js'))) return dir;
    dir = dirname(dir);
  }
  throw new Error(`cannot find the repository root from ${import.meta.dirname}`);
})();

export const BIN = join(ROOT, 'bin', 'yeondong.js');

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm run test:faults and npm run bench do)');
  }
}

export const tempDir = (prefix = 'yd-proc-') => mkdtempSync(join(tmpdir(), prefix));

export interface Proc {
  proc: ChildProcess;
  pid: number;
  /** The URL from the `listening on …` line. */
  url: string;
  port: number;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>;
  /** Sends a signal and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<number | string>;
  /** ms from spawn to the `listening` line. */
  readyMs: number;
}

/** Starts `node bin/yeondong.js ARGS` and waits for its `listening on URL` line. */
export async function spawnYd(
  args: string[],
  opts: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {},
): Promise<Proc> {
  assertBuilt();
  return spawnNode([...(opts.nodeArgs ?? []), BIN, ...args], opts);
}

/** Starts `node ARGS` and waits for a `listening on URL` line. */
export async function spawnNode(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {},
): Promise<Proc> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, args, {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, YEONDONG_LOG: process.env.YEONDONG_LOG ?? 'warn', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | string>((res) => {
    proc.once('exit', (code, signal) => res(code ?? signal ?? 'unknown'));
  });
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(
      () => rej(new Error(`timed out waiting for 'listening on' from node ${args.join(' ')}\n${out}`)),
      opts.timeoutMs ?? 60_000,
    );
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on ((?:http|mqtt):\/\/[^\s]+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        res(m[1]);
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`node ${args.join(' ')} exited (${code}) before listening\n${out}`));
    });
  });
  const readyMs = performance.now() - t0;
  const port = Number(new URL(url).port);
  return {
    proc,
    pid: proc.pid ?? -1,
    url,
    port,
    readyMs,
    output: () => out,
    exited,
    async kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
}

export interface Hub extends Proc {
  token: string;
  data: string;
}

/** `yeondong serve --home … --port N --data DIR`; reads the owner token once listening. */
export async function startHub(opts: {
  homes: string[];
  data: string;
  port?: number;
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** More `serve` options (e.g. --matter PORT). */
  args?: string[];
}): Promise<Hub> {
  const args = [
    'serve',
    ...opts.homes.flatMap((h) => ['--home', h]),
    '--port',
    String(opts.port ?? 0),
    '--data',
    opts.data,
    ...(opts.args ?? []),
  ];
  // The load generator and the fault drivers speak as one principal (the owner) at thousands of
  // requests a second: the per-principal rate limit is off unless the caller sets the knobs.
  const env = { YEONDONG_RATE_PER_TOKEN: process.env.YEONDONG_RATE_PER_TOKEN ?? '0', ...opts.env };
  const p = await spawnYd(args, {
    ...(opts.nodeArgs ? { nodeArgs: opts.nodeArgs } : {}),
    env,
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  });
  const token = readFileSync(join(opts.data, 'owner.token'), 'utf8').trim();
  return { ...p, token, data: opts.data };
}

/** `yeondong simulate --home FILE --connection ID --port N [--broker URL]`. */
export async function startSimulator(opts: {
  home: string;
  connection: string;
  port?: number;
  /** mqtt connections: only the bridge, on this broker. */
  broker?: string;
}): Promise<Proc> {
  return spawnYd([
    'simulate',
    '--home',
    opts.home,
    '--connection',
    opts.connection,
    '--port',
    String(opts.port ?? 0),
    ...(opts.broker ? ['--broker', opts.broker] : []),
  ]);
}

/** A TCP port free at the moment of asking (for a listener another process opens next). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** A plain MQTT broker (aedes) in its own process on 127.0.0.1:port (0 = any). */
export function startBroker(port = 0): Promise<Proc> {
  const script = `import { createServer } from 'node:net';
import { Aedes } from 'aedes';
const aedes = await Aedes.createBroker();
const server = createServer((s) => { s.on('error', () => s.destroy()); aedes.handle(s); });
server.listen(${port}, '127.0.0.1', () => console.log('listening on mqtt://127.0.0.1:' + server.address().port));
process.on('SIGTERM', () => process.exit(0));`;
  return spawnNode(['--input-type=module', '-e', script], { cwd: ROOT });
}

/** Resident set size of a process, bytes (Linux /proc). */
export function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Number(m[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** CPU time (user + system) a process has used so far, in ms; NaN where /proc cannot tell. */
export function cpuMsOf(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces), counted from field 3: utime is 14, stime 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

/** USER_HZ: 100 on every Linux that Node supports (the kernel ABI fixes it for /proc). */
const CLOCK_TICKS = 100;

export function writeFile(dir: string, name: string, text: string): string {
  const p = resolve(dir, name);
  writeFileSync(p, text);
  return p;
}

// ---------------------------------------------------------------------------------------------
// HTTP

export interface Res {
  status: number;
  body: any;
  ms: number;
  headers: Record<string, string | string[] | undefined>;
}

/** A keep-alive HTTP/1.1 client (lighter than fetch, so the load generator costs less CPU). */
export class Client {
  readonly base: URL;
  readonly token: string;
  readonly agent: Agent;

  constructor(base: string, token: string, maxSockets = 256) {
    this.base = new URL(base);
    this.token = token;
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  req(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    timeoutMs = 30_000,
  ): Promise<Res> {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const t0 = performance.now();
    return new Promise<Res>((res, rej) => {
      const r = request(
        {
          host: this.base.hostname,
          port: this.base.port,
          method,
          path,
          agent: this.agent,
          headers: {
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
            ...(data ? { 'content-type': 'application/json', 'content-length': String(data.length) } : {}),
            ...headers,
          },
          timeout: timeoutMs,
        },
        (resp) => {
          const chunks: Buffer[] = [];
          resp.on('data', (c: Buffer) => chunks.push(c));
          resp.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : null;
            } catch {
              // not JSON
            }
            res({
              status: resp.statusCode ?? 0,
              body: parsed,
              ms: performance.now() - t0,
              headers: resp.headers,
            });
          });
          resp.on('error', rej);
        },
      );
      r.on('timeout', () => r.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${path}`)));
      r.on('error', rej);
      if (data) r.write(data);
      r.end();
    });
  }

  get(path: string) {
    return this.req('GET', path);
  }

  post(path: string, body: unknown, headers: Record<string, string> = {}) {
    return this.req('POST', path, body, headers);
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Polls `check` until it returns a truthy value or the time is up (then throws with `what`). */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
  everyMs = 100,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(everyMs);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Statistics

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function summarize(values: number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  const sum = s.reduce((a, b) => a + b, 0);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: s.length,
    p50: r(percentile(s, 50)),
    p95: r(percentile(s, 95)),
    p99: r(percentile(s, 99)),
    mean: r(s.length ? sum / s.length : Number.NaN),
    max: r(s[s.length - 1] ?? Number.NaN),
  };
}
