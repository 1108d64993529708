/** A matter.js device (device-peer.mjs) inside the test's network namespace, driven over JSON lines. */
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { type Namespace, spawnIn } from '../../faces/matter/netns.js';

const SCRIPT = resolve(import.meta.dirname, 'device-peer.mjs');

export interface Ready {
  manualPairingCode: string;
  qrPairingCode: string;
  port: number;
}

export class Device {
  readonly child: ChildProcess;
  readonly ready: Promise<Ready>;
  stderr = '';
  #seq = 0;
  readonly #waiting = new Map<number, { res: (v: unknown) => void; rej: (e: Error) => void }>();

  constructor(ns: Namespace, opts: { kind: string; port: number; storage: string; passcode?: number }) {
    const args = [SCRIPT, `--kind=${opts.kind}`, `--port=${opts.port}`, `--storage=${opts.storage}`];
    if (opts.passcode) args.push(`--passcode=${opts.passcode}`);
    this.child = spawnIn(ns, args);
    this.child.stderr?.on('data', (d) => {
      this.stderr = (this.stderr + String(d)).slice(-20_000);
    });
    let ready!: (r: Ready) => void;
    this.ready = new Promise((r) => {
      ready = r;
    });
    createInterface({ input: this.child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      let m: { event?: string; id?: number; ok?: boolean; result?: unknown; error?: string } & Partial<Ready>;
      try {
        m = JSON.parse(line);
      } catch {
        return;
      }
      if (m.event === 'ready') ready(m as Ready);
      else if (m.id !== undefined) {
        const w = this.#waiting.get(m.id);
        this.#waiting.delete(m.id);
        if (m.ok) w?.res(m.result);
        else w?.rej(new Error(m.error));
      }
    });
    this.child.on('exit', () => {
      for (const w of this.#waiting.values()) w.rej(new Error(`device exited: ${this.stderr.slice(-2000)}`));
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

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    await Promise.race([this.call('close').catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
    await exited;
  }
}
