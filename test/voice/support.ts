/** The voice tests' Python peers: the reference `wyoming` library in .venv-voice (.ci/python-voice.sh). */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const PEERS = resolve(import.meta.dirname, 'peers');
export const VOICE_PY = resolve(ROOT, '.venv-voice/bin/python');
export const SATELLITE_PY = resolve(ROOT, '.venv-voice-satellite/bin/python');

/** Why the Python peers cannot run here (printed by skipped tests), or null when they can. */
export function pythonMissing(py = VOICE_PY): string | null {
  if (!existsSync(py)) return `${py} is missing: run .ci/python-voice.sh`;
  return null;
}

export function espeakMissing(): string | null {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'espeak-ng is not installed (apt-get install espeak-ng)';
  }
}

/** Runs a Python peer to its end; resolves with stdout (rejects with stderr on failure). */
export function runPy(
  script: string,
  args: string[],
  opts: { input?: Buffer; py?: string } = {},
): Promise<Buffer> {
  return new Promise((res, rej) => {
    const child = spawn(opts.py ?? VOICE_PY, [resolve(PEERS, script), ...args], { stdio: 'pipe' });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => {
      err += String(c);
    });
    child.on('error', rej);
    child.on('close', (code) =>
      code === 0 ? res(Buffer.concat(out)) : rej(new Error(`${script} exited ${code}: ${err}`)),
    );
    child.stdin.end(opts.input ?? Buffer.alloc(0));
  });
}

/** The JSON line a peer printed last. */
export const lastJson = (out: Buffer): any =>
  JSON.parse(out.toString('utf8').trim().split('\n').pop() ?? 'null');

/** Korean speech by espeak-ng as raw 16 kHz 16-bit mono PCM (what satellites' microphones send). */
export function speechRaw(text: string, file: string): string {
  execFileSync('sh', [
    '-c',
    'espeak-ng -v ko --stdout "$1" | sox -t wav - -t raw -r 16000 -e signed-integer -b 16 -c 1 "$2"',
    'speech',
    text,
    file,
  ]);
  return file;
}

/** A Python peer that serves until killed; resolves once it printed `READY <port>`. */
export function servePy(
  script: string,
  args: string[],
  py = VOICE_PY,
): Promise<{ port: number; stop: () => void; err: () => string }> {
  return new Promise((res, rej) => {
    const child = spawn(py, [resolve(PEERS, script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += String(c);
    });
    child.stdout.on('data', (c: Buffer) => {
      out += String(c);
      const m = /READY (\d+)/.exec(out);
      if (m) res({ port: Number(m[1]), stop: () => child.kill('SIGKILL'), err: () => err });
    });
    child.on('exit', (code) => rej(new Error(`${script} exited ${code}: ${err}`)));
  });
}
