/**
 * The hub (`yeondong serve --matter 5540`) inside a test's network namespace, for the Matter tests:
 * its API URL and the LG simulator's, read off its start-up output.
 */
import type { ChildProcess } from 'node:child_process';
import { DEMO_HOME } from '../../support/hub.js';
import { BIN, type Namespace, spawnIn } from './netns.js';

export interface Hub {
  child: ChildProcess;
  url: string;
  lgUrl: string;
  err: () => string;
}

export async function startHub(ns: Namespace, data: string): Promise<Hub> {
  const child = spawnIn(
    ns,
    [BIN, 'serve', '--home', DEMO_HOME, '--port', '0', '--data', data, '--matter', '5540'],
    {
      YEONDONG_LOG: 'info',
    },
  );
  let out = '';
  let err = '';
  child.stderr?.on('data', (d) => {
    err = (err + String(d)).slice(-200_000);
  });
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`hub did not start: ${err.slice(-3000)}`)), 120_000);
    child.stdout?.on('data', (d) => {
      out += String(d);
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        res(m[1] as string);
      }
    });
    child.on('exit', (code) => rej(new Error(`hub exited ${code}: ${err.slice(-3000)}`)));
  });
  const lg = /"msg":"simulator started"[^\n]*"connection":"lg"[^\n]*"url":"([^"]+)"/.exec(err);
  return { child, url, lgUrl: lg?.[1] ?? '', err: () => err };
}

export async function stopHub(h: Hub): Promise<void> {
  if (h.child.exitCode !== null || h.child.signalCode !== null) return;
  const exited = new Promise((r) => h.child.once('exit', r));
  h.child.kill('SIGTERM');
  await exited;
}
