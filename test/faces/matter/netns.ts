/**
 * A network namespace of the test's own with a veth pair (matter.js ignores loopback interfaces, so
 * a namespace with only `lo` never commissions; recipe in the shared protocols notes), and the
 * processes the Matter tests run inside it: the hub (`yeondong serve --matter`) and controller peers.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const BIN = resolve(import.meta.dirname, '../../../bin/yeondong.js');
export const PEER = resolve(import.meta.dirname, 'controller-peer.mjs');
export const HUB_PEER = resolve(import.meta.dirname, 'hub-peer.mjs');

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

export interface Namespace {
  name: string;
  remove(): void;
}

/** Why namespaces cannot be made here (then the Matter tests are skipped and say so), or null. */
export function namespaceProblem(): string | null {
  if (process.platform !== 'linux') return 'network namespaces need Linux';
  try {
    const ns = createNamespace();
    ns.remove();
    return null;
  } catch (err) {
    return `cannot create a network namespace (ip netns needs root or CAP_NET_ADMIN): ${(err as Error).message.split('\n')[0]}`;
  }
}

export function createNamespace(): Namespace {
  const name = `ydm-${randomBytes(3).toString('hex')}`;
  ip('netns', 'add', name);
  try {
    ip('-n', name, 'link', 'set', 'lo', 'up');
    ip('-n', name, 'link', 'add', 'yd0', 'type', 'veth', 'peer', 'name', 'yd1');
    ip('-n', name, 'addr', 'add', '169.254.77.1/16', 'dev', 'yd0');
    ip('-n', name, 'addr', 'add', '169.254.77.2/16', 'dev', 'yd1');
    ip('-n', name, 'link', 'set', 'yd0', 'up');
    ip('-n', name, 'link', 'set', 'yd1', 'up');
    ip('-n', name, 'route', 'add', '224.0.0.0/4', 'dev', 'yd0');
    // IPv6 link-local addresses must finish duplicate address detection before mDNS works.
    const until = Date.now() + 10_000;
    while (ip('-n', name, '-6', 'addr', 'show', 'tentative').trim() !== '' && Date.now() < until)
      execFileSync('sleep', ['0.2']);
  } catch (err) {
    ip('netns', 'del', name);
    throw err;
  }
  return { name, remove: () => ip('netns', 'del', name) };
}

/** A Node.js process inside the namespace. */
export function spawnIn(ns: Namespace, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawnProgramIn(ns, [process.execPath, ...args], env);
}

/** Any program inside the namespace (argv[0] is the program). */
export function spawnProgramIn(ns: Namespace, argv: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn('ip', ['netns', 'exec', ns.name, ...argv], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, YEONDONG_LOG: 'warn', ...env },
  });
}

export interface Report {
  node: string;
  endpoint: number;
  cluster: string;
  attribute: string;
  value: unknown;
  at: number;
}

/** A matter.js controller (one fabric) in the namespace, driven over JSON lines. */
export class Peer {
  readonly child: ChildProcess;
  readonly reports: Report[] = [];
  readonly ready: Promise<void>;
  #seq = 0;
  readonly #waiting = new Map<number, { res: (v: unknown) => void; rej: (e: Error) => void }>();
  #listeners: Array<(r: Report) => void> = [];
  stderr = '';
  /** What the peer said in its `ready` line besides the event's name. */
  info: Record<string, unknown> = {};

  /** `program`: another controller speaking the same lines (default: controller-peer.mjs). */
  constructor(
    ns: Namespace,
    opts: { id: string; label: string; vendor?: number; storage?: string; program?: string[] },
  ) {
    const args = [`--id=${opts.id}`, `--label=${opts.label}`];
    if (opts.vendor !== undefined) args.push(`--vendor=${opts.vendor}`);
    if (opts.storage) args.push(`--storage=${opts.storage}`);
    this.child = spawnProgramIn(ns, [...(opts.program ?? [process.execPath, PEER]), ...args]);
    this.child.stderr?.on('data', (d) => {
      this.stderr = (this.stderr + String(d)).slice(-20_000);
    });
    let ready!: () => void;
    this.ready = new Promise((r) => {
      ready = r;
    });
    const lines = createInterface({ input: this.child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      let m: {
        id?: number;
        ok?: boolean;
        result?: unknown;
        error?: string;
        event?: string;
      } & Partial<Report>;
      try {
        m = JSON.parse(line);
      } catch {
        return;
      }
      if (m.event === 'ready') {
        const { event: _, ...info } = m;
        this.info = info;
        ready();
      } else if (m.event === 'attr') {
        this.reports.push(m as Report);
        for (const l of this.#listeners) l(m as Report);
      } else if (m.id !== undefined) {
        const w = this.#waiting.get(m.id);
        this.#waiting.delete(m.id);
        if (m.ok) w?.res(m.result);
        else w?.rej(new Error(m.error));
      }
    });
    this.child.on('exit', () => {
      for (const w of this.#waiting.values())
        w.rej(new Error(`controller peer exited: ${this.stderr.slice(-2000)}`));
      this.#waiting.clear();
    });
  }

  call<T = unknown>(op: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.#seq;
    return new Promise<T>((res, rej) => {
      this.#waiting.set(id, { res: res as (v: unknown) => void, rej });
      this.child.stdin?.write(`${JSON.stringify({ id, op, ...args })}\n`);
    });
  }

  /** The next report that matches, waiting up to `ms`. */
  report(match: (r: Report) => boolean, ms = 5000): Promise<Report> {
    return new Promise((res, rej) => {
      const timer = setTimeout(() => {
        this.#listeners = this.#listeners.filter((l) => l !== on);
        rej(new Error('no matching attribute report'));
      }, ms);
      const on = (r: Report) => {
        if (!match(r)) return;
        clearTimeout(timer);
        this.#listeners = this.#listeners.filter((l) => l !== on);
        res(r);
      };
      this.#listeners.push(on);
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    await Promise.race([this.call('close').catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
    await exited;
  }
}
