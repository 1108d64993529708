/** The real `yeondong` command in its own process, for the CLI tests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../support/hub.js';

export const BIN = resolve(import.meta.dirname, '../../bin/yeondong.js');

/** A small home of virtual wall-pad devices (starts in well under a second). */
export const SMALL_HOME_YAML = `
version: 1
home: { id: small, name: 작은 집, language: ko-KR, timezone: Asia/Seoul }
areas: [{ id: living, name: 거실 }]
assistants: [{ id: genie, name: 기가지니, provider: KT, wakeWords: [지니야] }]
satellites: [{ id: console, name: 콘솔, assistants: [genie] }]
grants: [{ assistant: '*', privilege: operate }]
connections:
  - id: wallpad
    adapter: virtual
    tickMs: 100000000
    simulator:
      devices:
        - { externalId: vent-1, type: ventilator, state: { on: false, speed: LOW } }
devices:
  - { id: vent, connection: wallpad, externalId: vent-1, name: 환기 장치, area: living }
`;

export function smallHome(): string {
  const file = join(tempDir('yd-home-'), 'small.yaml');
  writeFileSync(file, SMALL_HOME_YAML);
  return file;
}

export interface Run {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  /** Resolves with the exit code (null on a signal) and how long the process lived, ms. */
  exited: Promise<{ code: number | null; ms: number }>;
}

/** Starts `yeondong ARGS` (in the folder `cwd`, when given). */
export function yd(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Run {
  const t0 = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    ...(cwd ? { cwd } : {}),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, YEONDONG_LOG: 'warn', ...env },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  const exited = new Promise<{ code: number | null; ms: number }>((res) => {
    child.on('exit', (code) => res({ code, ms: Date.now() - t0 }));
  });
  return { child, out: () => out, err: () => err, exited };
}

/** Resolves with the listen URL once `serve` prints it; rejects if it exits or takes 20 s. */
export function listening(r: Run): Promise<string> {
  return new Promise((res, rej) => {
    const t = setTimeout(() => rej(new Error(`no 'listening on': ${r.out()} ${r.err()}`)), 20_000);
    const check = () => {
      const m = /listening on (http:\/\/\S+)/.exec(r.out());
      if (m) {
        clearTimeout(t);
        res(m[1] as string);
      }
    };
    r.child.stdout?.on('data', check);
    check();
    void r.exited.then(({ code }) => {
      clearTimeout(t);
      rej(new Error(`exited ${code}: ${r.out()} ${r.err()}`));
    });
  });
}

/** Waits at most `ms` for the process to exit; kills it (SIGKILL) if it has not. */
export async function exitWithin(r: Run, ms: number): Promise<{ code: number | null; ms: number }> {
  const timer = new Promise<null>((res) => setTimeout(() => res(null), ms));
  const done = await Promise.race([r.exited, timer]);
  if (done) return done;
  r.child.kill('SIGKILL');
  const killed = await r.exited;
  return { code: killed.code, ms: Number.POSITIVE_INFINITY };
}

/** stderr without the hub's JSON log lines: what a person reads. */
export const message = (r: Run): string[] =>
  r
    .err()
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('{'));
