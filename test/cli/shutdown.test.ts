/**
 * A clean stop of `yeondong serve` on the demo home (Ctrl-C, SIGINT) is quiet: it logs no warning
 * or error, only that it is shutting down, and exits 0.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_HOME, tempDir } from '../support/hub.js';

const BIN = resolve(import.meta.dirname, '../../bin/yeondong.js');

describe('serve, stopped with Ctrl-C', () => {
  it('logs no warning and exits 0', async () => {
    const child = spawn(
      process.execPath,
      [BIN, 'serve', '--home', DEMO_HOME, '--port', '0', '--data', tempDir(), '--log-level', 'info'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => {
      err += String(d);
    });
    const listening = new Promise<void>((res, rej) => {
      child.stdout.on('data', (d) => {
        out += String(d);
        if (out.includes('listening on')) res();
      });
      child.on('close', () => rej(new Error(`serve ended before listening:\n${err}`)));
    });
    await listening;
    const closed = new Promise<number | null>((res) => child.on('close', res));
    child.kill('SIGINT');
    expect(await closed).toBe(0);
    const records = err
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: string; msg: string });
    expect(records.some((r) => r.msg === 'shutting down')).toBe(true);
    expect(records.filter((r) => r.level === 'warn' || r.level === 'error')).toEqual([]);
  }, 60_000);
});
